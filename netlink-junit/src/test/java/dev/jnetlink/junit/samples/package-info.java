/**
 * Test classes that use {@code @NetlinkTest} well and badly, run by
 * {@code dev.jnetlink.junit.NetlinkExtensionIT} through JUnit's EngineTestKit, which asserts on
 * their outcomes. Their names do not end in {@code Test} or {@code IT}, so no build runs them
 * on their own; some of them leak on purpose and leave what they leaked in {@link Leftovers}
 * for the IT to clean up.
 */
package dev.jnetlink.junit.samples;

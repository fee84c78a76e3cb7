/**
 * A JUnit 5 extension for tests that change the network: scratch namespaces and clients in
 * them ({@link dev.jnetlink.junit.NetlinkTest}, {@link dev.jnetlink.junit.Scratch}), leak checks,
 * and skips that say what is missing. A test class in a named module must open its package to
 * {@code dev.jnetlink.junit} (as to {@code org.junit.platform.commons}) for {@code @Scratch}
 * fields to be filled.
 */
module dev.jnetlink.junit {
    requires transitive dev.jnetlink.core;
    requires transitive org.junit.jupiter.api;
    requires org.junit.platform.commons;
    requires org.opentest4j;

    exports dev.jnetlink.junit;
}

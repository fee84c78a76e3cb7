package dev.jnetlink.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class whose tests work in network namespaces, and registers
 * {@link NetlinkExtension} for it:
 * <ul>
 *   <li>fresh namespaces and {@code Rtnl} clients in them, for fields and parameters marked
 *       {@link Scratch}, removed after each test (or after the class, for static fields);</li>
 *   <li>without CAP_SYS_ADMIN and CAP_NET_ADMIN, the tests are skipped with one line saying
 *       which is missing;</li>
 *   <li>"this kernel lacks X" ({@code KernelLacksFeatureException}) skips a test, or fails it in
 *       {@link StrictMode strict mode};</li>
 *   <li>after each test, a leak check: file descriptors, threads, namespaces and links the test
 *       left behind fail it, with what leaked;</li>
 *   <li>when a test fails, the links, addresses and routes of each of its scratch namespaces
 *       are attached to the failure.</li>
 * </ul>
 *
 * <pre>{@code
 * @NetlinkTest
 * class VethTest {
 *     @Test
 *     void vethPairComesUp(@Scratch(loopbackUp = true) Rtnl rtnl) {
 *         rtnl.links().add(Veth.pair("a", "b"));
 *         rtnl.links().setUp("a");
 *         assertTrue(rtnl.links().get("a").isUp());
 *     }
 * }
 * }</pre>
 *
 * Tests of such a class are tagged {@code netlink}, so a build can leave them out
 * ({@code -Dgroups='!netlink'} with Surefire).
 *
 * <h2>The leak check</h2>
 * The state of the machine is read before and after each test (and each class, for what
 * {@code @BeforeAll} makes); what appeared and is still there, after up to 2 s for threads that
 * are ending, fails the test:
 * <ul>
 *   <li>file descriptors of the kinds network code opens: sockets, namespace handles,
 *       eventfds and the like, {@code /dev/net} devices (regular files, pipes and epoll
 *       instances are the JVM's own churn and are not counted);</li>
 *   <li>threads still running that are not daemons, or are the library's
 *       ({@code jnetlink-*}, its pool of dump decoders aside); and any thread still running
 *       inside another network namespace, which keeps that namespace alive;</li>
 *   <li>named namespaces ({@code /run/netns}) the test created and did not delete. Names that
 *       start with {@code jnl-} count only when {@link ScratchNamespaces#uniqueName} handed
 *       them out in this JVM: other processes on the machine (another build, another module's
 *       tests) make theirs with that prefix at the same time, and are not blamed on this test.
 *       Give a namespace a test creates itself such a name;</li>
 *   <li>links left in the test's own namespace, the machine's (the namespace of the thread
 *       that runs the test, where {@code Rtnl.open()} works);</li>
 *   <li>a {@link ScratchNamespaces} the test created and did not close (it is closed then).</li>
 * </ul>
 * Run in parallel ({@code junit.jupiter.execution.parallel.enabled}), a test is checked on
 * its own only if no other test or class of the JVM started or ended while it ran; otherwise the
 * check waits until the last of the overlapping ones ends, compares with the state before the
 * first of them, and fails that last one, naming all of them. Tests that do not use this
 * extension and run in parallel with these are not seen.
 */
@Documented
@Inherited
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Tag("netlink")
@ExtendWith(NetlinkExtension.class)
public @interface NetlinkTest {
    /**
     * Whether to check each test (and the class) for leaks: on by default. Turn it off only for
     * a test whose point is to leave something in place for a later test.
     *
     * @return true to check
     */
    boolean checkLeaks() default true;
}

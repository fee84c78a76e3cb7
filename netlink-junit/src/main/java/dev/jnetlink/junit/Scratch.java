package dev.jnetlink.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A fresh network namespace, or a client in one, for a field or parameter of a
 * {@link NetlinkTest} class. The type says what is injected:
 * <ul>
 *   <li>{@code NetNs}: the namespace's handle;</li>
 *   <li>{@code Rtnl}: a client opened in the namespace ({@code Rtnl.openIn});</li>
 *   <li>{@link ScratchNamespaces}: the test's own set, to create more namespaces as it goes
 *       (the annotation's attributes do not apply).</li>
 * </ul>
 * Fields and parameters with the same {@link #value() label} share one namespace, so
 * {@code @Scratch("r1") NetNs r1} and {@code @Scratch("r1") Rtnl in1} are a namespace and a
 * client in it; the empty label is the test's default namespace. Instance fields and the
 * parameters of test, {@code @BeforeEach} and {@code @AfterEach} methods belong to one test:
 * created before it, removed after it. Static fields and the parameters of {@code @BeforeAll}
 * and {@code @AfterAll} methods belong to the class; a test that names a label of its class
 * gets the class's namespace.
 *
 * <pre>{@code
 * @Test
 * void pingAcross(@Scratch(value = "r1", named = true) NetNs r1, @Scratch("r1") Rtnl in1,
 *                 @Scratch(value = "r2", loopbackUp = true) Rtnl in2) { ... }
 * }</pre>
 *
 * Equivalent to {@code unshare --net} (anonymous) or {@code ip netns add jnl-LABEL-xxxxxx}
 * (named), then {@code ip link set lo up} if asked, and {@code ip netns del} afterwards.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Scratch {
    /**
     * The label: fields and parameters with the same label share a namespace. It is also the
     * readable part of a named namespace's name.
     *
     * @return the label, empty for the default namespace
     */
    String value() default "";

    /**
     * Whether the namespace has a name in {@code /run/netns} ({@code jnl-LABEL-xxxxxx}, unique
     * on the machine), so that {@code ip netns exec} and {@code ip -n} see it. Every
     * declaration of a label must agree.
     *
     * @return true for a named namespace; false for an anonymous one (the default)
     */
    boolean named() default false;

    /**
     * Whether to set the loopback interface up, as {@code ip link set lo up} does: a new
     * namespace's {@code lo} is down, so nothing can reach {@code 127.0.0.1} there.
     *
     * @return true to set it up
     */
    boolean loopbackUp() default false;
}

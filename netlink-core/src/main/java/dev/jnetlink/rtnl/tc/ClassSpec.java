package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.tc.TcOptions;

/**
 * What follows {@code tc class add dev DEV parent P classid C}: the class's kind (its qdisc's)
 * and options ({@link Htb#rate(long)}, {@link Hfsc#classBuilder()}).
 */
public interface ClassSpec {
    /** @return the qdisc kind the class belongs to, e.g. {@code "htb"} */
    String kind();

    /** @return the options to send */
    TcOptions options();
}

package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.tc.TcOptions;
import java.util.function.ToIntFunction;

/**
 * What follows {@code tc filter add dev DEV parent P protocol PROTO prio N}: a classifier and
 * its options ({@link U32}).
 */
public interface FilterSpec {
    /** @return {@code TCA_KIND}, e.g. {@code "u32"} */
    String kind();

    /**
     * @param ifindex resolves the device names the filter's actions refer to, in the
     *     filter's namespace
     * @return the options to send
     */
    TcOptions options(ToIntFunction<String> ifindex);
}

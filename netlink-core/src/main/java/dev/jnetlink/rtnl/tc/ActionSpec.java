package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.tc.TcOptions;
import java.util.function.ToIntFunction;

/** One {@code action ...} of a filter ({@link Mirred}). */
public interface ActionSpec {
    /** @return {@code TCA_ACT_KIND}, e.g. {@code "mirred"} */
    String kind();

    /**
     * @param ifindex resolves device names in the filter's namespace
     * @return the options to send
     */
    TcOptions options(ToIntFunction<String> ifindex);
}

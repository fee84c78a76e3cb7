package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.tc.TcOptions;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * What follows {@code tc filter add dev DEV parent P protocol PROTO prio N}: a classifier and
 * its options ({@link U32}, {@link Matchall}, {@link Fw}, {@link Flower}, {@link Bpf}).
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

    /**
     * @return the filter's handle ({@code tcm_handle}): 0 to let the kernel choose, the mark
     *     for {@link Fw} ({@code handle 5 fw})
     */
    default int handle() {
        return 0;
    }

    /**
     * @return the protocol (ethertype) the filter's keys were built for, which the filter must
     *     be added with ({@link Flower}), or -1 for a classifier that takes any
     */
    default int protocol() {
        return -1;
    }

    /**
     * The options of one request, with what they hold open while it is sent: a classifier
     * whose options carry a file descriptor opened for the request ({@link Bpf#pinned}) closes
     * it in {@link #close()}, once the kernel has answered.
     *
     * @param options the options to send
     * @param release what closes the resources, or null
     */
    record Opened(TcOptions options, Runnable release) implements AutoCloseable {
        @Override
        public void close() {
            if (release != null) {
                release.run();
            }
        }
    }

    /**
     * @param ifindex as for {@link #options}
     * @return the options of one request and what to close after it; by default
     *     {@link #options} and nothing
     */
    default Opened open(ToIntFunction<String> ifindex) {
        return new Opened(options(ifindex), null);
    }

    /** @return the actions the filter runs, for naming a missing action module */
    default List<ActionSpec> actions() {
        return List.of();
    }
}

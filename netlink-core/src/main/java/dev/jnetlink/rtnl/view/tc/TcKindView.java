package dev.jnetlink.rtnl.view.tc;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.tc.Action;
import dev.jnetlink.codec.tc.TcOptions;
import java.util.List;

/**
 * Prints a traffic control kind's part of {@code tc qdisc/class/filter show}, as iproute2's
 * {@code print_qopt}, {@code print_copt}, {@code print_xstats} ({@code struct qdisc_util}),
 * {@code print_fopt} ({@code filter_util}) and {@code print_aopt} ({@code action_util}) do.
 * Found by {@link java.util.ServiceLoader} (file
 * {@code META-INF/services/dev.jnetlink.rtnl.view.tc.TcKindView}, a public no-argument
 * constructor; {@code provides} in a module), so a module that adds a qdisc, filter or action
 * kind adds its view the same way. A kind no view names is printed as {@code tc} prints a kind
 * it does not know ({@code [Unknown qdisc, optlen=N] }).
 *
 * <p>Every method writes the items each followed by a blank, as {@code tc} writes them, and may
 * be given options of another type than its codec's (a message its codec could not decode is
 * kept as {@link dev.jnetlink.codec.tc.RawTcOptions}): it then prints nothing.
 */
public interface TcKindView {
    /** @return the qdisc kinds this prints ({@code TCA_KIND}, e.g. {@code htb}), with their classes */
    default List<String> qdiscKinds() {
        return List.of();
    }

    /** @return the filter kinds this prints, e.g. {@code u32} */
    default List<String> filterKinds() {
        return List.of();
    }

    /** @return the action kinds this prints, e.g. {@code mirred} */
    default List<String> actionKinds() {
        return List.of();
    }

    /**
     * A qdisc's options, after {@code qdisc KIND HANDLE dev DEV parent P refcnt N }.
     *
     * @param options the decoded {@code TCA_OPTIONS}; never null
     * @param out where to write
     */
    default void printQdisc(TcOptions options, TcPrinter out) {
    }

    /**
     * A class's options, after {@code class KIND ID parent P leaf L: }.
     *
     * @param options the decoded {@code TCA_OPTIONS} of the class; never null
     * @param out where to write
     */
    default void printClass(TcOptions options, TcPrinter out) {
    }

    /**
     * The kind's own statistics under {@code tc -s}, after the common ones.
     *
     * @param xstats {@code TCA_STATS_APP} (or {@code TCA_XSTATS}) as sent
     * @param out where to write
     * @return false if the kind prints none ({@code print_xstats} is NULL): {@code tc} then
     *     adds no line
     */
    default boolean printXstats(Bytes xstats, TcPrinter out) {
        return false;
    }

    /**
     * A filter's options, after {@code filter parent P protocol ip pref N KIND chain N }.
     *
     * @param handle the filter's handle ({@code tcm_handle})
     * @param options the decoded {@code TCA_OPTIONS}; never null
     * @param out where to write; actions are written with {@link TcFilterShow#printActions}
     */
    default void printFilter(int handle, TcOptions options, TcPrinter out) {
    }

    /**
     * An action, after {@code \taction order N: }, up to and including its last newline.
     *
     * @param action the action, its options decoded or null if none were sent
     * @param out where to write
     */
    default void printAction(Action action, TcPrinter out) {
    }
}

package dev.jnetlink.codec.tc;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.RawAttribute;
import java.util.List;

/**
 * A qdisc, class or filter as the kernel describes it ({@code RTM_NEWQDISC},
 * {@code RTM_NEWTCLASS}, {@code RTM_NEWTFILTER}): one entry of {@code tc -s -d qdisc/class/filter
 * show}. Components are the {@code TCA_*} attributes in the order the kernel emits them
 * ({@code tc_fill_qdisc}, {@code tc_fill_tclass}, {@code tcf_fill_node}); an attribute not sent
 * is null; attributes this library does not model are kept in {@link #unknown()}.
 *
 * @param header the {@code tcmsg}: device, handle, parent, info
 * @param kind {@code TCA_KIND}, e.g. {@code "htb"}
 * @param chain {@code TCA_CHAIN}: a filter's chain
 * @param ingressBlock {@code TCA_INGRESS_BLOCK}
 * @param egressBlock {@code TCA_EGRESS_BLOCK}
 * @param options {@code TCA_OPTIONS} decoded by the kind's codec ({@link TcKinds}), or
 *     {@link RawTcOptions}
 * @param hwOffload {@code TCA_HW_OFFLOAD}
 * @param stats {@code TCA_STATS2}
 * @param legacyStats {@code TCA_STATS}: {@code struct tc_stats}, as sent
 * @param xstats {@code TCA_XSTATS}: the kind's statistics, as sent
 * @param unknown attributes not modelled, as received
 */
public record TcObject(TcMsg header, String kind, Integer chain, Integer ingressBlock,
        Integer egressBlock, TcOptions options, Integer hwOffload, TcStats stats,
        Bytes legacyStats, Bytes xstats, List<RawAttribute> unknown) {

    /** @param unknown normalised to an unmodifiable list */
    public TcObject {
        unknown = unknown == null ? List.of() : List.copyOf(unknown);
    }

    /**
     * @param header the {@code tcmsg}
     * @param kind the kind
     * @param options its options, or null
     * @return a request's object: a kind and its options, nothing else
     */
    public static TcObject of(TcMsg header, String kind, TcOptions options) {
        return new TcObject(header, kind, null, null, null, options, null, null, null, null, List.of());
    }

    /** @return the device's index */
    public int ifindex() {
        return header.ifindex();
    }

    /** @return {@code tcm_handle} */
    public int handle() {
        return header.handle();
    }

    /** @return {@code tcm_parent} */
    public int parent() {
        return header.parent();
    }

    /**
     * @param type the options type expected
     * @param <T> that type
     * @return the options as that type, or null if they are absent or of another type
     */
    public <T extends TcOptions> T options(Class<T> type) {
        return type.isInstance(options) ? type.cast(options) : null;
    }
}

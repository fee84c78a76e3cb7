package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcMsg;
import dev.jnetlink.codec.tc.TcObject;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Filters of one namespace: what {@code tc filter add/replace/del/show} do. Obtained from
 * {@link TrafficControl#filters()}.
 */
public final class Filters {
    /** {@code protocol all} ({@code ETH_P_ALL}). */
    public static final int ALL = 0x0003;
    /** {@code protocol ip} ({@code ETH_P_IP}). */
    public static final int IP = 0x0800;
    /** {@code protocol ipv6} ({@code ETH_P_IPV6}). */
    public static final int IPV6 = 0x86DD;

    private final TcRequests requests;

    Filters(TcRequests requests) {
        this.requests = requests;
    }

    /**
     * Equivalent to {@code tc filter add dev DEV parent PARENT protocol PROTO prio PRIO KIND
     * ...} ({@code parent ingress} is {@code ffff:}'s ingress hook, {@code ffff:fff2} for
     * clsact; {@code egress} is clsact's {@code ffff:fff3}).
     *
     * @param dev the device
     * @param parent the qdisc or class the filter classifies for, e.g. {@code 1:} or
     *     {@code ffff:}
     * @param priority 1 to 65535 ({@code prio})
     * @param protocol the ethertype ({@link #IP}, {@link #ALL}, ...)
     * @param spec the classifier and its options ({@link U32})
     * @throws IllegalArgumentException for a bad parent, priority or protocol
     * @throws dev.jnetlink.socket.KernelLacksFeatureException if the kernel lacks the classifier
     *     or one of the actions
     */
    public void add(String dev, String parent, int priority, int protocol, FilterSpec spec) {
        modify(Rtm.NEWTFILTER, NlMsg.F_CREATE | NlMsg.F_EXCL, dev, parent, priority, protocol, spec);
    }

    /**
     * Equivalent to {@code tc filter replace dev DEV parent PARENT protocol PROTO prio PRIO KIND ...}.
     *
     * @param dev the device
     * @param parent the qdisc or class
     * @param priority 1 to 65535
     * @param protocol the ethertype
     * @param spec the classifier and its options
     */
    public void replace(String dev, String parent, int priority, int protocol, FilterSpec spec) {
        modify(Rtm.NEWTFILTER, NlMsg.F_CREATE, dev, parent, priority, protocol, spec);
    }

    /**
     * Deletes every filter at that priority and protocol. Equivalent to
     * {@code tc filter del dev DEV parent PARENT protocol PROTO prio PRIO}.
     *
     * @param dev the device
     * @param parent the qdisc or class
     * @param priority 1 to 65535
     * @param protocol the ethertype
     * @throws dev.jnetlink.socket.NotFoundException if there is none
     */
    public void delete(String dev, String parent, int priority, int protocol) {
        int p = parent(parent);
        check(priority, protocol);
        int ifindex = requests.ifindex(dev);
        requests.execute(Rtm.DELTFILTER, 0, describe(dev, p, priority, protocol, null),
                TcObject.of(new TcMsg(0, ifindex, 0, p, TcMsg.filterInfo(priority, protocol)), null, null),
                null);
    }

    /**
     * Equivalent to {@code tc -s filter show dev DEV parent PARENT}.
     *
     * @param dev the device
     * @param parent the qdisc or class, e.g. {@code 1:} or {@code ingress}
     * @return its filters: per priority the classifier's head, then each filter
     */
    public List<TcObject> list(String dev, String parent) {
        int p = parent(parent);
        int ifindex = requests.ifindex(dev);
        return requests.dump(Rtm.GETTFILTER, Rtm.NEWTFILTER, new TcMsg(0, ifindex, 0, p, 0),
                "filter show dev " + dev + " parent " + TcHandle.format(p), f -> f.ifindex() == ifindex);
    }

    private void modify(int type, int flags, String dev, String parent, int priority, int protocol,
            FilterSpec spec) {
        Objects.requireNonNull(spec, "spec");
        int p = parent(parent);
        check(priority, protocol);
        if (spec.protocol() >= 0 && spec.protocol() != protocol) {
            throw new IllegalArgumentException(spec.kind() + " filter built for protocol 0x"
                    + Integer.toHexString(spec.protocol()) + " added as protocol 0x" + Integer.toHexString(protocol));
        }
        String object = describe(dev, p, priority, protocol, spec.kind());
        int ifindex = requests.ifindex(dev);
        String actions = spec.actions().stream().map(a -> a.kind() + " (act_" + a.kind() + ")")
                .distinct().collect(Collectors.joining(", "));
        try (FilterSpec.Opened opened = spec.open(requests::ifindex)) {
            TcObject o = TcObject.of(new TcMsg(0, ifindex, spec.handle(), p, TcMsg.filterInfo(priority, protocol)),
                    spec.kind(), opened.options());
            requests.execute(type, flags, object, o, "classifier " + spec.kind() + " (cls_" + spec.kind() + ")",
                    actions.isEmpty() ? "an action of the filter (act_*)" : "action " + actions);
        }
    }

    private static int parent(String parent) {
        return switch (parent) {
            case "ingress" -> TcHandle.INGRESS_FILTERS;
            case "egress" -> TcHandle.EGRESS_FILTERS;
            default -> {
                int p = TcHandle.parse(parent);
                if (p == TcHandle.ROOT) {
                    throw new IllegalArgumentException("a filter's parent is a qdisc or class, e.g. 1:, not root");
                }
                yield p == TcHandle.INGRESS_QDISC ? TcHandle.INGRESS_QDISC : p;
            }
        };
    }

    private static void check(int priority, int protocol) {
        if (priority < 1 || priority > 0xffff) {
            throw new IllegalArgumentException("filter prio must be 1 to 65535, got " + priority);
        }
        if (protocol < 0 || protocol > 0xffff) {
            throw new IllegalArgumentException("filter protocol is a 16-bit ethertype, got 0x"
                    + Integer.toHexString(protocol));
        }
    }

    private static String describe(String dev, int parent, int priority, int protocol, String kind) {
        return "dev " + dev + " parent " + TcHandle.format(parent) + " protocol 0x"
                + Integer.toHexString(protocol) + " prio " + priority + (kind == null ? "" : " " + kind);
    }
}

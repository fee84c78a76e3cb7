package dev.jnetlink.rtnl.view.tc;

import dev.jnetlink.codec.tc.Action;
import dev.jnetlink.codec.tc.RawTcOptions;
import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcObject;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.view.Iproute2;
import dev.jnetlink.rtnl.view.LinkNames;
import dev.jnetlink.rtnl.view.TextView;
import java.nio.ByteOrder;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * {@code tc [-s] [-d] filter show dev DEV [parent P]}: one entry per filter as iproute2 6.1's
 * {@code print_filter} prints it, the classifier's options and its actions by their
 * {@link TcKindView}s.
 *
 * <pre>{@code
 * System.out.print(TcFilterShow.of(rtnl, "v0").parent("1:").text());
 * // filter protocol ip pref 1 u32 chain 0
 * // filter protocol ip pref 1 u32 chain 0 fh 800: ht divisor 1
 * // filter protocol ip pref 1 u32 chain 0 fh 800::800 order 2048 key ht 800 bkt 0 *flowid 1:10 not_in_hw
 * //   match 0a000002/ffffffff at 16
 * }</pre>
 */
public final class TcFilterShow implements TextView {
    private final Rtnl rtnl;
    private final String dev;
    private final String parent;
    private final boolean stats;
    private final boolean details;

    private TcFilterShow(Rtnl rtnl, String dev, String parent, boolean stats, boolean details) {
        this.rtnl = rtnl;
        this.dev = dev;
        this.parent = parent;
        this.stats = stats;
        this.details = details;
    }

    /**
     * Equivalent to {@code tc filter show dev DEV}: the filters of every parent.
     *
     * @param rtnl the client of the namespace to show
     * @param dev the device ({@code tc} requires one)
     * @return the view
     */
    public static TcFilterShow of(Rtnl rtnl, String dev) {
        return new TcFilterShow(Objects.requireNonNull(rtnl, "rtnl"), Objects.requireNonNull(dev, "dev"),
                null, false, false);
    }

    /**
     * @param parent a qdisc or class ({@code 1:}, {@code ffff:}), or {@code ingress} or
     *     {@code egress} for a clsact qdisc's
     * @return this view of that parent's filters: {@code tc filter show dev DEV parent P}
     * @throws IllegalArgumentException for a handle {@code tc} would not take
     */
    public TcFilterShow parent(String parent) {
        parentHandle(Objects.requireNonNull(parent, "parent"));
        return new TcFilterShow(rtnl, dev, parent, stats, details);
    }

    /** @return this view with statistics: {@code tc -s filter show ...} */
    public TcFilterShow stats() {
        return new TcFilterShow(rtnl, dev, parent, true, details);
    }

    /** @return this view with details: {@code tc -d filter show ...} */
    public TcFilterShow details() {
        return new TcFilterShow(rtnl, dev, parent, stats, true);
    }

    @Override
    public String command() {
        return "tc" + (stats ? " -s" : "") + (details ? " -d" : "") + " filter show dev " + dev
                + (parent == null ? "" : parent.equals("ingress") || parent.equals("egress") ? " " + parent
                        : " parent " + parent);
    }

    @Override
    public String text() {
        List<TcObject> filters = rtnl.tc().filters().list(dev, parent == null ? "none" : parent);
        return format(filters, LinkNames.of(rtnl), parent == null ? 0 : parentHandle(parent), stats, details);
    }

    // as tc_filter_list reads its parent: the clsact keywords, else a class id
    private static int parentHandle(String parent) {
        return switch (parent) {
            case "ingress" -> TcHandle.INGRESS_FILTERS;
            case "egress" -> TcHandle.EGRESS_FILTERS;
            default -> TcHandle.parse(parent);
        };
    }

    /**
     * @param filters the filters of one device, as a dump returned them
     * @param links the namespace's links
     * @param parent the parent asked for ({@code tcm_parent}), 0 for none: it is then not printed
     * @param stats {@code -s}
     * @param details {@code -d}
     * @return them as {@code tc filter show dev DEV} prints them
     */
    static String format(List<TcObject> filters, LinkNames links, int parent, boolean stats, boolean details) {
        StringBuilder sb = new StringBuilder();
        TcPrinter out = new TcPrinter(sb, details, stats, links);
        for (TcObject f : filters) {
            filter(f, parent, out);
        }
        return sb.toString();
    }

    private static void filter(TcObject f, int parent, TcPrinter out) {
        out.append("filter ");
        if (parent == 0 || parent != f.parent()) {
            if (f.parent() == TcHandle.ROOT) {
                out.append("root ");
            } else if (f.parent() == TcHandle.INGRESS_FILTERS) {
                out.append("ingress ");
            } else if (f.parent() == TcHandle.EGRESS_FILTERS) {
                out.append("egress ");
            } else {
                out.append("parent ").append(TcPrinter.classid(f.parent())).append(' ');
            }
        }
        if (f.header().info() != 0) {
            if ((f.header().info() & 0xffff) != 0) {
                out.append("protocol ").append(protocolName(f.header().filterProtocol())).append(' ');
            }
            if (f.header().filterPriority() != 0) {
                out.append("pref ").append(f.header().filterPriority()).append(' ');
            }
        }
        if (f.kind() != null) {
            out.append(f.kind()).append(' ');
        }
        if (f.chain() != null) {
            out.append("chain ").append(Integer.toUnsignedString(f.chain())).append(' ');
        }
        if (f.kind() != null && f.options() != null) {
            TcKindView view = TcKindViews.filter(f.kind());
            out.kind(f.kind());
            if (view != null) {
                view.printFilter(f.handle(), f.options(), out);
            } else if (f.options() instanceof RawTcOptions raw && raw.payload().length() > 0) {
                out.append(String.format("fh %08x [Unknown filter, optlen=%d] ", f.handle(), raw.payload().length()));
            } else if (f.handle() != 0) {
                out.append(String.format("fh %08x ", f.handle()));
            }
        }
        out.append('\n');
        if (out.stats() && f.stats() != null) {
            out.stats2(f.stats(), " ");
            out.append('\n');
        }
    }

    /**
     * Writes a filter's actions as {@code tc_print_action} does: each {@code \n\taction order
     * N: } and the action's kind view, then under {@code -s} its statistics. For a filter's
     * {@link TcKindView}.
     *
     * @param actions the filter's action list
     * @param out where to write
     */
    public static void printActions(List<Action> actions, TcPrinter out) {
        String kind = out.kind();
        for (Action a : actions.stream().sorted(Comparator.comparingInt(Action::order)).toList()) {
            out.append("\n\taction order ").append(Integer.toUnsignedString(a.order())).append(": ");
            TcKindView view = TcKindViews.action(a.kind());
            out.kind(a.kind());
            if (view != null) {
                view.printAction(a, out);
            } else if (a.options() instanceof RawTcOptions raw && raw.payload().length() > 0) {
                out.append("[Unknown action, optlen=").append(raw.payload().length()).append("] ");
            }
            if (out.stats() && a.stats() != null) {
                out.append("\tAction statistics:\n");
                out.stats2(a.stats(), "\t");
                out.append('\n');
            }
            if (a.cookie() != null) {
                out.append("\tcookie ").append(a.cookie().toHex()).append('\n');
            }
            // TCA_ACT_FLAGS (struct nla_bitfield32: value, selector): a bound action shows
            // only no_percpu
            if (a.flags() != null && a.flags().length() >= 8
                    && (a.flags().getInt(4, ByteOrder.nativeOrder()) & 1) != 0) {
                out.append("\tno_percpu\n");
            }
        }
        out.kind(kind);
    }

    /**
     * Writes a classifier's {@code TCA_CLS_FLAGS_*} as {@code f_u32.c}, {@code f_bpf.c} and the
     * other classifiers print them: {@code skip_hw skip_sw in_hw} or {@code not_in_hw}. For a
     * filter's {@link TcKindView}.
     *
     * @param flags the flags attribute's value
     * @param out where to write
     */
    public static void printClsFlags(int flags, TcPrinter out) {
        if ((flags & 1) != 0) {
            out.append("skip_hw ");
        }
        if ((flags & 2) != 0) {
            out.append("skip_sw ");
        }
        if ((flags & 4) != 0) {
            out.append("in_hw ");
        } else if ((flags & 8) != 0) {
            out.append("not_in_hw ");
        }
    }

    // ll_proto_n2a over iproute2's table: ETH_P_ALL and the usual ethertypes by name
    private static String protocolName(int etherType) {
        return switch (etherType) {
            case 0x0003 -> "all";
            case 0x0004 -> "802_2";
            case 0x0001 -> "802_3";
            case 0x8035 -> "rarp";
            case 0x6558 -> "teb";
            default -> Iproute2.etherTypeName(etherType);
        };
    }
}

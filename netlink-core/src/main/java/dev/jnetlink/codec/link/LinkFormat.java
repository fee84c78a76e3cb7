package dev.jnetlink.codec.link;

import java.util.Map;
import java.util.function.IntFunction;

/**
 * Formats a {@link Link} like {@code ip link show}. The caller can supply the names of other
 * links (master, lower device) by index; unknown ones print as {@code ifN}, as iproute2 does.
 */
public final class LinkFormat {
    private LinkFormat() {
    }

    /**
     * @param type {@code ARPHRD_*}
     * @return the name {@code ip link show} prints after {@code link/}
     */
    public static String deviceTypeName(int type) {
        return switch (type) {
            case 1 -> "ether";
            case 6 -> "ieee802";
            case 32 -> "infiniband";
            case 512 -> "ppp";
            case 768 -> "ipip";
            case 769 -> "tunnel6";
            case 776 -> "sit";
            case 778 -> "gre";
            case 772 -> "loopback";
            case 823 -> "gre6";
            case 65534 -> "none";
            case 65535 -> "void";
            default -> "[" + type + "]";
        };
    }

    /**
     * @param link the link
     * @param nameOf resolves another link's index to its name, or returns null
     * @return two lines like {@code ip link show} (more for an alias or alternative names)
     */
    public static String format(Link link, IntFunction<String> nameOf) {
        return format(link, nameOf, i -> false);
    }

    /**
     * Formats a link knowing the other links of its namespace, as {@code ip link show} does:
     * the peer or parent and the master by name, and {@code M-DOWN} when the parent or peer is
     * down.
     *
     * @param link the link
     * @param others links of the same namespace by index (may miss some, or be empty)
     * @return the lines {@code ip link show} prints for it
     */
    public static String format(Link link, Map<Integer, Link> others) {
        return format(link, i -> {
            Link o = others.get(i);
            return o == null ? null : o.name();
        }, i -> {
            Link o = others.get(i);
            return o != null && !o.isUp();
        });
    }

    private static String format(Link link, IntFunction<String> nameOf,
            java.util.function.IntPredicate isDown) {
        StringBuilder sb = new StringBuilder(160);
        sb.append(link.index()).append(": ").append(link.name());
        boolean lowerDown = false;
        if (link.link() != null) {
            int peer = link.link();
            if (peer == 0) {
                sb.append("@NONE");
            } else if (link.linkNetnsid() != null) {
                sb.append("@if").append(peer);
            } else {
                sb.append('@').append(name(nameOf, peer));
                lowerDown = isDown.test(peer);
            }
        }
        sb.append(": <").append(LinkFlags.format(link.flags()));
        if (lowerDown) {
            sb.append(link.flags() == 0 ? "M-DOWN" : ",M-DOWN");
        }
        sb.append('>');
        if (link.mtu() != null) {
            sb.append(" mtu ").append(Integer.toUnsignedString(link.mtu()));
        }
        if (link.qdisc() != null) {
            sb.append(" qdisc ").append(link.qdisc());
        }
        if (link.master() != null) {
            sb.append(" master ").append(name(nameOf, link.master()));
        }
        if (link.operState() != null) {
            sb.append(" state ").append(link.state());
        }
        if (link.linkMode() != null) {
            sb.append(" mode ").append(link.linkMode() == 1 ? "DORMANT" : "DEFAULT");
        }
        if (link.group() != null) {
            sb.append(" group ").append(link.group() == 0 ? "default"
                    : Integer.toUnsignedString(link.group()));
        }
        if (link.txqlen() != null) {
            sb.append(" qlen ").append(Integer.toUnsignedString(link.txqlen()));
        }
        sb.append("\n    link/").append(deviceTypeName(link.deviceType()));
        if (link.address() != null) {
            sb.append(' ').append(link.address());
        }
        if (link.broadcast() != null) {
            sb.append((link.flags() & LinkFlags.POINTOPOINT) != 0 ? " peer " : " brd ")
              .append(link.broadcast());
        }
        if (link.linkNetnsid() != null) {
            sb.append(" link-netnsid ").append(link.linkNetnsid());
        }
        if (link.alias() != null) {
            sb.append("\n    alias ").append(link.alias());
        }
        if (link.altNames() != null) {
            for (String alt : link.altNames()) {
                sb.append("\n    altname ").append(alt);
            }
        }
        return sb.toString();
    }

    private static String name(IntFunction<String> nameOf, int index) {
        String n = nameOf.apply(index);
        return n != null ? n : "if" + index;
    }
}

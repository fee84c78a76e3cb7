package dev.jnetlink.bridge.codec;

import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.link.IfInfoMsg;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.LinkFlags;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A link as the bridge describes it in an {@code AF_BRIDGE} {@code RTM_NEWLINK}: a port with
 * its port settings ({@code bridge link show}) and, when VLANs were asked for, the VLANs of a
 * port or of the bridge device itself ({@code bridge vlan show}). Components are the
 * attributes in the order {@code br_fill_ifinfo} sends them; an attribute not sent is null.
 *
 * @param header the {@code ifinfomsg} (family {@code AF_BRIDGE}): index, device type, flags
 * @param name {@code IFLA_IFNAME}
 * @param master {@code IFLA_MASTER}: the bridge's index (the bridge's own index for itself)
 * @param mtu {@code IFLA_MTU}
 * @param operState {@code IFLA_OPERSTATE}
 * @param address {@code IFLA_ADDRESS}
 * @param link {@code IFLA_LINK}: the lower device or veth peer, when it differs from the link
 * @param protinfo {@code IFLA_PROTINFO}: the port's settings (ports only)
 * @param afSpec {@code IFLA_AF_SPEC}: VLANs, when the dump asked for them
 * @param unknown attributes this library does not model, as received
 */
public record BridgeLink(
        IfInfoMsg header,
        String name,
        Integer master,
        Integer mtu,
        Integer operState,
        MacAddress address,
        Integer link,
        BridgePortInfo protinfo,
        BridgeAfSpec afSpec,
        List<RawAttribute> unknown) {

    /** @return the interface index */
    public int index() {
        return header.index();
    }

    /** @return true for the bridge device itself (it is its own master), false for a port */
    public boolean isBridge() {
        return master != null && master == header.index();
    }

    /** @return the VLAN entries, empty if none were sent */
    public List<BridgeVlanInfo> vlans() {
        return afSpec == null ? List.of() : afSpec.vlans();
    }

    /**
     * One line of {@code bridge link show}, e.g.
     * {@code 4: v0@v1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 }
     * (with its trailing space, as {@code bridge} prints it). Like iproute2, it flags
     * {@code M-DOWN} when the link's lower device or peer ({@code IFLA_LINK}) is down or not
     * in this namespace: an {@code AF_BRIDGE} message carries no {@code IFLA_LINK_NETNSID}, so
     * the peer's index is looked up here whatever namespace it is in.
     *
     * @param linkOf resolves another link's index to that link in the same namespace, or
     *     returns null ({@code ifN} is printed then)
     * @return the line, without a newline
     */
    public String format(IntFunction<Link> linkOf) {
        return format(linkOf, true);
    }

    private String format(IntFunction<Link> linkOf, boolean linksKnown) {
        IntFunction<String> nameOf = i -> {
            Link l = linkOf.apply(i);
            return l == null ? null : l.name();
        };
        StringBuilder sb = new StringBuilder(120);
        sb.append(header.index()).append(": ").append(name);
        boolean lowerDown = false;
        if (link != null) {
            if (link == 0) {
                sb.append("@NONE");
            } else {
                Link lower = linkOf.apply(link);
                sb.append('@').append(nameOr(nameOf, link));
                lowerDown = linksKnown && (lower == null || !lower.isUp());
            }
        }
        String flags = LinkFlags.format(header.flags());
        if (lowerDown) {
            flags = flags.isEmpty() ? "M-DOWN" : flags + ",M-DOWN";
        }
        sb.append(": <").append(flags).append("> ");
        if (mtu != null) {
            sb.append("mtu ").append(Integer.toUnsignedString(mtu)).append(' ');
        }
        if (master != null) {
            sb.append("master ").append(nameOr(nameOf, master)).append(' ');
        }
        if (protinfo != null) {
            if (protinfo.state() != null) {
                int s = protinfo.state();
                sb.append(s <= 4 ? "state " + BridgePortInfo.stateName(s) : "state (" + s + ")")
                  .append(' ');
            }
            if (protinfo.priority() != null) {
                sb.append("priority ").append(protinfo.priority()).append(' ');
            }
            if (protinfo.cost() != null) {
                sb.append("cost ").append(Integer.toUnsignedString(protinfo.cost())).append(' ');
            }
        }
        return sb.toString();
    }

    private static String nameOr(IntFunction<String> nameOf, int index) {
        String n = nameOf.apply(index);
        return n != null ? n : "if" + index;
    }

    /**
     * Reads like {@code bridge link show}, other links as {@code ifN}; without the other links
     * at hand it cannot say {@code M-DOWN}, see {@link #format(IntFunction)}.
     */
    @Override
    public String toString() {
        return format(i -> null, false);
    }

    /** @return a builder with every component absent (null) and no unknown attributes */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's values, to derive a changed copy */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link BridgeLink} component by component: a component not set is null (absent),
     * {@code unknown} is empty. A component added to the record adds a method here and
     * breaks no caller.
     */
    public static final class Builder {
        private IfInfoMsg header;
        private String name;
        private Integer master;
        private Integer mtu;
        private Integer operState;
        private MacAddress address;
        private Integer link;
        private BridgePortInfo protinfo;
        private BridgeAfSpec afSpec;
        private List<RawAttribute> unknown = List.of();

        private Builder() {
        }

        private Builder(BridgeLink r) {
            header = r.header;
            name = r.name;
            master = r.master;
            mtu = r.mtu;
            operState = r.operState;
            address = r.address;
            link = r.link;
            protinfo = r.protinfo;
            afSpec = r.afSpec;
            unknown = r.unknown;
        }

        /**
         * @param header the {@code ifinfomsg} (family {@code AF_BRIDGE}): index, device type, flags
         * @return this builder
         */
        public Builder header(IfInfoMsg header) {
            this.header = header;
            return this;
        }

        /**
         * @param name {@code IFLA_IFNAME}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * @param master {@code IFLA_MASTER}: the bridge's index (the bridge's own index for itself)
         * @return this builder
         */
        public Builder master(Integer master) {
            this.master = master;
            return this;
        }

        /**
         * @param mtu {@code IFLA_MTU}
         * @return this builder
         */
        public Builder mtu(Integer mtu) {
            this.mtu = mtu;
            return this;
        }

        /**
         * @param operState {@code IFLA_OPERSTATE}
         * @return this builder
         */
        public Builder operState(Integer operState) {
            this.operState = operState;
            return this;
        }

        /**
         * @param address {@code IFLA_ADDRESS}
         * @return this builder
         */
        public Builder address(MacAddress address) {
            this.address = address;
            return this;
        }

        /**
         * @param link {@code IFLA_LINK}: the lower device or veth peer, when it differs from the
         *     link
         * @return this builder
         */
        public Builder link(Integer link) {
            this.link = link;
            return this;
        }

        /**
         * @param protinfo {@code IFLA_PROTINFO}: the port's settings (ports only)
         * @return this builder
         */
        public Builder protinfo(BridgePortInfo protinfo) {
            this.protinfo = protinfo;
            return this;
        }

        /**
         * @param afSpec {@code IFLA_AF_SPEC}: VLANs, when the dump asked for them
         * @return this builder
         */
        public Builder afSpec(BridgeAfSpec afSpec) {
            this.afSpec = afSpec;
            return this;
        }

        /**
         * @param unknown attributes this library does not model, as received
         * @return this builder
         */
        public Builder unknown(List<RawAttribute> unknown) {
            this.unknown = List.copyOf(unknown);
            return this;
        }

        /** @return the {@link BridgeLink} */
        public BridgeLink build() {
            return new BridgeLink(header, name, master, mtu, operState, address, link, protinfo,
                    afSpec, unknown);
        }
    }
}

package dev.jnetlink.bridge.codec;

import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.link.IfInfoMsg;
import java.util.List;

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

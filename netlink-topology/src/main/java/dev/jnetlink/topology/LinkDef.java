package dev.jnetlink.topology;

/**
 * A link a topology creates: one of the kinds below, each with the interface it makes
 * ({@link #self()}). New kinds are new records here and a line in {@link LinkSteps}.
 */
public sealed interface LinkDef permits LinkDef.VethPair, LinkDef.BridgeLink, LinkDef.MacvlanLink, LinkDef.VxlanLink {
    /** @return the interface the link is, in its namespace */
    Iface self();

    /** @return the kind as {@code ip link add ... type KIND} names it */
    String kind();

    /**
     * A veth pair: {@code ip link add NAME type veth peer name PEER netns PEERNS}.
     *
     * @param self this end
     * @param peer the other end, in its own namespace
     */
    record VethPair(Iface self, Iface peer) implements LinkDef {
        @Override
        public String kind() {
            return "veth";
        }
    }

    /**
     * A bridge: {@code ip link add NAME type bridge [stp_state 1]}.
     *
     * @param self the bridge's interface
     * @param stp whether STP is on, or null for the kernel's default (off)
     */
    record BridgeLink(Iface self, Boolean stp) implements LinkDef {
        @Override
        public String kind() {
            return "bridge";
        }
    }

    /**
     * A macvlan on a parent that may live in another namespace:
     * {@code ip -n PARENTNS link add NAME link PARENT type macvlan mode MODE netns NS}.
     *
     * @param self the macvlan's interface
     * @param parentNamespace the parent's namespace (the topology's name)
     * @param parent the parent's name
     * @param mode {@code private}, {@code vepa}, {@code bridge}, {@code passthru} or {@code source}
     */
    record MacvlanLink(Iface self, String parentNamespace, String parent, String mode) implements LinkDef {
        @Override
        public String kind() {
            return "macvlan";
        }
    }

    /**
     * A VXLAN device: {@code ip link add NAME type vxlan id VNI [remote IP] [local IP] [dev DEV] [dstport P] [nolearning]}.
     *
     * @param self the device's interface
     * @param vni the VXLAN network identifier
     * @param remote the remote tunnel end, or null
     * @param local this end's address, or null
     * @param dev the underlay device in the same namespace, or null
     * @param dstPort the UDP port, or null for the kernel's default
     * @param learning whether the fdb learns, or null for the kernel's default (on)
     */
    record VxlanLink(Iface self, int vni, String remote, String local, String dev, Integer dstPort, Boolean learning)
            implements LinkDef {
        @Override
        public String kind() {
            return "vxlan";
        }
    }
}

package dev.jnetlink.bridge;

import dev.jnetlink.bridge.codec.BridgeAfSpec;
import dev.jnetlink.bridge.codec.BridgeInfo;
import dev.jnetlink.bridge.codec.BridgeKind;
import dev.jnetlink.bridge.codec.BridgeLink;
import dev.jnetlink.bridge.codec.BridgeLinkCodec;
import dev.jnetlink.bridge.codec.BridgePortInfo;
import dev.jnetlink.bridge.codec.FdbCodec;
import dev.jnetlink.bridge.codec.FdbEntry;
import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.Nla;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.link.IfInfoMsg;
import dev.jnetlink.codec.link.Ifla;
import dev.jnetlink.codec.link.IflaInfo;
import dev.jnetlink.codec.neigh.NdMsg;
import dev.jnetlink.codec.neigh.Nda;
import dev.jnetlink.socket.Errno;
import dev.jnetlink.socket.KernelLacksFeatureException;
import dev.jnetlink.socket.NetlinkException;
import dev.jnetlink.socket.Request;
import java.util.List;

/**
 * The requests this module sends, each written the way iproute2 writes it (the golden tests
 * hold them to iproute2's bytes). Pure: builds {@link Request}s, sends nothing.
 */
final class BridgeRequests {
    /** What a kernel without {@code CONFIG_BRIDGE_VLAN_FILTERING} lacks. */
    static final String VLAN_FILTERING = "bridge VLAN filtering";
    /** Why: a build option of the kernel, not a module that could be loaded. */
    static final String VLAN_FILTERING_REASON =
            "the kernel was built without CONFIG_BRIDGE_VLAN_FILTERING";

    /**
     * The {@link BridgePortInfo} table in the order {@code bridge link set} (iproute2 6.1)
     * writes the options, whatever their order on its command line; {@code proxy_arp}, which
     * only {@code ip link set ... type bridge_slave} takes, after the state.
     */
    private static final AttributeSetCodec<BridgePortInfo> PORT_REQUEST = BridgePortInfo.CODEC
            .withRequestOrder("guard", "hairpin", "rootBlock", "unicastFlood", "multicastRouter",
                    "mcastFlood", "bcastFlood", "learning", "cost", "priority", "state", "proxyArp",
                    "neighSuppress", "isolated");

    private BridgeRequests() {
    }

    /**
     * {@code ip link set dev BR type bridge OPTIONS}.
     *
     * @param bridge the bridge's name, for messages
     * @param index its index
     * @param data the settings to send
     * @return the request
     */
    static Request changeBridge(String bridge, int index, BridgeInfo data) {
        return new Request(Rtm.NEWLINK, 0, bridge, IfInfoMsg.SIZE, Ifla.SPACE, w -> {
            new IfInfoMsg(0, 0, index, 0, 0).write(w.buffer());
            int info = w.beginNested(Ifla.LINKINFO);
            w.putStringNoNul(IflaInfo.KIND, BridgeKind.NAME);
            int d = w.beginNested(IflaInfo.DATA);
            BridgeInfo.CODEC.encode(w, data);
            w.endNested(d);
            w.endNested(info);
        });
    }

    /**
     * {@code bridge link set dev PORT OPTIONS}: {@code RTM_SETLINK} of family
     * {@code AF_BRIDGE} with the settings in {@code IFLA_PROTINFO} (flagged
     * {@code NLA_F_NESTED}, which tells the kernel it is a set of {@code IFLA_BRPORT_*} and not
     * the old one-byte state).
     *
     * <p>Not {@code ip link set dev PORT type bridge_slave OPTIONS} ({@code RTM_NEWLINK} with
     * {@code IFLA_INFO_SLAVE_DATA}), although the kernel applies both with the same function:
     * that path ends in a {@code NETDEV_CHANGE} notification on which the bridge re-enables a
     * port whose carrier is up, so a port state set to {@code disabled} does not stay.
     *
     * @param port the port's name, for messages
     * @param index its index
     * @param data the port settings to send
     * @return the request
     */
    static Request changePort(String port, int index, BridgePortInfo data) {
        return new Request(Rtm.SETLINK, 0, port, IfInfoMsg.SIZE, BridgeLinkCodec.SPACE, w -> {
            new IfInfoMsg(BridgeLinkCodec.AF_BRIDGE, 0, index, 0, 0).write(w.buffer());
            int protinfo = w.beginNested(Ifla.PROTINFO | Nla.F_NESTED);
            PORT_REQUEST.encode(w, data);
            w.endNested(protinfo);
        });
    }

    /**
     * {@code bridge vlan add|del dev DEV vid ... [self]}: {@code RTM_SETLINK} or
     * {@code RTM_DELLINK} of family {@code AF_BRIDGE} with the VLANs in {@code IFLA_AF_SPEC}.
     *
     * @param type {@link Rtm#SETLINK} to add, {@link Rtm#DELLINK} to delete
     * @param dev the device's name, for messages
     * @param index its index
     * @param self true for the device's own VLANs ({@code IFLA_BRIDGE_FLAGS} {@code SELF}: the
     *     bridge device itself); false for a port's, in its bridge (no flags: master)
     * @param vlan the VLAN or range
     * @return the request
     */
    static Request vlans(int type, String dev, int index, boolean self, VlanSpec vlan) {
        BridgeAfSpec spec = new BridgeAfSpec(self ? BridgeAfSpec.FLAGS_SELF : null, null,
                vlan.toInfos(), List.of());
        return bridgeLink(type, dev + " " + vlan, index, spec);
    }

    /**
     * An {@code AF_BRIDGE} link request, written by the same table that decodes the kernel's
     * {@code AF_BRIDGE} link messages.
     *
     * @param type {@link Rtm#SETLINK} or {@link Rtm#DELLINK}
     * @param object what it is about, for messages
     * @param index the link's index
     * @param afSpec VLANs and flags
     * @return the request
     */
    private static Request bridgeLink(int type, String object, int index, BridgeAfSpec afSpec) {
        BridgeLink msg = BridgeLink.builder()
                .header(new IfInfoMsg(BridgeLinkCodec.AF_BRIDGE, 0, index, 0, 0))
                .afSpec(afSpec)
                .build();
        return new Request(type, 0, object, IfInfoMsg.SIZE, BridgeLinkCodec.SPACE,
                w -> BridgeLinkCodec.encode(w, msg));
    }

    /**
     * {@code bridge fdb add|append|replace|del}.
     *
     * @param type {@link Rtm#NEWNEIGH} or {@link Rtm#DELNEIGH}
     * @param flags {@code NLM_F_CREATE|NLM_F_EXCL} for add, and so on
     * @param entry the entry
     * @param object what it is about, for messages
     * @return the request
     */
    static Request fdb(int type, int flags, FdbEntry entry, String object) {
        return new Request(type, flags, object, NdMsg.SIZE, Nda.SPACE,
                w -> FdbCodec.encode(w, entry));
    }

    /**
     * {@code bridge fdb show [br BRIDGE] [dev DEV]}: an {@code AF_BRIDGE} neighbour dump,
     * filtered by the kernel (strict checking) on the port and the bridge.
     *
     * @param port the port's or device's index, or 0 for all
     * @param bridge the bridge's index ({@code NDA_MASTER}), or 0 for all
     * @param object what it lists, for messages
     * @return the dump request
     */
    static Request fdbDump(int port, int bridge, String object) {
        return new Request(Rtm.GETNEIGH, 0, object, NdMsg.SIZE, Nda.SPACE, w -> {
            new NdMsg(BridgeLinkCodec.AF_BRIDGE, port, 0, 0, 0).write(w.buffer());
            if (bridge != 0) {
                w.putU32(Nda.MASTER, bridge);
            }
        });
    }

    /**
     * An {@code AF_BRIDGE} link dump: the ports with their settings ({@code bridge link
     * show}, no mask) or also the VLANs of ports and bridges ({@code bridge vlan show}).
     *
     * @param extMask {@code IFLA_EXT_MASK}, or 0 to send none
     * @param object what it lists, for messages
     * @return the dump request
     */
    static Request linkDump(int extMask, String object) {
        return new Request(Rtm.GETLINK, 0, object, IfInfoMsg.SIZE, BridgeLinkCodec.SPACE, w -> {
            new IfInfoMsg(BridgeLinkCodec.AF_BRIDGE, 0, 0, 0, 0).write(w.buffer());
            if (extMask != 0) {
                w.putU32(Ifla.EXT_MASK, extMask);
            }
        });
    }

    /**
     * @param e a refusal
     * @return a {@link KernelLacksFeatureException} naming VLAN filtering if the kernel said
     *     {@code EOPNOTSUPP}, else {@code e}
     */
    static NetlinkException vlanFeature(NetlinkException e) {
        if (e.errnoNumber() == Errno.EOPNOTSUPP.number()
                && !(e instanceof KernelLacksFeatureException)) {
            return new KernelLacksFeatureException(VLAN_FILTERING, VLAN_FILTERING_REASON, e);
        }
        return e;
    }
}

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
}

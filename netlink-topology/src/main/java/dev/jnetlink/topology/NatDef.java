package dev.jnetlink.topology;

import dev.jnetlink.codec.addr.Prefix;
import java.util.List;

/**
 * NAT for a bridge network, as {@code dockerd} sets it up for {@code docker0}: the masquerade of
 * the bridge's subnet out of every other interface, and ports published on the namespace's
 * addresses ({@code docker run -p HOSTPORT:PORT}), each DNATed to a namespace's address on the
 * bridge. Made with netlink-nftables' {@link dev.jnetlink.nftables.publish.PortPublisher}, in a
 * table of its own: {@code nft add table ip jnetlink-topology-NAME-BRIDGE-SUBNET}.
 *
 * @param bridge a bridge declared in the same namespace
 * @param subnet the subnet masqueraded, or null for the subnet of the bridge's first IPv4 address
 * @param ports the published ports, in order
 */
public record NatDef(String bridge, Prefix subnet, List<Port> ports) {
    /** Copies the list. */
    public NatDef {
        ports = List.copyOf(ports);
    }

    /**
     * One published port: {@code docker run -p PORT}, to a namespace of the topology.
     *
     * @param port {@code [hostAddress:]hostPort:containerPort[/tcp|udp]}, as {@code docker run -p}
     *     takes it, with the host port given (a topology's ports do not move between applies)
     * @param to a namespace of the topology (its address in the subnet is the target), or an
     *     IPv4 address in the subnet
     */
    public record Port(String port, String to) {
    }
}

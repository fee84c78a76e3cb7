package dev.jnetlink.nftables.publish;

import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.nftables.RuleHandle;
import java.net.InetAddress;
import java.util.List;

/**
 * One published port of one container: a line of {@code docker port NAME}, and the rules that
 * make it.
 *
 * @param container the container's name
 * @param containerAddress its address on the bridge
 * @param containerPort its port
 * @param protocol tcp or udp
 * @param hostAddress the host address it is published on, or null for every one
 * @param hostPort the host port
 * @param rules the DNAT rule and the hairpin masquerade rule, by handle
 */
public record Publication(String container, InetAddress containerAddress, int containerPort, Protocol protocol,
        InetAddress hostAddress, int hostPort, List<RuleHandle> rules) {
    /**
     * @param container name
     * @param containerAddress address
     * @param containerPort port
     * @param protocol protocol
     * @param hostAddress host address or null
     * @param hostPort host port
     * @param rules its rules
     */
    public Publication {
        rules = List.copyOf(rules);
    }

    /** @return as {@code docker port NAME} prints it: {@code 80/tcp -> 0.0.0.0:32768} */
    @Override
    public String toString() {
        return containerPort + "/" + protocol + " -> "
                + (hostAddress == null ? "0.0.0.0" : IpAddresses.format(hostAddress)) + ":" + hostPort;
    }

    /** @return the rule comment that names this publication, so it can be found again */
    String comment() {
        return container + " " + (hostAddress == null ? "0.0.0.0" : IpAddresses.format(hostAddress)) + ":"
                + hostPort + "->" + IpAddresses.format(containerAddress) + ":" + containerPort + "/" + protocol;
    }

    /**
     * @param comment what {@link #comment()} wrote
     * @param rules the rules that carry it
     * @return the publication, or null if the comment is not one of ours
     */
    static Publication parse(String comment, List<RuleHandle> rules) {
        try {
            int sp = comment.indexOf(' ');
            int arrow = comment.indexOf("->");
            int slash = comment.lastIndexOf('/');
            if (sp < 0 || arrow < sp || slash < arrow) {
                return null;
            }
            String host = comment.substring(sp + 1, arrow);
            String cont = comment.substring(arrow + 2, slash);
            InetAddress hostAddr = IpAddresses.parse(host.substring(0, host.lastIndexOf(':')));
            return new Publication(comment.substring(0, sp), IpAddresses.parse(cont.substring(0, cont.lastIndexOf(':'))),
                    Integer.parseInt(cont.substring(cont.lastIndexOf(':') + 1)),
                    Protocol.parse(comment.substring(slash + 1), comment),
                    hostAddr.isAnyLocalAddress() ? null : hostAddr,
                    Integer.parseInt(host.substring(host.lastIndexOf(':') + 1)), rules);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

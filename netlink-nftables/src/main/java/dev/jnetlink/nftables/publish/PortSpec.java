package dev.jnetlink.nftables.publish;

import dev.jnetlink.codec.addr.IpAddresses;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Objects;

/**
 * What {@code docker run -p} takes: {@code [ip:][hostPort:]containerPort[/tcp|udp]}, with
 * {@code ip::containerPort} for a dynamic port on one address.
 *
 * @param hostAddress the host address it is published on, or null for all of them ({@code 0.0.0.0})
 * @param hostPort the host port, or null for one picked from 32768 up
 * @param containerPort the container's port
 * @param protocol tcp (the default) or udp
 */
public record PortSpec(InetAddress hostAddress, Integer hostPort, int containerPort, Protocol protocol) {
    /**
     * @param hostAddress the host address, or null
     * @param hostPort the host port, or null
     * @param containerPort the container's port
     * @param protocol the protocol
     * @throws IllegalArgumentException if a port is not 1 to 65535, or the address is not IPv4
     */
    public PortSpec {
        Objects.requireNonNull(protocol, "protocol");
        check("container port", containerPort);
        if (hostPort != null) {
            check("host port", hostPort);
        }
        if (hostAddress != null && !(hostAddress instanceof Inet4Address)) {
            throw new IllegalArgumentException("host address " + IpAddresses.format(hostAddress)
                    + " is not IPv4: the bridge network is IPv4");
        }
    }

    private static void check(String what, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(what + " " + port + " is not a port (1 to 65535)");
        }
    }

    /**
     * Parses {@code docker run -p}'s argument: {@code 80}, {@code 8080:80}, {@code 8080:80/udp},
     * {@code 10.0.0.1:8080:80}, {@code 10.0.0.1::80}.
     *
     * @param text the argument
     * @return the spec
     * @throws IllegalArgumentException naming what is wrong
     */
    public static PortSpec parse(String text) {
        Objects.requireNonNull(text, "port spec");
        String s = text;
        Protocol proto = Protocol.TCP;
        int slash = s.indexOf('/');
        if (slash >= 0) {
            proto = Protocol.parse(s.substring(slash + 1), text);
            s = s.substring(0, slash);
        }
        String[] parts = s.split(":", -1);
        try {
            return switch (parts.length) {
                case 1 -> new PortSpec(null, null, port(parts[0], text), proto);
                case 2 -> new PortSpec(null, port(parts[0], text), port(parts[1], text), proto);
                case 3 -> new PortSpec(IpAddresses.parse(parts[0]), parts[1].isEmpty() ? null : port(parts[1], text),
                        port(parts[2], text), proto);
                default -> throw new IllegalArgumentException("too many ':'");
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not [ip:][hostPort:]containerPort[/tcp|udp]: "
                    + e.getMessage(), e);
        }
    }

    private static int port(String p, String text) {
        if (p.isEmpty() || p.length() > 5 || !p.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("\"" + p + "\" is not a port");
        }
        return Integer.parseInt(p);
    }

    /** @return as docker writes it: {@code 8080:80/tcp} */
    @Override
    public String toString() {
        return (hostAddress == null ? "" : IpAddresses.format(hostAddress) + ":")
                + (hostPort == null ? (hostAddress == null ? "" : ":") : hostPort + ":") + containerPort + "/" + protocol;
    }
}

package dev.jnetlink.rtnl;

import dev.jnetlink.codec.addr.IpAddresses;
import java.net.InetAddress;

/**
 * One next hop of a multipath route: {@code nexthop via GATEWAY dev DEV weight N [onlink]}.
 * Immutable: {@link #dev(String)}, {@link #weight(int)} and {@link #onlink()} return a changed
 * copy.
 *
 * <pre>{@code
 * RouteSpec.to("10.3.0.0/16")
 *         .nexthop(NextHopSpec.via("10.1.0.2").dev("veth0"))
 *         .nexthop(NextHopSpec.via("10.1.0.3").dev("veth0").weight(3));
 * }</pre>
 */
public final class NextHopSpec {
    private final InetAddress gateway;
    private final String dev;
    private final int weight;
    private final boolean onlink;

    private NextHopSpec(InetAddress gateway, String dev, int weight, boolean onlink) {
        if (weight < 1 || weight > 256) {
            throw new IllegalArgumentException("next hop weight must be 1 to 256, got " + weight);
        }
        if (dev != null) {
            InterfaceNames.validate(dev);
        }
        this.gateway = gateway;
        this.dev = dev;
        this.weight = weight;
        this.onlink = onlink;
    }

    /**
     * @param gateway the gateway's address: of the route's family, or IPv6 in an IPv4 route
     *     ({@code nexthop via inet6 fd00::2}, sent as {@code RTA_VIA}); it may start with
     *     {@code inet6 } or {@code inet }, as {@code ip route} takes it
     * @return a next hop via it, weight 1
     * @throws IllegalArgumentException if it is not an IP address
     */
    public static NextHopSpec via(String gateway) {
        return new NextHopSpec(RouteSpec.Builder.parseGateway(gateway), null, 1, false);
    }

    /**
     * @param gateway the gateway's address
     * @return a next hop via it, weight 1
     */
    public static NextHopSpec via(InetAddress gateway) {
        return new NextHopSpec(java.util.Objects.requireNonNull(gateway, "gateway"), null, 1, false);
    }

    /**
     * @param dev the output interface
     * @return a device-only next hop, weight 1
     */
    public static NextHopSpec device(String dev) {
        return new NextHopSpec(null, java.util.Objects.requireNonNull(dev, "dev"), 1, false);
    }

    /**
     * @param name the output interface ({@code dev})
     * @return a copy with that device
     */
    public NextHopSpec dev(String name) {
        return new NextHopSpec(gateway, name, weight, onlink);
    }

    /**
     * @param w 1 to 256 ({@code weight}; the kernel stores weight - 1)
     * @return a copy with that weight
     */
    public NextHopSpec weight(int w) {
        return new NextHopSpec(gateway, dev, w, onlink);
    }

    /** @return a copy marked {@code onlink}: the gateway is on the link even if no prefix says so */
    public NextHopSpec onlink() {
        return new NextHopSpec(gateway, dev, weight, true);
    }

    /** @return the gateway, or null */
    public InetAddress gateway() {
        return gateway;
    }

    /** @return the output interface, or null */
    public String dev() {
        return dev;
    }

    /** @return the weight, 1 to 256 */
    public int weight() {
        return weight;
    }

    /** @return true if {@code onlink} */
    public boolean isOnlink() {
        return onlink;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("nexthop");
        if (gateway != null) {
            sb.append(" via ").append(IpAddresses.format(gateway));
        }
        if (dev != null) {
            sb.append(" dev ").append(dev);
        }
        sb.append(" weight ").append(weight);
        if (onlink) {
            sb.append(" onlink");
        }
        return sb.toString();
    }
}

package dev.jnetlink.codec.route;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.addr.AddressFamily;
import dev.jnetlink.codec.addr.IpAddresses;
import java.net.InetAddress;
import java.util.Objects;

/**
 * {@code struct rtvia} ({@code RTA_VIA}): a gateway of another family than the route, as in
 * {@code ip route add 10.0.0.0/24 via inet6 fd00::2 dev eth0} (an IPv4 route via an IPv6 next
 * hop), or an MPLS route's next hop.
 *
 * @param family {@code rtvia_family}: {@link AddressFamily#INET6}, {@link AddressFamily#INET},
 *     or another {@code AF_*}
 * @param address {@code rtvia_addr}: the address's bytes, as long as the attribute says
 */
public record RouteVia(int family, Bytes address) {
    /** Size of {@code rtvia_family}, the part before the address. */
    public static final int HEADER_SIZE = 2;

    /** Reads and writes {@code struct rtvia}: a u16 family, then the address. */
    public static final ValueCodec<RouteVia> CODEC = ValueCodecs.struct(RouteVia.class, "rtvia",
            HEADER_SIZE,
            c -> new RouteVia(HostOrder.getU16(c.buffer(), c.valueIndex()),
                    Bytes.copyOf(c.buffer(), c.valueIndex() + HEADER_SIZE, c.length() - HEADER_SIZE)),
            (w, v) -> {
                HostOrder.writeU16(w.buffer(), v.family);
                v.address.writeTo(w.buffer());
            });

    /**
     * @param family {@code rtvia_family}
     * @param address the address's bytes
     */
    public RouteVia {
        Objects.requireNonNull(address, "address");
    }

    /**
     * @param gateway an IPv4 or IPv6 address
     * @return {@code via inet6 ADDRESS} or {@code via inet ADDRESS}
     */
    public static RouteVia of(InetAddress gateway) {
        return new RouteVia(AddressFamily.of(gateway), Bytes.of(gateway.getAddress()));
    }

    /**
     * @return the gateway as an IP address, or null when the family is not {@code inet} or
     *     {@code inet6} or the length does not fit it
     */
    public InetAddress inet() {
        int length = address.length();
        if (family == AddressFamily.INET && length == 4 || family == AddressFamily.INET6 && length == 16) {
            return IpAddresses.of(address.toArray());
        }
        return null;
    }

    /**
     * @return what {@code ip route} prints after {@code via}: {@code inet6 fd00::2}, or the
     *     family's number and the bytes in hex for a family it has no text for
     */
    @Override
    public String toString() {
        InetAddress a = inet();
        return AddressFamily.name(family) + ' ' + (a != null ? IpAddresses.format(a) : address.toHex());
    }
}

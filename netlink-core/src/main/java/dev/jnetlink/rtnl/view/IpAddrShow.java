package dev.jnetlink.rtnl.view;

import dev.jnetlink.codec.addr.Address;
import dev.jnetlink.codec.addr.AddressCacheInfo;
import dev.jnetlink.codec.addr.AddressFamily;
import dev.jnetlink.codec.addr.AddressFlags;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.rtnl.InterfaceNames;
import dev.jnetlink.rtnl.Rtnl;
import java.util.List;
import java.util.Objects;

/**
 * {@code ip [-4|-6] [-d] addr show [dev NAME]}: each link's lines as {@code ip link show} prints
 * them (without the link mode and alias), followed by its addresses and their lifetimes.
 *
 * <pre>{@code
 * System.out.print(IpAddrShow.of(rtnl).dev("eth0").text());
 * // 5: eth0@if6: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
 * //     link/ether 3e:7f:1a:0b:5c:21 brd ff:ff:ff:ff:ff:ff link-netns r1
 * //     inet 10.1.0.102/24 scope global eth0
 * //        valid_lft forever preferred_lft forever
 * }</pre>
 */
public final class IpAddrShow implements TextView {
    private final Rtnl rtnl;
    private final int family;
    private final boolean details;
    private final String dev;

    private IpAddrShow(Rtnl rtnl, int family, boolean details, String dev) {
        this.rtnl = rtnl;
        this.family = family;
        this.details = details;
        this.dev = dev;
    }

    /**
     * Equivalent to {@code ip addr show} in the client's namespace.
     *
     * @param rtnl the client
     * @return the view
     */
    public static IpAddrShow of(Rtnl rtnl) {
        return new IpAddrShow(Objects.requireNonNull(rtnl, "rtnl"), AddressFamily.UNSPEC, false, null);
    }

    /** @return this view limited to IPv4: {@code ip -4 addr show} */
    public IpAddrShow ipv4() {
        return new IpAddrShow(rtnl, AddressFamily.INET, details, dev);
    }

    /** @return this view limited to IPv6: {@code ip -6 addr show} */
    public IpAddrShow ipv6() {
        return new IpAddrShow(rtnl, AddressFamily.INET6, details, dev);
    }

    /** @return this view with {@code -d}: {@code ip -d addr show} */
    public IpAddrShow details() {
        return new IpAddrShow(rtnl, family, true, dev);
    }

    /**
     * @param name a link's name
     * @return this view for that link alone: {@code ip addr show dev NAME}
     */
    public IpAddrShow dev(String name) {
        return new IpAddrShow(rtnl, family, details, InterfaceNames.validate(name));
    }

    @Override
    public String command() {
        return "ip " + (family == AddressFamily.INET ? "-4 " : family == AddressFamily.INET6 ? "-6 " : "")
                + (details ? "-d " : "") + "addr show" + (dev == null ? "" : " dev " + dev);
    }

    /**
     * @throws dev.jnetlink.socket.NotFoundException if {@link #dev} names no link
     */
    @Override
    public String text() {
        LinkNames links = LinkNames.of(rtnl);
        List<Link> shown = dev == null ? links.links() : List.of(rtnl.links().get(dev));
        List<Address> addresses = family == AddressFamily.UNSPEC ? rtnl.addresses().list()
                : rtnl.addresses().list(family);
        LinkPrinter printer = new LinkPrinter(links, rtnl.nsids()::names);
        StringBuilder out = new StringBuilder(shown.size() * 300);
        for (Link l : shown) {
            // ipaddr_filter: limited to a family, a link without an address of it is left out
            if (family != AddressFamily.UNSPEC
                    && addresses.stream().noneMatch(a -> a.index() == l.index())) {
                continue;
            }
            printer.print(l, false, details, family == AddressFamily.UNSPEC, out);
            for (Address a : addresses) {
                if (a.index() == l.index()) {
                    address(a, out);
                }
            }
        }
        return out.toString();
    }

    /**
     * One address as {@code print_addrinfo} prints it, both lines.
     *
     * @param a the address
     * @param out where to append
     */
    static void address(Address a, StringBuilder out) {
        out.append("    ").append(a.family() == AddressFamily.INET ? "inet"
                : a.family() == AddressFamily.INET6 ? "inet6" : "family " + a.family()).append(' ');
        if (a.local() != null || a.address() != null) {
            var local = a.local() != null ? a.local() : a.address();
            out.append(IpAddresses.format(local));
            if (a.address() != null && !a.address().equals(local)) {
                out.append(" peer ").append(IpAddresses.format(a.address()));
            }
            out.append('/').append(a.prefixLength()).append(' ');
            if (a.rtPriority() != null) {
                out.append("metric ").append(Integer.toUnsignedString(a.rtPriority())).append(' ');
            }
        }
        if (a.broadcast() != null) {
            out.append("brd ").append(IpAddresses.format(a.broadcast())).append(' ');
        }
        if (a.anycast() != null) {
            out.append("any ").append(IpAddresses.format(a.anycast())).append(' ');
        }
        out.append("scope ").append(Iproute2.scopeName(a.header().scope())).append(' ');
        for (String f : AddressFlags.names(a.allFlags(), a.family())) {
            out.append(f).append(' ');
        }
        if (a.label() != null) {
            out.append(a.label());
        }
        AddressCacheInfo ci = a.cacheInfo();
        if (ci != null) {
            out.append("\n       valid_lft ").append(lifetime(ci.valid(), false))
               .append(" preferred_lft ")
               .append(lifetime(ci.preferred(), (a.allFlags() & AddressFlags.DEPRECATED) != 0));
        }
        out.append('\n');
    }

    private static String lifetime(long seconds, boolean signed) {
        if (seconds == AddressCacheInfo.FOREVER) {
            return "forever";
        }
        return (signed ? Integer.toString((int) seconds) : Long.toString(seconds)) + "sec";
    }
}

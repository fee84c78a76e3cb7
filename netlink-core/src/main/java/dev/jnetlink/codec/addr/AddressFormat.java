package dev.jnetlink.codec.addr;

/** Formats an {@link Address} like the address lines of {@code ip addr show}. */
public final class AddressFormat {
    private AddressFormat() {
    }

    /**
     * @param a the address
     * @return the first line of {@code ip addr show} for it, without the leading indent, e.g.
     *     {@code inet 10.9.0.1 peer 10.9.0.2/32 scope global veth1:p} or
     *     {@code inet 10.3.0.1/24 metric 50 scope global veth1}
     */
    public static String line(Address a) {
        StringBuilder sb = new StringBuilder(96);
        sb.append(a.family() == AddressFamily.INET ? "inet" : a.family() == AddressFamily.INET6
                ? "inet6" : AddressFamily.name(a.family()));
        sb.append(' ');
        if (a.local() != null) {
            sb.append(IpAddresses.format(a.local()));
            if (a.peer() != null) {
                sb.append(" peer ").append(IpAddresses.format(a.peer()));
            }
            sb.append('/').append(a.prefixLength());
        } else if (a.address() != null) {
            sb.append(IpAddresses.format(a.address())).append('/').append(a.prefixLength());
        } else if (a.ip() != null) {
            sb.append(IpAddresses.format(a.ip()));
        }
        if (a.rtPriority() != null) {
            sb.append(" metric ").append(Integer.toUnsignedString(a.rtPriority()));
        }
        if (a.broadcast() != null) {
            sb.append(" brd ").append(IpAddresses.format(a.broadcast()));
        }
        if (a.anycast() != null && a.address() != null) {
            sb.append(" any ").append(IpAddresses.format(a.anycast()));
        }
        sb.append(" scope ").append(a.scope().name());
        for (String f : AddressFlags.names(a.allFlags(), a.family())) {
            sb.append(' ').append(f);
        }
        if (a.label() != null) {
            sb.append(' ').append(a.label());
        }
        return sb.toString();
    }

    /**
     * @param a the address
     * @return {@link #line} and, if the kernel sent lifetimes, a second line
     *     {@code    valid_lft forever preferred_lft forever}
     */
    public static String format(Address a) {
        String line = line(a);
        if (a.cacheInfo() == null) {
            return line;
        }
        return line + "\n   valid_lft " + AddressCacheInfo.formatLifetime(a.cacheInfo().valid())
                + " preferred_lft " + AddressCacheInfo.formatLifetime(a.cacheInfo().preferred());
    }
}

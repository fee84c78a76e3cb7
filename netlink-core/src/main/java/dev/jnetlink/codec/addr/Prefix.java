package dev.jnetlink.codec.addr;

import java.net.InetAddress;
import java.util.Objects;

/**
 * An IP address with a prefix length: {@code 10.1.0.101/24} (an interface address and its
 * subnet) or {@code 10.2.0.0/16} (a route's destination). The length is checked against the
 * family when the value is made, so a bad one never reaches the kernel.
 *
 * @param address the address, IPv4 or IPv6
 * @param length the prefix length: 0 to 32 for IPv4, 0 to 128 for IPv6
 */
public record Prefix(InetAddress address, int length) {
    /**
     * @param address the address
     * @param length the prefix length
     * @throws IllegalArgumentException if the length is out of range for the family
     */
    public Prefix {
        Objects.requireNonNull(address, "address");
        int max = AddressFamily.bits(AddressFamily.of(address));
        if (length < 0 || length > max) {
            throw new IllegalArgumentException("prefix length " + length + " is out of range for "
                    + IpAddresses.format(address) + ": an " + (max == 32 ? "IPv4" : "IPv6")
                    + " prefix length is 0 to " + max);
        }
    }

    /**
     * Parses {@code ADDRESS/LENGTH}, or a bare address as a host prefix (/32, /128), as
     * {@code ip} reads its arguments. No name is ever resolved.
     *
     * @param text e.g. {@code 10.1.0.101/24}, {@code 2001:db8::/32}, {@code 10.0.0.1}
     * @return the prefix
     * @throws IllegalArgumentException if the address or the length is invalid, saying which
     */
    public static Prefix parse(String text) {
        Objects.requireNonNull(text, "prefix");
        int slash = text.indexOf('/');
        if (slash < 0) {
            return host(IpAddresses.parse(text));
        }
        InetAddress a = IpAddresses.parse(text.substring(0, slash));
        String len = text.substring(slash + 1);
        int n;
        try {
            if (len.isEmpty() || len.length() > 3 || !len.chars().allMatch(Character::isDigit)) {
                throw new NumberFormatException();
            }
            n = Integer.parseInt(len);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\": prefix length \"" + len
                    + "\" is not a number");
        }
        return new Prefix(a, n);
    }

    /**
     * @param address an address
     * @return the prefix holding only it: /32 or /128
     */
    public static Prefix host(InetAddress address) {
        return new Prefix(address, AddressFamily.bits(AddressFamily.of(address)));
    }

    /**
     * @param family {@link AddressFamily#INET} or {@link AddressFamily#INET6}
     * @return {@code 0.0.0.0/0} or {@code ::/0}, the default route's destination
     */
    public static Prefix any(int family) {
        return new Prefix(IpAddresses.of(new byte[AddressFamily.bits(family) / 8]), 0);
    }

    /** @return {@link AddressFamily#INET} or {@link AddressFamily#INET6} */
    public int family() {
        return AddressFamily.of(address);
    }

    /** @return the longest length of the family, 32 or 128 */
    public int maxLength() {
        return AddressFamily.bits(family());
    }

    /** @return true for a /32 or /128 */
    public boolean isHost() {
        return length == maxLength();
    }

    /** @return the network: the address with every bit past the length cleared */
    public Prefix network() {
        byte[] b = address.getAddress();
        for (int i = 0; i < b.length; i++) {
            int keep = Math.max(0, Math.min(8, length - 8 * i));
            b[i] &= (byte) (0xff << (8 - keep));
        }
        return new Prefix(IpAddresses.of(b), length);
    }

    /** @return true if bits past the length are set ({@code 10.2.3.0/16}) */
    public boolean hasHostBits() {
        return !network().address.equals(address);
    }

    /**
     * @return the IPv4 broadcast address of the subnet (every host bit set), as
     *     {@code ip addr add ... brd +} computes it
     * @throws IllegalStateException for IPv6, which has no broadcast
     */
    public InetAddress broadcast() {
        if (family() != AddressFamily.INET) {
            throw new IllegalStateException("IPv6 has no broadcast address");
        }
        byte[] b = address.getAddress();
        for (int i = 0; i < 4; i++) {
            int keep = Math.max(0, Math.min(8, length - 8 * i));
            b[i] |= (byte) (0xff >>> keep);
        }
        return IpAddresses.of(b);
    }

    /**
     * @param other an address
     * @return true if it is inside this prefix
     */
    public boolean contains(InetAddress other) {
        if (AddressFamily.of(other) != family()) {
            return false;
        }
        return new Prefix(other, length).network().equals(network());
    }

    /** @return {@code ADDRESS/LENGTH}, as {@code ip} prints it */
    @Override
    public String toString() {
        return IpAddresses.format(address) + "/" + length;
    }
}

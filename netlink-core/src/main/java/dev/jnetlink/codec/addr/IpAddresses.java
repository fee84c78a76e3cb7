package dev.jnetlink.codec.addr;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * IP address literals: parsed without any name lookup, printed as iproute2 prints them
 * ({@code inet_ntop}: {@code 2001:db8::1}, {@code ::ffff:10.0.0.1}), which
 * {@link InetAddress#getHostAddress()} does not do for IPv6.
 */
public final class IpAddresses {
    private IpAddresses() {
    }

    /**
     * Parses a numeric IPv4 ({@code 10.1.0.101}) or IPv6 ({@code 2001:db8::1},
     * {@code ::ffff:10.0.0.1}) address. Never resolves a name: anything else is an error.
     *
     * @param literal the text
     * @return the address; a 16-byte {@link Inet6Address} for any IPv6 literal, mapped ones
     *     included
     * @throws IllegalArgumentException if it is not an address literal, saying why
     */
    public static InetAddress parse(String literal) {
        if (literal == null || literal.isEmpty()) {
            throw new IllegalArgumentException("an IP address must not be " + (literal == null
                    ? "null" : "empty"));
        }
        if (literal.indexOf(':') >= 0) {
            if (literal.indexOf('%') >= 0 || literal.indexOf('[') >= 0) {
                throw new IllegalArgumentException("\"" + literal + "\" is not a plain IPv6 address "
                        + "(no brackets or %scope here)");
            }
            try {
                // In brackets the JDK takes it as an IPv6 literal or fails; without them a
                // string like "zz::1" would go to the resolver.
                InetAddress a = InetAddress.getByName("[" + literal + "]");
                return a instanceof Inet6Address ? a : Inet6Address.getByAddress(null,
                        mapped(a.getAddress()), -1);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("\"" + literal + "\" is not a valid IPv6 address", e);
            }
        }
        return parseIpv4(literal);
    }

    private static byte[] mapped(byte[] v4) {
        byte[] b = new byte[16];
        b[10] = (byte) 0xff;
        b[11] = (byte) 0xff;
        System.arraycopy(v4, 0, b, 12, 4);
        return b;
    }

    private static InetAddress parseIpv4(String s) {
        byte[] b = new byte[4];
        int part = 0;
        int value = -1;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '.';
            if (c >= '0' && c <= '9') {
                value = value < 0 ? c - '0' : value * 10 + (c - '0');
                if (value > 255) {
                    throw new IllegalArgumentException("\"" + s + "\" is not an IPv4 address: a part exceeds 255");
                }
            } else if (c == '.' && value >= 0 && part < 4) {
                b[part++] = (byte) value;
                value = -1;
            } else {
                throw new IllegalArgumentException("\"" + s + "\" is not an IP address (expected a.b.c.d or an IPv6 address)");
            }
        }
        if (part != 4) {
            throw new IllegalArgumentException("\"" + s + "\" is not an IPv4 address: it needs four parts");
        }
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * @param bytes 4 or 16 bytes
     * @return the address, an {@link Inet6Address} for 16 bytes
     * @throws IllegalArgumentException for another length
     */
    public static InetAddress of(byte[] bytes) {
        try {
            if (bytes.length == 4) {
                return InetAddress.getByAddress(bytes);
            }
            if (bytes.length == 16) {
                return Inet6Address.getByAddress(null, bytes, -1);
            }
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
        throw new IllegalArgumentException("an IP address is 4 or 16 bytes, not " + bytes.length);
    }

    /**
     * Formats as {@code inet_ntop} does (what {@code ip} prints): IPv6 in lower-case hex with
     * the longest run of two or more zero groups as {@code ::}, IPv4-mapped and -compatible
     * addresses with a dotted tail.
     *
     * @param address the address
     * @return the text
     */
    public static String format(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
        }
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) {
            w[i] = (b[2 * i] & 0xff) << 8 | (b[2 * i + 1] & 0xff);
        }
        int bestBase = -1;
        int bestLen = 0;
        for (int i = 0; i < 8;) {
            if (w[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && w[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestBase = i;
                bestLen = j - i;
            }
            i = j;
        }
        if (bestLen < 2) {
            bestBase = -1;
        }
        StringBuilder sb = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (bestBase >= 0 && i >= bestBase && i < bestBase + bestLen) {
                if (i == bestBase) {
                    sb.append(':');
                }
                continue;
            }
            if (i != 0) {
                sb.append(':');
            }
            if (i == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 7 && w[7] != 1)
                    || (bestLen == 5 && w[5] == 0xffff))) {
                sb.append(b[12] & 0xff).append('.').append(b[13] & 0xff).append('.')
                  .append(b[14] & 0xff).append('.').append(b[15] & 0xff);
                return sb.toString();
            }
            sb.append(Integer.toHexString(w[i]));
        }
        if (bestBase >= 0 && bestBase + bestLen == 8) {
            sb.append(':');
        }
        return sb.toString();
    }
}

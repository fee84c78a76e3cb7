package dev.jnetlink.nftables;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.addr.IpAddresses;
import java.net.Inet4Address;
import java.net.InetAddress;

/** The type of a set's keys, as nft names it ({@code type inet_service}) and numbers it. */
public enum SetKeyType {
    /** {@code ipv4_addr}. */
    IPV4_ADDR(7, 4, "ipv4_addr"),
    /** {@code ipv6_addr}. */
    IPV6_ADDR(8, 16, "ipv6_addr"),
    /** {@code inet_proto}: an IP protocol number. */
    INET_PROTO(12, 1, "inet_proto"),
    /** {@code inet_service}: a port. */
    INET_SERVICE(13, 2, "inet_service");

    private final int nftType;
    private final int length;
    private final String nftName;

    SetKeyType(int nftType, int length, String nftName) {
        this.nftType = nftType;
        this.length = length;
        this.nftName = nftName;
    }

    /** @return nft's number for it ({@code NFTA_SET_KEY_TYPE}) */
    public int nftType() {
        return nftType;
    }

    /** @return the key's length in bytes ({@code NFTA_SET_KEY_LEN}) */
    public int length() {
        return length;
    }

    /** @return nft's name for it */
    public String nftName() {
        return nftName;
    }

    /**
     * @param number {@code NFTA_SET_KEY_TYPE}
     * @return the type, or null if it is none of these
     */
    public static SetKeyType of(int number) {
        for (SetKeyType t : values()) {
            if (t.nftType == number) {
                return t;
            }
        }
        return null;
    }

    /**
     * @param text a key as nft writes it: {@code 80}, {@code 10.0.0.1}, {@code 6}
     * @return its bytes
     * @throws IllegalArgumentException if it is not a key of this type
     */
    Bytes parse(String text) {
        switch (this) {
            case INET_SERVICE, INET_PROTO -> {
                int max = this == INET_SERVICE ? 65535 : 255;
                int min = this == INET_SERVICE ? 1 : 0;
                int v;
                try {
                    v = Integer.parseInt(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("\"" + text + "\" is not an " + nftName
                            + " (a number " + min + " to " + max + ")");
                }
                if (v < min || v > max) {
                    throw new IllegalArgumentException(nftName + " " + v + " is out of range ("
                            + min + " to " + max + ")");
                }
                return this == INET_SERVICE ? Exprs.port(v) : Bytes.of((byte) v);
            }
            default -> {
                InetAddress a = IpAddresses.parse(text);
                if ((a instanceof Inet4Address) != (this == IPV4_ADDR)) {
                    throw new IllegalArgumentException("\"" + text + "\" is not an " + nftName);
                }
                return Bytes.of(a.getAddress());
            }
        }
    }

    /**
     * @param key a key's bytes
     * @return the key as nft writes it
     */
    String format(Bytes key) {
        return switch (this) {
            case INET_SERVICE -> String.valueOf((key.get(0) << 8) | key.get(1));
            case INET_PROTO -> RuleText.protoName(key.get(0));
            default -> IpAddresses.format(IpAddresses.of(key.toArray()));
        };
    }

    @Override
    public String toString() {
        return nftName;
    }
}

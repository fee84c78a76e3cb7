package dev.jnetlink.codec;

/** Netlink attribute ({@code struct nlattr}) layout constants, from {@code linux/netlink.h}. */
public final class Nla {
    /** Size of {@code struct nlattr}: u16 length, u16 type. */
    public static final int HEADER_LENGTH = 4;
    /** Attributes start on 4-byte boundaries. */
    public static final int ALIGNTO = 4;
    /** {@code NLA_F_NESTED}: the payload is itself a list of attributes. */
    public static final int F_NESTED = 1 << 15;
    /** {@code NLA_F_NET_BYTEORDER}: the payload is in network byte order. */
    public static final int F_NET_BYTEORDER = 1 << 14;
    /** Mask that removes the two flag bits from a type. */
    public static final int TYPE_MASK = ~(F_NESTED | F_NET_BYTEORDER) & 0xffff;
    /** Largest value of the 16-bit length field. */
    public static final int MAX_LENGTH = 0xffff;

    private Nla() {
    }

    /**
     * @param length a length in bytes
     * @return {@code length} rounded up to a multiple of {@value #ALIGNTO}
     */
    public static int align(int length) {
        return (length + ALIGNTO - 1) & ~(ALIGNTO - 1);
    }
}

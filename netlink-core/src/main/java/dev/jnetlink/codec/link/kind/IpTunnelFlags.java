package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;

/**
 * {@code IFLA_IPTUN_FLAGS}, whose width depends on the kind: 16 bits for {@code sit}
 * ({@link IpTunnelInfo#SIT_ISATAP}), 32 for {@code ip6tnl} ({@code IP6_TNL_F_*} of
 * {@link TunnelFlags}). The width is kept so the attribute encodes back as it came.
 *
 * @param bits the flags
 * @param size 2 or 4 bytes
 */
public record IpTunnelFlags(int bits, int size) {
    /** Codec: a 2-byte payload is sit's u16, anything longer ip6tnl's u32. */
    static final ValueCodec<IpTunnelFlags> CODEC = ValueCodecs.struct(IpTunnelFlags.class, c -> {
        if (c.length() < 2) {
            throw c.error(c.name() + " is " + c.length() + " bytes, too short for flags (2 or 4)");
        }
        return c.length() < 4 ? new IpTunnelFlags(c.buffer().getUnsignedShortLE(c.valueIndex()), 2)
                : new IpTunnelFlags(c.buffer().getIntLE(c.valueIndex()), 4);
    }, (w, v) -> {
        if (v.size == 2) {
            w.buffer().writeShortLE(v.bits);
        } else {
            w.buffer().writeIntLE(v.bits);
        }
    });

    /**
     * @param bits sit's flags
     * @return them as sit sends them (16 bits)
     */
    public static IpTunnelFlags sit(int bits) {
        return new IpTunnelFlags(bits, 2);
    }

    /**
     * @param bits {@code IP6_TNL_F_*}
     * @return them as ip6tnl sends them (32 bits)
     */
    public static IpTunnelFlags ip6(int bits) {
        return new IpTunnelFlags(bits, 4);
    }
}

package dev.jnetlink.nftables.codec.expr;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.AttributeSpace;
import dev.jnetlink.codec.RawAttribute;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The {@code redir} expression: destination NAT to the host itself ({@code redirect}). As {@code nft --debug=netlink} shows it:
 * {@code [ redir proto_min reg 1 flags 0x2 ]}.
 *
 * @param regProtoMin {@code NFTA_REDIR_REG_PROTO_MIN}: register with the first port
 * @param regProtoMax {@code NFTA_REDIR_REG_PROTO_MAX}: register with the last port
 * @param flags {@code NFTA_REDIR_FLAGS}: {@code NF_NAT_RANGE_*} flags
 * @param unknown attributes not listed above
 */
public record Redir(Integer regProtoMin, Integer regProtoMax, Integer flags, List<RawAttribute> unknown) implements Expression {
    public static final int UNSPEC = 0;
    public static final int REG_PROTO_MIN = 1;
    public static final int REG_PROTO_MAX = 2;
    public static final int FLAGS = 3;

    /** Names of the {@code NFTA_REDIR_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_REDIR", Redir.class, ByteOrder.BIG_ENDIAN);

    /** The table, in the order {@code nft} (libnftnl) sends the attributes. */
    public static final AttributeSetCodec<Redir> CODEC = AttributeSetCodec.builder(Redir.class, SPACE)
            .u32("regProtoMin", REG_PROTO_MIN)
            .u32("regProtoMax", REG_PROTO_MAX)
            .u32("flags", FLAGS)
            .unknown("unknown")
            .build(v -> new Redir(v.next(), v.next(), v.next(), v.next()));

    @Override
    public String name() {
        return "redir";
    }
}

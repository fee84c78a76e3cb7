package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import io.netty.buffer.ByteBuf;

/**
 * {@code struct tc_mirred}: {@code tc_gen} then the direction and the target device.
 *
 * @param index the action's index
 * @param capab unused
 * @param action the verdict after mirroring ({@code TC_ACT_STOLEN} 4 for a redirect,
 *     {@code TC_ACT_PIPE} 3 for a mirror)
 * @param refcnt references, in replies
 * @param bindcnt bindings, in replies
 * @param eaction {@link #EGRESS_REDIRECT}, {@link #EGRESS_MIRROR}, {@link #INGRESS_REDIRECT}
 *     or {@link #INGRESS_MIRROR}
 * @param ifindex the target device
 */
public record MirredParms(int index, int capab, int action, int refcnt, int bindcnt, int eaction,
        int ifindex) {
    /** {@code TCA_EGRESS_REDIR}. */
    public static final int EGRESS_REDIRECT = 1;
    /** {@code TCA_EGRESS_MIRROR}. */
    public static final int EGRESS_MIRROR = 2;
    /** {@code TCA_INGRESS_REDIR}. */
    public static final int INGRESS_REDIRECT = 3;
    /** {@code TCA_INGRESS_MIRROR}. */
    public static final int INGRESS_MIRROR = 4;
    /** {@code TC_ACT_PIPE}. */
    public static final int ACT_PIPE = 3;
    /** {@code TC_ACT_STOLEN}. */
    public static final int ACT_STOLEN = 4;

    static final ValueCodec<MirredParms> CODEC = ValueCodecs.struct(MirredParms.class, "tc_mirred", 28,
            c -> {
                ByteBuf b = c.buffer();
                int i = c.valueIndex();
                return new MirredParms(HostOrder.getI32(b, i), HostOrder.getI32(b, i + 4),
                        HostOrder.getI32(b, i + 8), HostOrder.getI32(b, i + 12),
                        HostOrder.getI32(b, i + 16), HostOrder.getI32(b, i + 20),
                        HostOrder.getI32(b, i + 24));
            },
            (w, v) -> {
                ByteBuf b = w.buffer();
                HostOrder.writeI32(b, v.index);
                HostOrder.writeI32(b, v.capab);
                HostOrder.writeI32(b, v.action);
                HostOrder.writeI32(b, v.refcnt);
                HostOrder.writeI32(b, v.bindcnt);
                HostOrder.writeI32(b, v.eaction);
                HostOrder.writeI32(b, v.ifindex);
            });
}

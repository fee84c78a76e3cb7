package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.tc.Action;
import dev.jnetlink.codec.tc.TcOptions;
import java.util.List;

/**
 * A u32 filter's options ({@code tc filter add ... u32 match ip dst 10.0.0.2/32 flowid 1:10},
 * {@code ... action mirred egress redirect dev ifb0}). Components in the kernel's order
 * ({@code u32_dump}); requests are written in {@code tc}'s ({@link #REQUEST}: the selector last).
 *
 * @param divisor {@code TCA_U32_DIVISOR}: a hash table's buckets
 * @param sel {@code TCA_U32_SEL}
 * @param hash {@code TCA_U32_HASH}
 * @param classId {@code TCA_U32_CLASSID}
 * @param link {@code TCA_U32_LINK}
 * @param flags {@code TCA_U32_FLAGS}
 * @param mark {@code TCA_U32_MARK}, as sent
 * @param actions {@code TCA_U32_ACT}
 * @param police {@code TCA_U32_POLICE}, as sent
 * @param indev {@code TCA_U32_INDEV}
 * @param pcnt {@code TCA_U32_PCNT}, as sent
 * @param unknown attributes not modelled
 */
public record U32Options(Integer divisor, U32Selector sel, Integer hash, Integer classId,
        Integer link, Integer flags, Bytes mark, List<Action> actions, Bytes police, String indev,
        Bytes pcnt, List<RawAttribute> unknown) implements TcOptions {
    /** The {@code TCA_U32_*} table in the kernel's order. */
    public static final AttributeSetCodec<U32Options> CODEC = AttributeSetCodec
            .builder(U32Options.class, TcaU32.SPACE)
            .u32("divisor", TcaU32.DIVISOR)
            .attr("sel", TcaU32.SEL, U32Selector.CODEC)
            .u32("hash", TcaU32.HASH)
            .u32("classId", TcaU32.CLASSID)
            .u32("link", TcaU32.LINK)
            .u32("flags", TcaU32.FLAGS)
            .bytes("mark", TcaU32.MARK)
            .attr("actions", TcaU32.ACT, Action.LIST)
            .bytes("police", TcaU32.POLICE)
            .string("indev", TcaU32.INDEV)
            .bytes("pcnt", TcaU32.PCNT)
            .unknown("unknown")
            .build(v -> new U32Options(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next()));

    /** The same table in {@code tc}'s order: what the command line adds, the selector last. */
    public static final AttributeSetCodec<U32Options> REQUEST = CODEC.withEncodeOrder(
            "divisor", "hash", "link", "classId", "actions", "police", "indev", "mark", "flags",
            "pcnt", "sel");
}

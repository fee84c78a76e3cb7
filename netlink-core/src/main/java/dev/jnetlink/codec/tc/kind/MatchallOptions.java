package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.tc.Action;
import dev.jnetlink.codec.tc.TcOptions;
import java.util.List;

/**
 * A matchall filter's options ({@code tc filter add ... matchall [classid 1:10] [skip_hw]
 * action gact drop}), in the kernel's order ({@code mall_dump}); requests are written in
 * {@code tc}'s ({@link #REQUEST}: the flags after the actions).
 *
 * @param classId {@code TCA_MATCHALL_CLASSID}
 * @param flags {@code TCA_MATCHALL_FLAGS}: {@code TCA_CLS_FLAGS_SKIP_HW} 1, {@code _SKIP_SW} 2,
 *     and in replies {@code _IN_HW} 4, {@code _NOT_IN_HW} 8
 * @param pcnt {@code TCA_MATCHALL_PCNT}, as sent
 * @param actions {@code TCA_MATCHALL_ACT}
 * @param unknown attributes not modelled
 */
public record MatchallOptions(Integer classId, Integer flags, Bytes pcnt, List<Action> actions,
        List<RawAttribute> unknown) implements TcOptions {
    /** {@code TCA_CLS_FLAGS_SKIP_HW}. */
    public static final int SKIP_HW = 1;
    /** {@code TCA_CLS_FLAGS_SKIP_SW}. */
    public static final int SKIP_SW = 2;

    /** The {@code TCA_MATCHALL_*} table in the kernel's order. */
    public static final AttributeSetCodec<MatchallOptions> CODEC = AttributeSetCodec
            .builder(MatchallOptions.class, TcaMatchall.SPACE)
            .u32("classId", TcaMatchall.CLASSID)
            .u32("flags", TcaMatchall.FLAGS)
            .bytes("pcnt", TcaMatchall.PCNT)
            .attr("actions", TcaMatchall.ACT, Action.LIST)
            .unknown("unknown")
            .build(v -> new MatchallOptions(v.next(), v.next(), v.next(), v.next(), v.next()));

    /** The same table in {@code tc}'s order ({@code matchall_parse_opt}). */
    public static final AttributeSetCodec<MatchallOptions> REQUEST = CODEC.withEncodeOrder(
            "classId", "actions", "flags", "pcnt");
}

package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.tc.Action;
import dev.jnetlink.codec.tc.TcOptions;
import java.util.List;

/**
 * An fw filter's options ({@code tc filter add ... handle MARK[/MASK] fw classid 1:10}): the
 * mark it matches is the filter's handle ({@code tcm_handle}), not an attribute. Components in
 * the kernel's order ({@code fw_dump}); requests are written in {@code tc}'s ({@link #REQUEST}:
 * the mask first).
 *
 * @param classId {@code TCA_FW_CLASSID}
 * @param indev {@code TCA_FW_INDEV}
 * @param mask {@code TCA_FW_MASK}: sent by the kernel only when not {@code 0xffffffff}
 * @param police {@code TCA_FW_POLICE}, as sent
 * @param actions {@code TCA_FW_ACT}
 * @param unknown attributes not modelled
 */
public record FwOptions(Integer classId, String indev, Integer mask, Bytes police, List<Action> actions,
        List<RawAttribute> unknown) implements TcOptions {
    /** The {@code TCA_FW_*} table in the kernel's order. */
    public static final AttributeSetCodec<FwOptions> CODEC = AttributeSetCodec
            .builder(FwOptions.class, TcaFw.SPACE)
            .u32("classId", TcaFw.CLASSID)
            .string("indev", TcaFw.INDEV)
            .u32("mask", TcaFw.MASK)
            .bytes("police", TcaFw.POLICE)
            .attr("actions", TcaFw.ACT, Action.LIST)
            .unknown("unknown")
            .build(v -> new FwOptions(v.next(), v.next(), v.next(), v.next(), v.next(), v.next()));

    /** The same table in {@code tc}'s order ({@code fw_parse_opt}). */
    public static final AttributeSetCodec<FwOptions> REQUEST = CODEC.withEncodeOrder(
            "mask", "classId", "police", "actions", "indev");
}

package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.tc.Action;
import dev.jnetlink.codec.tc.TcOptions;
import java.util.List;

/**
 * A basic filter's options ({@code tc filter add ... basic [match EMATCH_TREE] [classid 1:10]
 * [action ...]}), in the kernel's order ({@code basic_dump}); requests are written in
 * {@code tc}'s ({@link #REQUEST}). The extended match tree is kept as sent.
 *
 * @param classId {@code TCA_BASIC_CLASSID}
 * @param pcnt {@code TCA_BASIC_PCNT}, as sent
 * @param police {@code TCA_BASIC_POLICE}, as sent
 * @param actions {@code TCA_BASIC_ACT}
 * @param ematches {@code TCA_BASIC_EMATCHES}, the nested tree as sent
 * @param unknown attributes not modelled
 */
public record BasicOptions(Integer classId, Bytes pcnt, Bytes police, List<Action> actions, Bytes ematches,
        List<RawAttribute> unknown) implements TcOptions {
    /** The {@code TCA_BASIC_*} table in the kernel's order. */
    public static final AttributeSetCodec<BasicOptions> CODEC = AttributeSetCodec
            .builder(BasicOptions.class, TcaBasic.SPACE)
            .u32("classId", TcaBasic.CLASSID)
            .bytes("pcnt", TcaBasic.PCNT)
            .bytes("police", TcaBasic.POLICE)
            .attr("actions", TcaBasic.ACT, Action.LIST)
            .bytes("ematches", TcaBasic.EMATCHES)
            .unknown("unknown")
            .build(v -> new BasicOptions(v.next(), v.next(), v.next(), v.next(), v.next(), v.next()));

    /** The same table in {@code tc}'s order for {@code basic match ... classid ... action ...}. */
    public static final AttributeSetCodec<BasicOptions> REQUEST = CODEC.withEncodeOrder(
            "ematches", "classId", "actions", "police", "pcnt");
}

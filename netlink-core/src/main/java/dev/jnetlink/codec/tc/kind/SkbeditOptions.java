package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.tc.TcOptions;
import java.util.List;

/**
 * An skbedit action's options ({@code action skbedit priority 1:10 mark 5/0xff queue_mapping 2
 * ptype host}), in the kernel's order ({@code tcf_skbedit_dump}); requests are written in
 * {@code tc}'s ({@link #REQUEST}).
 *
 * @param parms {@code TCA_SKBEDIT_PARMS}: {@code struct tc_skbedit}, whose {@code action} is the
 *     verdict ({@code pipe} by default)
 * @param priority {@code TCA_SKBEDIT_PRIORITY}
 * @param queueMapping {@code TCA_SKBEDIT_QUEUE_MAPPING}
 * @param mark {@code TCA_SKBEDIT_MARK}
 * @param ptype {@code TCA_SKBEDIT_PTYPE}: {@link #PACKET_HOST}, ...
 * @param mask {@code TCA_SKBEDIT_MASK}
 * @param queueMappingMax {@code TCA_SKBEDIT_QUEUE_MAPPING_MAX}
 * @param flags {@code TCA_SKBEDIT_FLAGS}
 * @param tm {@code TCA_SKBEDIT_TM} (replies), as sent
 * @param unknown attributes not modelled
 */
public record SkbeditOptions(TcGen parms, Integer priority, Integer queueMapping, Integer mark,
        Integer ptype, Integer mask, Integer queueMappingMax, Long flags, Bytes tm,
        List<RawAttribute> unknown) implements TcOptions {
    /** {@code PACKET_HOST}: {@code ptype host}. */
    public static final int PACKET_HOST = 0;
    /** {@code PACKET_BROADCAST}: {@code ptype broadcast}. */
    public static final int PACKET_BROADCAST = 1;
    /** {@code PACKET_MULTICAST}: {@code ptype multicast}. */
    public static final int PACKET_MULTICAST = 2;
    /** {@code PACKET_OTHERHOST}: {@code ptype otherhost}. */
    public static final int PACKET_OTHERHOST = 3;

    /** The {@code TCA_SKBEDIT_*} table in the kernel's order. */
    public static final AttributeSetCodec<SkbeditOptions> CODEC = AttributeSetCodec
            .builder(SkbeditOptions.class, TcaSkbedit.SPACE)
            .attr("parms", TcaSkbedit.PARMS, TcGen.codec("tc_skbedit"))
            .u32("priority", TcaSkbedit.PRIORITY)
            .u16("queueMapping", TcaSkbedit.QUEUE_MAPPING)
            .u32("mark", TcaSkbedit.MARK)
            .u16("ptype", TcaSkbedit.PTYPE)
            .u32("mask", TcaSkbedit.MASK)
            .u16("queueMappingMax", TcaSkbedit.QUEUE_MAPPING_MAX)
            .u64("flags", TcaSkbedit.FLAGS)
            .bytes("tm", TcaSkbedit.TM)
            .unknown("unknown")
            .build(v -> new SkbeditOptions(v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next()));

    /** The same table in {@code tc}'s order ({@code parse_skbedit}). */
    public static final AttributeSetCodec<SkbeditOptions> REQUEST = CODEC.withEncodeOrder(
            "parms", "queueMapping", "priority", "mark", "mask", "ptype", "flags",
            "queueMappingMax", "tm");
}

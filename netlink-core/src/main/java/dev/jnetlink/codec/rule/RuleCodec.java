package dev.jnetlink.codec.rule;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.DecodeException;
import dev.jnetlink.codec.MessageCodec;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;

/**
 * Decodes and encodes rule messages ({@code RTM_NEWRULE}, {@code RTM_DELRULE}):
 * {@code fib_rule_hdr} plus {@code FRA_*} attributes into a {@link Rule}.
 */
public final class RuleCodec {
    /** {@code FRA_TUN_ID}: a 64-bit value in network order. */
    private static final ValueCodec<Long> BE64 = ValueCodecs.struct(Long.class, "a __be64", 8,
            c -> c.buffer().getLong(c.valueIndex()), (w, v) -> w.buffer().writeLong(v));

    /** The {@code FRA_*} table in the kernel's order (Linux 6.18). */
    public static final AttributeSetCodec<Rule> ATTRIBUTES = AttributeSetCodec
            .builder(Rule.class, Fra.SPACE)
            .leading("header")
            .u32("table", Fra.TABLE)
            .u32("suppressPrefixlen", Fra.SUPPRESS_PREFIXLEN)
            .u8("protocol", Fra.PROTOCOL)
            .string("iifName", Fra.IIFNAME)
            .string("oifName", Fra.OIFNAME)
            .u32("priority", Fra.PRIORITY)
            .u32("fwmark", Fra.FWMARK)
            .u32("fwmask", Fra.FWMASK)
            .u32("target", Fra.GOTO)
            .attr("tunId", Fra.TUN_ID, BE64)
            .u8("l3mdev", Fra.L3MDEV)
            .attr("uidRange", Fra.UID_RANGE, UidRange.CODEC)
            .attr("sportRange", Fra.SPORT_RANGE, PortRange.CODEC)
            .u16("sportMask", Fra.SPORT_MASK)
            .attr("dportRange", Fra.DPORT_RANGE, PortRange.CODEC)
            .u16("dportMask", Fra.DPORT_MASK)
            .u8("ipProto", Fra.IP_PROTO)
            .u32("suppressIfgroup", Fra.SUPPRESS_IFGROUP)
            .inet("dst", Fra.DST)
            .inet("src", Fra.SRC)
            .u32("flow", Fra.FLOW)
            .u8("dscp", Fra.DSCP)
            .u8("dscpMask", Fra.DSCP_MASK)
            .be32("flowlabel", Fra.FLOWLABEL)
            .be32("flowlabelMask", Fra.FLOWLABEL_MASK)
            .unknown("unknown")
            .build(v -> new Rule(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next()));

    /** {@code fib_rule_hdr} then the attributes. */
    public static final MessageCodec<FibRuleHdr, Rule> MESSAGE = MessageCodec.of("fib_rule_hdr", FibRuleHdr.SIZE,
            FibRuleHdr::read, FibRuleHdr::write, Rule::header, ATTRIBUTES);

    private RuleCodec() {
    }

    /**
     * Decodes the rule message under the cursor.
     *
     * @param msg positioned on an {@code RTM_NEWRULE}/{@code RTM_DELRULE} message
     * @return the rule
     * @throws DecodeException if the message is malformed
     */
    public static Rule decode(MessageCursor msg) {
        return MESSAGE.decode(msg);
    }

    /**
     * Writes the payload of a rule message: {@code fib_rule_hdr} then the attributes.
     *
     * @param writer positioned after the netlink header
     * @param rule the rule
     */
    public static void encode(MessageWriter writer, Rule rule) {
        MESSAGE.encode(writer, rule);
    }
}

package dev.jnetlink.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.link.IfInfoMsg;
import dev.jnetlink.codec.link.Ifla;
import dev.jnetlink.codec.link.IflaInfo;
import dev.jnetlink.codec.route.Rta;
import dev.jnetlink.codec.route.Rtax;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The family descriptor: rtnetlink as one descriptor, and a second family (shaped like
 * nfnetlink: another protocol, a 4-byte fixed header, big-endian values, types with a
 * subsystem in the high byte) named, located and decoded through its own.
 */
class NetlinkFamilyTest {
    /** A stand-in for nftables' rule attributes, to keep this test inside core. */
    public static final class Rule {
        public static final int TABLE = 1;
        public static final int CHAIN = 2;
        public static final int HANDLE = 3;
        public static final int EXPRESSIONS = 4;
        static final AttributeSpace LIST = AttributeSpace.of("LIST", ListElem.class, ByteOrder.BIG_ENDIAN);
        static final AttributeSpace SPACE = AttributeSpace.of("NFTA_RULE", Rule.class, ByteOrder.BIG_ENDIAN)
                .withChild(EXPRESSIONS, LIST);
    }

    /** The list's one element type. */
    public static final class ListElem {
        public static final int ELEM = 1;
    }

    static final int NEWRULE = (10 << 8) | 6;
    static final NetlinkFamily NF = NetlinkFamily.builder("nfnetlink", 12, ByteOrder.BIG_ENDIAN)
            .message(NEWRULE, "NFT_MSG_NEWRULE", "nfgenmsg", 4, Rule.SPACE)
            .build();

    /** Decoded rule: handle is a be64 and table a string. */
    public record DecodedRule(String table, String chain, Long handle, List<RawAttribute> unknown) {
    }

    static final AttributeSetCodec<DecodedRule> RULE = AttributeSetCodec.builder(DecodedRule.class, Rule.SPACE)
            .string("table", Rule.TABLE)
            .string("chain", Rule.CHAIN)
            .u64("handle", Rule.HANDLE)
            .unknown("unknown")
            .build(v -> new DecodedRule(v.next(), v.next(), v.next(), v.next()));

    @Test
    void rtnetlinkIsOneDescriptor() {
        NetlinkFamily rt = Rtnetlink.FAMILY;
        assertThat(rt.protocol()).isZero();
        assertThat(rt.typeName(Rtm.NEWLINK)).isEqualTo("RTM_NEWLINK");
        assertThat(rt.typeName(Rtm.NEWQDISC)).isEqualTo("RTM_NEWQDISC");
        assertThat(rt.typeName(NlMsg.ERROR)).isEqualTo("NLMSG_ERROR");
        assertThat(rt.typeName(999)).isEqualTo("NLMSG_999");
        assertThat(rt.fixedHeaderSize(Rtm.NEWLINK)).isEqualTo(IfInfoMsg.SIZE);
        assertThat(rt.space(Rtm.GETLINK)).isSameAs(Ifla.SPACE);
        assertThat(rt.space(Rtm.NEWQDISC)).isSameAs(dev.jnetlink.codec.tc.Tca.SPACE);
        assertThat(rt.space(Rtm.GETNETCONF)).isNull();
        assertThat(MessageTypes.name(Rtm.DELROUTE)).isEqualTo("RTM_DELROUTE");
    }

    @Test
    void aSecondFamilyNamesItsOwnTypes() {
        assertThat(NF.typeName(NEWRULE)).isEqualTo("NFT_MSG_NEWRULE");
        assertThat(NF.typeName(NlMsg.DONE)).isEqualTo("NLMSG_DONE");
        assertThat(NF.typeName(Rtm.NEWLINK)).isEqualTo("NLMSG_16");
        assertThat(Rtnetlink.FAMILY.typeName(NEWRULE)).isEqualTo("NLMSG_2566");
        assertThat(NF.fixedHeaderSize(NEWRULE)).isEqualTo(4);
        assertThat(NF.valueOrder()).isEqualTo(ByteOrder.BIG_ENDIAN);
    }

    @Test
    void aFamilyRefusesSpacesOfAnotherByteOrderAndTypesDescribedTwice() {
        assertThatThrownBy(() -> NetlinkFamily.builder("x", 12, ByteOrder.BIG_ENDIAN)
                .message(NEWRULE, "NFT_MSG_NEWRULE", "nfgenmsg", 4, Ifla.SPACE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the IFLA space's values are");
        assertThatThrownBy(() -> NetlinkFamily.builder("x", 12, ByteOrder.BIG_ENDIAN)
                .message(NEWRULE, "A", null, 4, null).message(NEWRULE, "B", null, 4, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already described as A");
        assertThatThrownBy(() -> NetlinkFamily.builder("x", 12, ByteOrder.BIG_ENDIAN)
                .message(NlMsg.ERROR, "E", null, 0, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spacesAreImmutableAndTheirNestingIsDeclaredWithThem() {
        AttributeSpace plain = AttributeSpace.of("NFTA_RULE", Rule.class, ByteOrder.BIG_ENDIAN);
        AttributeSpace nested = plain.withChild(Rule.EXPRESSIONS, Rule.LIST);
        assertThat(plain.child(Rule.EXPRESSIONS)).isNull();
        assertThat(nested.child(Rule.EXPRESSIONS)).isSameAs(Rule.LIST);
        assertThat(Ifla.SPACE.child(Ifla.LINKINFO)).isSameAs(IflaInfo.SPACE);
        assertThat(Rta.SPACE.child(Rta.METRICS)).isSameAs(Rtax.SPACE);
    }

    /** A record for a codec that nests a set its space does not declare. */
    public record Outer(DecodedRule inner, List<RawAttribute> unknown) {
    }

    @Test
    void aCodecCannotNestWhatItsSpaceDoesNotDeclare() {
        assertThatThrownBy(() -> AttributeSetCodec.builder(Outer.class, Rule.SPACE)
                .nested("inner", Rule.CHAIN, RULE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NFTA_RULE_CHAIN holds NFTA_RULE")
                .hasMessageContaining("withChild");
    }

    private static ByteBuf rule(boolean withHandle) {
        ByteBuf b = Unpooled.buffer();
        MessageWriter w = new MessageWriter(b);
        int m = w.beginMessage(NEWRULE, NlMsg.F_REQUEST, 7);
        b.writeByte(2).writeByte(0).writeShort(0); // nfgenmsg: AF_INET, v0, res_id 0
        w.putString(Rule.TABLE, "nat");
        w.putString(Rule.CHAIN, "prerouting");
        if (withHandle) {
            w.putBe64(Rule.HANDLE, 7);
        } else {
            w.putBytes(Rule.HANDLE, new byte[] {1, 2, 3});
        }
        w.endMessage(m);
        return b;
    }

    @Test
    void valuesOfABigEndianSpaceDecodeAndEncodeInNetworkOrder() {
        ByteBuf in = rule(true);
        ByteBuf out = Unpooled.buffer();
        try {
            MessageCursor c = new MessageCursor().reset(in);
            assertThat(c.next()).isTrue();
            DecodedRule r = RULE.decode(c.attributes(NF));
            assertThat(r).isEqualTo(new DecodedRule("nat", "prerouting", 7L, List.of()));
            MessageWriter w = new MessageWriter(out);
            int m = w.beginMessage(NEWRULE, NlMsg.F_REQUEST, 7);
            out.writeByte(2).writeByte(0).writeShort(0);
            RULE.encode(w, r);
            w.endMessage(m);
            assertThat(io.netty.buffer.ByteBufUtil.getBytes(out))
                    .isEqualTo(io.netty.buffer.ByteBufUtil.getBytes(in));
        } finally {
            in.release();
            out.release();
        }
    }

    @Test
    void decodeErrorsNameTheMessageAsItsFamilyDoes() {
        ByteBuf in = rule(false);
        try {
            MessageCursor c = new MessageCursor().reset(in);
            c.next();
            assertThatThrownBy(() -> RULE.decode(c.attributes(NF)))
                    .isInstanceOf(DecodeException.class)
                    .hasMessage("in NFTA_RULE_HANDLE of NFT_MSG_NEWRULE at offset 44:"
                            + " NFTA_RULE_HANDLE is 3 bytes, too short for a be64 (8 bytes)");
            assertThat(c.typeName(NF)).isEqualTo("NFT_MSG_NEWRULE");
        } finally {
            in.release();
        }
    }

    @Test
    void theExtendedAckLocatorReadsTheFamilysHeaderAndSpace() {
        ByteBuf in = rule(true);
        try {
            // nlmsghdr 16 + nfgenmsg 4; NFTA_RULE_TABLE at 20 (8 bytes), NFTA_RULE_CHAIN at 28.
            assertThat(ExtAckLocator.locate(in, 0, 28, NF)).isEqualTo("NFTA_RULE_CHAIN");
            assertThat(ExtAckLocator.locate(in, 0, 20, NF)).isEqualTo("NFTA_RULE_TABLE");
            assertThat(ExtAckLocator.locate(in, 0, 28, Rtnetlink.FAMILY)).isNull();
        } finally {
            in.release();
        }
    }
}

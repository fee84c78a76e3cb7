package dev.jnetlink.codec.tc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.DecodeException;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.tc.kind.HtbClassOptions;
import dev.jnetlink.codec.tc.kind.HtbQdiscOptions;
import dev.jnetlink.codec.tc.kind.MirredOptions;
import dev.jnetlink.codec.tc.kind.MirredParms;
import dev.jnetlink.codec.tc.kind.NetemOptions;
import dev.jnetlink.codec.tc.kind.PrioOptions;
import dev.jnetlink.codec.tc.kind.TbfOptions;
import dev.jnetlink.codec.tc.kind.U32Options;
import dev.jnetlink.testing.Encoded;
import dev.jnetlink.testing.GoldenBytes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What Linux 6.18 answers to {@code tc -s -d qdisc/class/filter show} decodes to the values
 * {@code tc} printed for the same namespace (see the golden files), and the qdisc and class
 * replies re-encode to their own bytes.
 */
class TcReplyGoldenTest {
    private static final GoldenBytes QDISCS = GoldenBytes.load("golden/tc/qdisc-dump.hex");
    private static final GoldenBytes CLASSES = GoldenBytes.load("golden/tc/class-dump.hex");
    private static final GoldenBytes FILTERS = GoldenBytes.load("golden/tc/filter-dump.hex");

    @Test
    void decodesEveryQdiscKindOfTheDump() {
        List<TcObject> q = decode(QDISCS.bytes(1));
        assertThat(q).extracting(TcObject::kind)
                .containsExactly("noqueue", "tbf", "ingress", "htb", "pfifo", "pfifo_fast");
        // qdisc tbf 1: dev v1 root refcnt 3 rate 10Mbit burst 4Kb/1 mpu 0b lat 400ms
        TbfOptions tbf = q.get(1).options(TbfOptions.class);
        assertThat(tbf.rate()).isEqualTo(1_250_000);
        assertThat(tbf.parms().limit()).isEqualTo(504_096);
        assertThat(q.get(1).handle()).isEqualTo(TcHandle.parse("1:"));
        assertThat(q.get(1).parent()).isEqualTo(TcHandle.ROOT);
        // qdisc ingress ffff: dev v1 parent ffff:fff1
        assertThat(q.get(2).handle()).isEqualTo(TcHandle.INGRESS_QDISC);
        assertThat(q.get(2).parent()).isEqualTo(TcHandle.INGRESS);
        assertThat(q.get(2).options()).isEqualTo(new RawTcOptions(Bytes.EMPTY));
        // qdisc htb 1: dev v0 root refcnt 3 r2q 10 default 0x10 direct_packets_stat 0 ver 3.17 direct_qlen 1000
        HtbQdiscOptions htb = q.get(3).options(HtbQdiscOptions.class);
        assertThat(htb.init().defaultClass()).isEqualTo(0x10);
        assertThat(htb.init().rate2quantum()).isEqualTo(10);
        assertThat(htb.directQlen()).isEqualTo(1000);
        // Sent 280 bytes 4 pkt (dropped 0, overlimits 0 requeues 0), by the time of this dump
        assertThat(q.get(3).stats().bytes()).isEqualTo(280);
        assertThat(q.get(3).stats().packets()).isEqualTo(4);
        // qdisc pfifo_fast 0: dev ifb0 root refcnt 2 bands 3 priomap 1 2 2 2 1 2 0 0 1 1 1 1 1 1 1 1
        // qdisc pfifo 20: dev v0 parent 1:10 limit 100p
        assertThat(q.get(4).options(dev.jnetlink.codec.tc.kind.FifoOptions.class).limit()).isEqualTo(100);
        assertThat(q.get(4).parent()).isEqualTo(TcHandle.parse("1:10"));
        PrioOptions fast = q.get(5).options(PrioOptions.class);
        assertThat(fast.bands()).isEqualTo(3);
        assertThat(fast.priomap()).isEqualTo(PrioOptions.DEFAULT_PRIOMAP);
    }

    @Test
    void decodesAnHtbClassWithItsStatistics() {
        TcObject c = decode(CLASSES.bytes(0)).get(0);
        // class htb 1:10 root prio 1 rate 10Mbit ceil 20Mbit burst 1600b cburst 1600b
        assertThat(c.handle()).isEqualTo(TcHandle.parse("1:10"));
        HtbClassOptions o = c.options(HtbClassOptions.class);
        assertThat(o.rate()).isEqualTo(1_250_000);
        assertThat(o.ceil()).isEqualTo(2_500_000);
        assertThat(o.parms().prio()).isEqualTo(1);
        assertThat(c.stats().bytes()).isEqualTo(280);
        assertThat(c.stats().packets()).isEqualTo(4);
        assertThat(c.stats().app()).isEqualTo(c.xstats());
    }

    @Test
    void decodesAU32FilterWithAMirredRedirect() {
        List<TcObject> f = decode(FILTERS.bytes(1));
        assertThat(f).hasSize(3);
        assertThat(f).allSatisfy(x -> {
            assertThat(x.kind()).isEqualTo("u32");
            assertThat(x.header().filterPriority()).isEqualTo(1);
            assertThat(x.header().filterProtocol()).isEqualTo(0x0003);
            assertThat(x.chain()).isZero();
        });
        U32Options head = f.get(1).options(U32Options.class);
        assertThat(head.divisor()).isEqualTo(1);
        U32Options node = f.get(2).options(U32Options.class);
        assertThat(f.get(2).handle()).isEqualTo(0x80000800);
        assertThat(node.hash()).isEqualTo(0x80000000);
        assertThat(node.sel().keys()).hasSize(1);
        assertThat(node.actions()).hasSize(1);
        Action a = node.actions().get(0);
        assertThat(a.kind()).isEqualTo("mirred");
        MirredParms p = ((MirredOptions) a.options()).parms();
        assertThat(p.eaction()).isEqualTo(MirredParms.EGRESS_REDIRECT);
        assertThat(p.action()).isEqualTo(MirredParms.ACT_STOLEN);
        assertThat(p.ifindex()).isEqualTo(4);
        assertThat(a.stats()).isNotNull();
    }

    @Test
    void everyQdiscAndClassReplyReencodesToItsOwnBytes() {
        int checked = 0;
        for (GoldenBytes file : List.of(QDISCS, CLASSES)) {
            for (int i = 0; i < file.size(); i++) {
                ByteBuf buf = file.buffer(i);
                try {
                    MessageCursor m = new MessageCursor().reset(buf);
                    while (m.next()) {
                        if (m.type() != Rtm.NEWQDISC && m.type() != Rtm.NEWTCLASS) {
                            continue;
                        }
                        byte[] original = ByteBufUtil.getBytes(buf, m.offset(), m.length());
                        TcObject decoded = TcCodec.decode(m);
                        int type = m.type();
                        byte[] again = Encoded.message(type, m.flags(), m.seq(), m.pid(),
                                w -> TcCodec.encode(w, type, decoded));
                        assertThat(again).as(file.title(i)).isEqualTo(original);
                        checked++;
                    }
                } finally {
                    buf.release();
                }
            }
        }
        assertThat(checked).isEqualTo(7);
    }

    @Test
    void everyCapturedRequestReencodesToItsOwnBytes() {
        for (String name : List.of("qdisc-htb-add", "class-htb-add", "qdisc-tbf-add", "qdisc-ingress-add",
                "qdisc-pfifo-add", "qdisc-prio-add", "qdisc-netem-add", "qdisc-netem-full-add",
                "filter-u32-add", "filter-mirred-add")) {
            byte[] captured = GoldenBytes.load("golden/tc/" + name + ".hex").first("sendmsg");
            ByteBuf buf = Unpooled.wrappedBuffer(captured);
            MessageCursor m = new MessageCursor().reset(buf);
            assertThat(m.next()).isTrue();
            TcObject decoded = TcCodec.decode(m);
            int type = m.type();
            byte[] again = Encoded.message(type, m.flags(), m.seq(), m.pid(), w -> TcCodec.encode(w, type, decoded));
            assertThat(again).as(name).isEqualTo(captured);
        }
    }

    @Test
    void netemOptionsAfterTheStructureAreNotNested() {
        byte[] captured = GoldenBytes.load("golden/tc/qdisc-netem-full-add.hex").first("sendmsg");
        MessageCursor m = new MessageCursor().reset(Unpooled.wrappedBuffer(captured));
        m.next();
        NetemOptions n = TcCodec.decode(m).options(NetemOptions.class);
        assertThat(n.qopt().limit()).isEqualTo(2000);
        assertThat(n.latencyNanos()).isEqualTo(100_000_000);
        assertThat(n.jitterNanos()).isEqualTo(10_000_000);
        assertThat(TcCore.percent(n.corr().delay())).isCloseTo(25, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(n.reorder().probability()).isEqualTo(TcCore.probability(25));
        assertThat(n.qopt().gap()).isEqualTo(5);
        assertThat(n.ecn()).isEqualTo(1);
        assertThat(n.loss().ge().p()).isEqualTo(TcCore.probability(1));
        assertThat(n.rate().rate()).isEqualTo(125_000_000);
        assertThat(n.rate().packetOverhead()).isEqualTo(20);
        assertThat(n.slot().maxPackets()).isEqualTo(10);
        assertThat(n.unknown()).isEmpty();
    }

    @Test
    void anUnknownKindIsKeptRawAndAThirdPartyKindDecodesItsOptions() {
        byte[] msg = Encoded.message(Rtm.NEWQDISC, 0, 1, w -> {
            new TcMsg(0, 2, 0x10000, TcHandle.ROOT, 0).write(w.buffer());
            w.putString(Tca.KIND, "plugin_q");
            w.putU32(Tca.OPTIONS, 0x01020304);
        });
        TcObject raw = decode(msg).get(0);
        assertThat(raw.options()).isInstanceOf(RawTcOptions.class);
        assertThat(Encoded.message(Rtm.NEWQDISC, 0, 1, w -> TcCodec.encode(w, Rtm.NEWQDISC, raw))).isEqualTo(msg);

        ValueCodec<Weight> codec = ValueCodecs.struct(Weight.class, "weight", 4,
                c -> new Weight(c.u32()), (w, v) -> w.buffer().writeIntLE(v.value()));
        TcKinds.register(new QdiscKind() {
            public String name() {
                return "plugin_q";
            }

            public ValueCodec<? extends TcOptions> qdiscOptions() {
                return codec;
            }
        });
        try {
            TcObject typed = decode(msg).get(0);
            assertThat(typed.options()).isEqualTo(new Weight(0x01020304));
            assertThat(Encoded.message(Rtm.NEWQDISC, 0, 1, w -> TcCodec.encode(w, Rtm.NEWQDISC, typed)))
                    .isEqualTo(msg);
        } finally {
            TcKinds.unregister("plugin_q");
        }
    }

    @Test
    void aTruncatedNetemStructureIsADecodeException() {
        byte[] msg = Encoded.message(Rtm.NEWQDISC, 0, 1, w -> {
            new TcMsg(0, 2, 0x10000, TcHandle.ROOT, 0).write(w.buffer());
            w.putString(Tca.KIND, "netem");
            w.putU32(Tca.OPTIONS, 7);
        });
        assertThatThrownBy(() -> decode(msg)).isInstanceOf(DecodeException.class)
                .hasMessageContaining("tc_netem_qopt");
    }

    /** A third party's options record. @param value its one field */
    public record Weight(int value) implements TcOptions {
    }

    private static List<TcObject> decode(byte[] datagram) {
        ByteBuf buf = Unpooled.wrappedBuffer(datagram);
        MessageCursor m = new MessageCursor().reset(buf);
        List<TcObject> out = new ArrayList<>();
        while (m.next()) {
            if (m.type() == Rtm.NEWQDISC || m.type() == Rtm.NEWTCLASS || m.type() == Rtm.NEWTFILTER) {
                out.add(TcCodec.decode(m));
            }
        }
        return out;
    }
}

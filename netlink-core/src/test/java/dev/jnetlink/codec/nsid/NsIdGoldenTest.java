package dev.jnetlink.codec.nsid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.testing.Encoded;
import dev.jnetlink.testing.GoldenBytes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code ip netns set}, {@code ip netns list-id} and {@code ip netns list-id target-nsid},
 * byte for byte: what iproute2 6.1 sends and what Linux 6.18 answers (see the golden files).
 */
class NsIdGoldenTest {
    private static final GoldenBytes SET = GoldenBytes.load("golden/nsid/set.hex");
    private static final GoldenBytes LIST = GoldenBytes.load("golden/nsid/list-id.hex");
    private static final GoldenBytes TARGET = GoldenBytes.load("golden/nsid/list-id-target.hex");

    @Test
    void encodesTheAssignRequestAsIpNetnsSetDoes() {
        byte[] captured = SET.first("sendmsg");
        assertThat(request(Rtm.NEWNSID, captured, NsId.assign(6, 7))).isEqualTo(captured);
    }

    @Test
    void encodesTheGetByFdRequestAsIpDoes() {
        byte[] captured = LIST.first("sendmsg");
        assertThat(request(Rtm.GETNSID, captured, NsId.ofFd(6))).isEqualTo(captured);
    }

    @Test
    void encodesTheDumpRequestsAsIpNetnsListIdDoes() {
        byte[] plain = LIST.first("sendto");
        assertThat(request(Rtm.GETNSID, plain,
                new NsId(RtGenMsg.UNSPEC, null, null, null, null, null, List.of()))).isEqualTo(plain);
        byte[] targeted = TARGET.first("sendto");
        assertThat(request(Rtm.GETNSID, targeted,
                new NsId(RtGenMsg.UNSPEC, null, null, null, 7, null, List.of()))).isEqualTo(targeted);
    }

    @Test
    void decodesAnAssignedAndAnUnassignedId() {
        NsId assigned = decodeOnly(LIST.bytes(1));
        assertThat(assigned).isEqualTo(new NsId(RtGenMsg.UNSPEC, null, null, 7, null, null, List.of()));
        assertThat(assigned.isAssigned()).isTrue();

        NsId none = decodeOnly(LIST.bytes(3));
        assertThat(none.nsid()).isEqualTo(Netnsa.NSID_NOT_ASSIGNED);
        assertThat(none.isAssigned()).isFalse();
    }

    @Test
    void decodesADumpWithCurrentNsid() {
        List<NsId> plain = decodeDump(LIST.bytes(5));
        assertThat(plain).extracting(NsId::nsid).containsExactly(7);
        List<NsId> targeted = decodeDump(TARGET.bytes(1));
        assertThat(targeted).containsExactly(
                new NsId(RtGenMsg.UNSPEC, null, null, 3, null, 8, List.of()));
    }

    @Test
    void everyCapturedNsidMessageReencodesToItsOwnBytes() {
        int checked = 0;
        for (GoldenBytes file : List.of(SET, LIST, TARGET)) {
            for (int i = 0; i < file.size(); i++) {
                ByteBuf buf = file.buffer(i);
                try {
                    MessageCursor m = new MessageCursor().reset(buf);
                    while (m.next()) {
                        if (m.type() < Rtm.NEWNSID || m.type() > Rtm.GETNSID) {
                            continue;
                        }
                        byte[] original = ByteBufUtil.getBytes(buf, m.offset(), m.length());
                        NsId decoded = NsIdCodec.decode(m);
                        byte[] again = encode(m.type(), m.flags(), m.seq(), m.pid(), decoded);
                        assertThat(again).as(file.title(i)).isEqualTo(original);
                        checked++;
                    }
                } finally {
                    buf.release();
                }
            }
        }
        assertThat(checked).isEqualTo(9);
    }

    @Test
    void keepsAttributesItDoesNotKnow() {
        // NETNSA_NSID 5 followed by an attribute of type 9, which no kernel defines yet.
        byte[] msg = Encoded.message(Rtm.NEWNSID, 0, 1, w -> {
            RtGenMsg.UNSPEC.write(w.buffer());
            w.putU32(Netnsa.NSID, 5);
            w.putU32(9, 0x01020304);
        });
        NsId decoded = decodeOnly(msg);
        assertThat(decoded.nsid()).isEqualTo(5);
        assertThat(decoded.unknown()).hasSize(1);
        assertThat(decoded.unknown().get(0).type()).isEqualTo(9);
        assertThat(encode(Rtm.NEWNSID, 0, 1, 0, decoded)).isEqualTo(msg);
    }

    private static byte[] request(int type, byte[] captured, NsId body) {
        return Encoded.message(type, Encoded.flagsOf(captured), Encoded.seqOf(captured),
                w -> NsIdCodec.encode(w, body));
    }

    private static byte[] encode(int type, int flags, int seq, int pid, NsId value) {
        return Encoded.message(type, flags, seq, pid, w -> NsIdCodec.encode(w, value));
    }

    private static NsId decodeOnly(byte[] datagram) {
        List<NsId> all = decodeDump(datagram);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static List<NsId> decodeDump(byte[] datagram) {
        ByteBuf buf = Unpooled.wrappedBuffer(Arrays.copyOf(datagram, datagram.length));
        try {
            List<NsId> out = new ArrayList<>();
            MessageCursor m = new MessageCursor().reset(buf);
            while (m.next()) {
                if (m.type() == NlMsg.DONE) {
                    break;
                }
                out.add(NsIdCodec.decode(m));
            }
            return out;
        } finally {
            buf.release();
        }
    }
}

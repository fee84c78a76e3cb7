package dev.jnetlink.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.socket.Errno;
import dev.jnetlink.socket.NetlinkException;
import dev.jnetlink.testing.Encoded;
import dev.jnetlink.testing.GoldenBytes;
import io.netty.buffer.ByteBuf;
import org.junit.jupiter.api.Test;

/** The kernel's refusal of {@code ip link set dev v0 mtu 100000}, with its extended ack. */
class ErrorReplyGoldenTest {
    private static final GoldenBytes GOLDEN = GoldenBytes.load("golden/link/mtu-too-big-error.hex");

    @Test
    void decodesErrnoTheEchoedRequestAndTheKernelsMessage() {
        byte[] request = GOLDEN.first("sendmsg");
        ByteBuf buf = GOLDEN.buffer(1);
        try {
            MessageCursor m = new MessageCursor().reset(buf);
            assertThat(m.next()).isTrue();
            assertThat(m.type()).isEqualTo(NlMsg.ERROR);
            assertThat(m.flags()).isEqualTo(NlMsg.F_ACK_TLVS);
            ErrorReply er = ErrorReply.decode(m);
            assertThat(er.isAck()).isFalse();
            assertThat(er.error()).isEqualTo(-22);
            assertThat(er.requestType()).isEqualTo(Rtm.NEWLINK);
            assertThat(er.requestSeq()).isEqualTo(Encoded.seqOf(request));
            assertThat(er.requestFlags()).isEqualTo(Encoded.flagsOf(request));
            assertThat(er.message()).isEqualTo("mtu greater than device maximum");
            assertThat(er.offset()).isEqualTo(-1);
            assertThat(er.missingType()).isEqualTo(-1);
            assertThat(m.next()).isFalse();

            NetlinkException e = NetlinkException.of(Errno.of(er.error()), MessageTypes.name(er.requestType()),
                    "v0", er.message(), null);
            assertThat(e).hasMessage("RTM_NEWLINK v0: EINVAL (Invalid argument): mtu greater than device maximum");
        } finally {
            buf.release();
        }
    }

    @Test
    void namesTheAttributeAnOffsetPointsAt() {
        // The captured request: nlmsghdr, ifinfomsg, IFLA_MTU at offset 32.
        ByteBuf request = GOLDEN.buffer(0);
        try {
            assertThat(ExtAckLocator.locate(request, 0, 32, 16, dev.jnetlink.codec.link.Ifla.SPACE))
                    .isEqualTo("IFLA_MTU");
            assertThat(ExtAckLocator.locate(request, 0, 36, 16, dev.jnetlink.codec.link.Ifla.SPACE))
                    .isEqualTo("IFLA_MTU");
            assertThat(ExtAckLocator.locate(request, 0, 8, 16, dev.jnetlink.codec.link.Ifla.SPACE)).isNull();
            assertThat(ExtAckLocator.locate(request, 0, 400, 16, dev.jnetlink.codec.link.Ifla.SPACE)).isNull();
        } finally {
            request.release();
        }
    }

    @Test
    void namesNestedAttributesThroughTheKindRegistry() {
        ByteBuf request = GoldenBytes.load("golden/link/veth-create.hex").buffer(0);
        try {
            // 0x30: IFLA_LINKINFO header; 0x38: IFLA_INFO_KIND inside it.
            assertThat(ExtAckLocator.locate(request, 0, 0x2c, 16, dev.jnetlink.codec.link.Ifla.SPACE))
                    .isEqualTo("IFLA_LINKINFO");
            assertThat(ExtAckLocator.locate(request, 0, 0x30, 16, dev.jnetlink.codec.link.Ifla.SPACE))
                    .isEqualTo("IFLA_LINKINFO > IFLA_INFO_KIND");
            assertThat(ExtAckLocator.locate(request, 0, 0x38, 16, dev.jnetlink.codec.link.Ifla.SPACE))
                    .startsWith("IFLA_LINKINFO > IFLA_INFO_DATA");
        } finally {
            request.release();
        }
    }
}

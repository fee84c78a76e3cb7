package dev.jnetlink.socket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.AttributeSpace;
import dev.jnetlink.codec.ErrorReply;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.NetlinkFamily;
import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.testing.ControlMessages;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link RequestEngine#transact}: requests sent together in one datagram, answers mapped back
 * by sequence number, errors named through the requests' family, and what the kernel queued
 * after the last awaited answer taken too.
 */
class RequestEngineTransactTest {
    /** Stand-in attribute names for a rule message. */
    public static final class Rule {
        public static final int TABLE = 1;
        public static final int CHAIN = 2;
        static final AttributeSpace SPACE = AttributeSpace.of("NFTA_RULE", Rule.class, ByteOrder.BIG_ENDIAN);
    }

    static final int BEGIN = 0x10;
    static final int END = 0x11;
    static final int NEWRULE = (10 << 8) | 6;
    static final NetlinkFamily NF = NetlinkFamily.builder("nfnetlink", 12, ByteOrder.BIG_ENDIAN)
            .message(BEGIN, "NFNL_MSG_BATCH_BEGIN", "nfgenmsg", 4, null)
            .message(END, "NFNL_MSG_BATCH_END", "nfgenmsg", 4, null)
            .message(NEWRULE, "NFT_MSG_NEWRULE", "nfgenmsg", 4, Rule.SPACE)
            .build();

    private final ScriptedTransport kernel = new ScriptedTransport();
    private final RequestEngine engine = new RequestEngine(kernel, RequestEngine.Options.DEFAULT, 16, 41);

    @AfterEach
    void close() {
        engine.close();
    }

    private static Request control(int type) {
        return new Request(NF, type, 0, null, w -> w.buffer().writeInt(10));
    }

    private static Request rule(String chain, int flags) {
        return new Request(NF, NEWRULE, flags, "nat/" + chain + " handle 7", w -> {
            w.buffer().writeByte(2).writeByte(0).writeShort(0);
            w.putString(Rule.TABLE, "nat");
            w.putString(Rule.CHAIN, chain);
        });
    }

    @Test
    void sendsOneDatagramAndMapsEchoesAndErrorsToTheirRequests() {
        List<Request> batch = List.of(control(BEGIN), rule("prerouting", NlMsg.F_ECHO),
                rule("nochain", NlMsg.F_ECHO), rule("postrouting", NlMsg.F_ECHO | NlMsg.F_ACK),
                control(END));
        List<String> seen = new ArrayList<>();
        kernel.respond((r, k) -> {
            if (r.type() == END) {
                // As nfnetlink answers an aborted batch: the errors, then the last one's ack,
                // and something queued after that (a stale ack) that must be taken, not left.
                int first = r.seq() - 4;
                k.fromKernel(w -> ControlMessages.error(w, first + 2, new ErrorReply(-2, NEWRULE,
                        NlMsg.F_REQUEST, first + 2, null, 28, -1, -1)));
                k.fromKernel(w -> ControlMessages.ack(w, first + 3, NEWRULE));
                k.fromKernel(w -> ControlMessages.ack(w, first + 1, NEWRULE));
            }
        });
        engine.transact(batch, 1 << 20, new RequestEngine.Replies() {
            @Override
            public void message(int index, MessageCursor message) {
                seen.add("message " + index);
            }

            @Override
            public boolean acknowledged(int index, NetlinkException failure) {
                seen.add(index + ": " + (failure == null ? "ack" : failure.getMessage()));
                return index == 3;
            }
        });
        assertThat(seen).containsExactly(
                "2: NFT_MSG_NEWRULE nat/nochain handle 7: ENOENT (No such file or directory) [NFTA_RULE_CHAIN]",
                "3: ack", "1: ack");
        assertThat(kernel.sent()).extracting(ScriptedTransport.Sent::seq).containsExactly(42, 43, 44, 45, 46);
        assertThat(kernel.sent()).extracting(ScriptedTransport.Sent::flags).containsExactly(
                NlMsg.F_REQUEST, NlMsg.F_REQUEST | NlMsg.F_ECHO, NlMsg.F_REQUEST | NlMsg.F_ECHO,
                NlMsg.F_REQUEST | NlMsg.F_ECHO | NlMsg.F_ACK, NlMsg.F_REQUEST);
        assertThat(engine.datagramsSent()).isEqualTo(1);
        assertThat(kernel.pending()).isZero();
    }

    @Test
    void messagesThatAnswerNoRequestOfTheTransactionAreDropped() {
        kernel.respond((r, k) -> {
            if (r.type() == END) {
                k.fromKernel(w -> ControlMessages.ack(w, 7, NEWRULE));
                k.fromKernel(w -> ControlMessages.ack(w, r.seq() - 1, NEWRULE));
            }
        });
        List<Integer> acked = new ArrayList<>();
        engine.transact(List.of(control(BEGIN), rule("c", NlMsg.F_ACK), control(END)), 0,
                new RequestEngine.Replies() {
                    @Override
                    public void message(int index, MessageCursor message) {
                    }

                    @Override
                    public boolean acknowledged(int index, NetlinkException failure) {
                        acked.add(index);
                        return true;
                    }
                });
        assertThat(acked).containsExactly(1);
        assertThat(engine.droppedUnexpected()).isEqualTo(1);
    }
}

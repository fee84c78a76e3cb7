package dev.jnetlink.nftables.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.ErrorReply;
import dev.jnetlink.codec.ExtAckLocator;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.socket.Errno;
import dev.jnetlink.socket.NetlinkException;
import dev.jnetlink.testing.GoldenBytes;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kernel's refusals of a batch ({@code nft -e -f errors.nft}: a rule in a chain that does
 * not exist, a jump to one): one {@code NLMSG_ERROR} per failing message, by sequence number,
 * whose extended-ack offset the nfnetlink family turns into the attribute's name.
 */
class NftErrorGoldenTest {
    private static final GoldenBytes GOLDEN = GoldenBytes.load("golden/nft/errors.hex");

    @Test
    void eachRefusalNamesItsMessageAndTheAttributeAtFault() {
        ByteBuf batch = GOLDEN.buffer(sectionStarting("sendmsg"));
        List<String> errors = new ArrayList<>();
        try {
            for (int i = 0; i < GOLDEN.size(); i++) {
                if (!GOLDEN.title(i).startsWith("recvmsg")) {
                    continue;
                }
                ByteBuf in = GOLDEN.buffer(i);
                try {
                    MessageCursor m = new MessageCursor().reset(in);
                    while (m.next()) {
                        if (m.type() != NlMsg.ERROR) {
                            continue;
                        }
                        ErrorReply er = ErrorReply.decode(m);
                        int at = offsetOfSeq(batch, er.requestSeq());
                        String attribute = ExtAckLocator.locate(batch, at, er.offset(), Nfnetlink.FAMILY);
                        errors.add(NetlinkException.of(Errno.of(er.error()),
                                Nfnetlink.FAMILY.typeName(er.requestType()), "seq " + er.requestSeq(),
                                er.message(), attribute).getMessage());
                    }
                } finally {
                    in.release();
                }
            }
        } finally {
            batch.release();
        }
        assertThat(errors).containsExactly(
                "NFT_MSG_NEWRULE seq 4: ENOENT (No such file or directory) [NFTA_RULE_CHAIN]",
                "NFT_MSG_NEWRULE seq 5: ENOENT (No such file or directory)"
                        + " [NFTA_RULE_EXPRESSIONS > NFTA_LIST_ELEM]");
    }

    private static int sectionStarting(String prefix) {
        for (int i = 0; i < GOLDEN.size(); i++) {
            if (GOLDEN.title(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no " + prefix);
    }

    private static int offsetOfSeq(ByteBuf batch, int seq) {
        MessageCursor m = new MessageCursor().reset(batch);
        while (m.next()) {
            if (m.seq() == seq) {
                return m.offset();
            }
        }
        throw new AssertionError("no message with seq " + seq + " in the batch");
    }
}

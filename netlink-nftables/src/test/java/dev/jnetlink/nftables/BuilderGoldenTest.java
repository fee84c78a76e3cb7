package dev.jnetlink.nftables;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.nftables.codec.Nfnetlink;
import dev.jnetlink.socket.Request;
import dev.jnetlink.testing.GoldenBytes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The typed builders make what nft makes: {@code rulesets/builder.nft} built with
 * {@link RuleSpec}, {@link ChainSpec}, {@link SetSpec} and {@link TableSpec} gives, message for
 * message, the bytes of nft's batch for that file ({@code golden/nft/builder-batch.hex}),
 * netlink headers aside (the library asks for echoes and an ack; nft numbers from 0).
 */
class BuilderGoldenTest {
    @Test
    void theBuildersMakeNftsBatchByteForByte() {
        sameBytes("golden/nft/builder-batch.hex", BuilderRuleset.into(new Transaction(null)));
    }

    @Test
    void mapsAndTheirLookupsAreNftsBytesToo() {
        sameBytes("golden/nft/maps-batch.hex", MapsRuleset.into(new Transaction(null)));
    }

    private static void sameBytes(String golden, Transaction built) {
        List<byte[]> nft = messages(GoldenBytes.load(golden).first("sendmsg"));
        Transaction tx = built.learnHandles(false);
        List<byte[]> ours = new ArrayList<>();
        ByteBuf buf = Unpooled.buffer();
        try {
            MessageWriter w = new MessageWriter(buf);
            int seq = 0;
            for (Request r : tx.requests()) {
                int mark = w.beginMessage(r.type(), r.flags() | NlMsg.F_REQUEST, seq++);
                r.body().write(w);
                w.endMessage(mark);
            }
            ours = messages(ByteBufUtil.getBytes(buf));
        } finally {
            buf.release();
        }
        assertThat(ours).hasSameSizeAs(nft);
        for (int i = 0; i < nft.size(); i++) {
            byte[] a = nft.get(i);
            byte[] b = ours.get(i);
            assertThat(payload(b)).as("message %d, %s: %s", i, Nfnetlink.FAMILY.typeName(type(a)),
                    tx.requests().get(i).object()).isEqualTo(payload(a));
            assertThat(type(b)).isEqualTo(type(a));
            assertThat(flags(b) & ~NlMsg.F_ACK).as("flags of message %d", i).isEqualTo(flags(a));
        }
    }

    @Test
    void mapsRefuseValuesOfAnotherType() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MapSpec.of(TableSpec.ip("nat"), "m",
                SetKeyType.INET_SERVICE, MapValueType.VERDICT).element("22", "jump").build())
                .hasMessage("\"jump\": jump takes a chain");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MapSpec.of(TableSpec.ip("nat"), "m",
                SetKeyType.INET_SERVICE, MapValueType.IPV4_ADDR_AND_SERVICE).element("22", "::1 . 80").build())
                .hasMessage("\"::1 . 80\": the address is not IPv4");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MapSpec.of(TableSpec.ip("nat"), "m",
                SetKeyType.INET_SERVICE, MapValueType.VERDICT).element("22", "accept").element("22", "drop").build())
                .hasMessage("map nat/m: key 22 is given twice");
    }

    @Test
    void theRulesPrintAsNftListsThem() {
        Transaction tx = BuilderRuleset.into(new Transaction(null));
        List<String> lines = new ArrayList<>();
        for (Request r : tx.requests()) {
            String o = r.object();
            if (o != null && o.contains(" rule \"")) {
                lines.add(o.substring(o.indexOf(" rule \"") + 7, o.length() - 1));
            }
        }
        assertThat(lines).contains(
                "fib daddr type local counter packets 0 bytes 0 jump docker",
                "ip daddr != 127.0.0.0/8 fib daddr type local jump docker",
                "ip saddr 172.17.0.0/16 oifname != \"docker0\" masquerade",
                "tcp dport 1000-2000 masquerade to :1024-65535",
                "ip saddr 10.1.0.0/20 snat to 192.168.1.1",
                "ip saddr 10.2.0.0/24 tcp sport 1234 snat to 192.168.1.1:2000",
                "iifname != \"docker0\" tcp dport 8080 counter packets 0 bytes 0 dnat to 172.17.0.2:80",
                "tcp dport @pubports redirect to :8080",
                "ct state established,related accept",
                "tcp dport 22 limit rate 10/second log prefix \"in: \" accept comment \"ssh\"",
                "meta l4proto icmp accept",
                "ip saddr 10.0.0.0-10.0.0.100 drop",
                "ip6 saddr 2001:db8::/32 tcp sport 443 goto other",
                "tcp dport { 22, 80 } accept");
    }

    private static List<byte[]> messages(byte[] datagram) {
        List<byte[]> out = new ArrayList<>();
        ByteBuf b = Unpooled.wrappedBuffer(datagram);
        try {
            MessageCursor m = new MessageCursor().reset(b);
            while (m.next()) {
                out.add(Arrays.copyOfRange(datagram, m.offset(), m.offset() + m.length()));
            }
        } finally {
            b.release();
        }
        return out;
    }

    private static byte[] payload(byte[] m) {
        return Arrays.copyOfRange(m, 16, m.length);
    }

    private static int type(byte[] m) {
        return (m[4] & 0xff) | (m[5] & 0xff) << 8;
    }

    private static int flags(byte[] m) {
        return (m[6] & 0xff) | (m[7] & 0xff) << 8;
    }
}

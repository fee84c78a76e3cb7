package dev.jnetlink.rtnl.view.tc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.tc.TcCodec;
import dev.jnetlink.codec.tc.TcObject;
import dev.jnetlink.codec.tc.kind.BpfOptions;
import dev.jnetlink.internal.BpfSyscalls;
import dev.jnetlink.rtnl.view.LinkNames;
import dev.jnetlink.testing.Encoded;
import dev.jnetlink.testing.GoldenBytes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What Linux 6.18 answered to {@code tc filter show dev v1 ingress} for a bpf filter (golden file)
 * decodes to the program's id, tag and name, encodes back to the same value, and prints as
 * {@code tc} printed it; the program's name and tag come from the kernel by its id, here from a
 * stand-in with what the kernel said then ({@code BpfIT} compares with {@code tc} live).
 */
class BpfViewTest {
    private static final BpfSyscalls.ProgInfo PROGRAM = new BpfSyscalls.ProgInfo(97, "jnl_ok", "59f4a931744dcdc6", true,
            39_025_160_698_656L, 0, 0);

    private static List<TcObject> dump() {
        GoldenBytes g = GoldenBytes.load("golden/tc/filter-bpf-dump.hex");
        List<TcObject> out = new ArrayList<>();
        ByteBuf buf = g.buffer(0);
        try {
            MessageCursor m = new MessageCursor().reset(buf);
            while (m.next()) {
                assertThat(m.type()).isEqualTo(Rtm.NEWTFILTER);
                TcObject o = TcCodec.decode(m);
                byte[] again = Encoded.message(m.type(), m.flags(), m.seq(), m.pid(),
                        w -> TcCodec.encode(w, Rtm.NEWTFILTER, o));
                // encoded in tc's order (the kind's codec writes requests): the same value back
                MessageCursor back = new MessageCursor().reset(Unpooled.wrappedBuffer(again));
                assertThat(back.next()).isTrue();
                assertThat(TcCodec.decode(back)).isEqualTo(o);
                out.add(o);
            }
        } finally {
            buf.release();
        }
        return out;
    }

    private static String print(TcObject f, BpfView view, boolean details) {
        StringBuilder sb = new StringBuilder();
        view.printFilter(f.handle(), f.options(), new TcPrinter(sb, details, false, LinkNames.named(i -> null)));
        return sb.toString();
    }

    @Test
    void dumpDecodesToTheProgramAndPrintsAsTc() {
        List<TcObject> filters = dump();
        assertThat(filters).hasSize(2);
        assertThat(filters.get(0).options()).isNull();
        TcObject f = filters.get(1);
        BpfOptions o = f.options(BpfOptions.class);
        assertThat(o.id()).isEqualTo(97);
        assertThat(o.tag()).isEqualTo(Bytes.fromHex("59f4a931744dcdc6"));
        assertThat(o.name()).isEqualTo("jnl_golden_ok:[*fsobj]");
        assertThat(o.flags()).isEqualTo(BpfOptions.ACT_DIRECT);
        assertThat(o.flagsGen()).isEqualTo(8);
        assertThat(o.fd()).isNull();
        assertThat(print(f, new BpfView(id -> id == 97 ? PROGRAM : null), false)).isEqualTo(
                "handle 0x1 flowid 1:10 jnl_golden_ok:[*fsobj] direct-action not_in_hw id 97 name jnl_ok"
                        + " tag 59f4a931744dcdc6 jited ");
        assertThat(print(f, new BpfView(id -> id == 97 ? PROGRAM : null), true)).endsWith(
                "jited load_time 39025160698656 created_by_uid 0 ");
    }

    @Test
    void withoutTheProgramItPrintsTheIdAndTheFiltersTagAsTcDoes() {
        assertThat(print(dump().get(1), new BpfView(id -> null), false)).isEqualTo(
                "handle 0x1 flowid 1:10 jnl_golden_ok:[*fsobj] direct-action not_in_hw id 97 tag 59f4a931744dcdc6 ");
    }

    @Test
    void aClassicProgramPrintsItsBytecode() {
        ByteBuffer ops = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder());
        ops.putShort((short) 6).put((byte) 0).put((byte) 0).putInt(0xffff)
           .putShort((short) 0x15).put((byte) 1).put((byte) 2).putInt(7);
        BpfOptions o = new BpfOptions(null, 2, Bytes.of(ops.array()), null, null, null, null, null, null, null, null,
                List.of());
        StringBuilder sb = new StringBuilder();
        new BpfView(id -> null).printFilter(0, o, new TcPrinter(sb, false, false, LinkNames.named(i -> null)));
        assertThat(sb.toString()).isEqualTo("bytecode '2,6 0 0 65535,21 1 2 7'");
    }
}

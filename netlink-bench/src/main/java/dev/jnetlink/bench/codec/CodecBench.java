package dev.jnetlink.bench.codec;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.addr.Address;
import dev.jnetlink.codec.addr.AddressCodec;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.LinkCodec;
import dev.jnetlink.codec.route.Route;
import dev.jnetlink.codec.route.RouteCodec;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decode and encode of one kernel message per family, from captured kernel replies
 * ({@code src/main/resources/captures/}): a veth's {@code RTM_NEWLINK} (1,496 bytes), an IPv4
 * {@code RTM_NEWADDR} (80 bytes) and an IPv4 gateway {@code RTM_NEWROUTE} (60 bytes). And, per
 * link, the decode of a whole link dump in turn (lo and 16 veth pairs as W1 makes them): a cursor
 * shares values that repeat from link to link, so decoding one message again and again flatters
 * it, and the dump says what a link costs when its neighbours differ as they do.
 *
 * <p>Decode reads from a direct buffer, as the request engine receives; encode writes the
 * decoded record back into a cleared direct buffer, header included. Setup checks that the
 * encoding gives back the captured bytes, so the benchmark measures the real round trip.
 *
 * <pre>
 * java -jar netlink-bench/target/benchmarks.jar -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class CodecBench {
    private final MessageCursor cursor = new MessageCursor();
    /** Links in {@code link-dump-veth.hex}. */
    static final int DUMP_LINKS = 33;

    private ByteBuf link;
    private ByteBuf dump;
    private ByteBuf addr;
    private ByteBuf route;
    private ByteBuf out;
    private MessageWriter writer;
    private Link linkValue;
    private Address addrValue;
    private Route routeValue;

    /** Loads the captures and checks that each re-encodes to its bytes. */
    @Setup
    public void setup() {
        link = direct(Captures.load("link-veth.hex"));
        dump = direct(Captures.load("link-dump-veth.hex"));
        addr = direct(Captures.load("addr-ipv4.hex"));
        route = direct(Captures.load("route-ipv4.hex"));
        out = Unpooled.directBuffer(4096);
        writer = new MessageWriter(out);
        linkValue = decodeLink();
        addrValue = decodeAddress();
        routeValue = decodeRoute();
        check(link, encodeLink());
        check(addr, encodeAddress());
        check(route, encodeRoute());
        checkDump();
    }

    private void checkDump() {
        MessageCursor m = new MessageCursor().reset(dump);
        int n = 0;
        while (m.next()) {
            ByteBuf one = dump.slice(m.offset(), m.length());
            check(one, reencode(m, LinkCodec.decode(m)));
            n++;
        }
        if (n != DUMP_LINKS) {
            throw new IllegalStateException("link-dump-veth.hex holds " + n + " links, not "
                    + DUMP_LINKS);
        }
    }

    private ByteBuf reencode(MessageCursor m, Link value) {
        out.clear();
        int mark = writer.beginMessage(m.type(), m.flags(), m.seq(), m.pid());
        LinkCodec.encode(writer, value);
        return end(mark);
    }

    private static ByteBuf direct(byte[] bytes) {
        ByteBuf b = Unpooled.directBuffer(bytes.length);
        b.writeBytes(bytes);
        return b;
    }

    // The header's type, flags, seq and pid are copied from the capture by encode: everything
    // must come back byte for byte.
    private static void check(ByteBuf expected, ByteBuf actual) {
        byte[] e = new byte[expected.readableBytes()];
        expected.getBytes(expected.readerIndex(), e);
        byte[] a = new byte[actual.readableBytes()];
        actual.getBytes(actual.readerIndex(), a);
        if (!Arrays.equals(e, a)) {
            throw new IllegalStateException("re-encoding does not give back the capture: "
                    + e.length + " bytes captured, " + a.length + " encoded");
        }
    }

    /** Releases the buffers. */
    @TearDown
    public void tearDown() {
        link.release();
        dump.release();
        addr.release();
        route.release();
        out.release();
    }

    private MessageCursor at(ByteBuf buf) {
        cursor.reset(buf);
        cursor.next();
        return cursor;
    }

    private int begin(ByteBuf captured) {
        MessageCursor m = at(captured);
        out.clear();
        return writer.beginMessage(m.type(), m.flags(), m.seq(), m.pid());
    }

    private ByteBuf end(int mark) {
        writer.endMessage(mark);
        return out;
    }

    /** @return the veth link, decoded */
    @Benchmark
    public Link decodeLink() {
        return LinkCodec.decode(at(link));
    }

    /**
     * Decodes every link of the dump in turn, with one cursor as the engine does; JMH reports
     * the time per link.
     *
     * @param consumer takes each link, so that none is optimised away
     */
    @Benchmark
    @OperationsPerInvocation(DUMP_LINKS)
    public void decodeLinkDump(Blackhole consumer) {
        cursor.reset(dump);
        while (cursor.next()) {
            consumer.consume(LinkCodec.decode(cursor));
        }
    }

    /** @return the buffer holding the re-encoded link message */
    @Benchmark
    public ByteBuf encodeLink() {
        int mark = begin(link);
        LinkCodec.encode(writer, linkValue);
        return end(mark);
    }

    /** @return the address, decoded */
    @Benchmark
    public Address decodeAddress() {
        return AddressCodec.decode(at(addr));
    }

    /** @return the buffer holding the re-encoded address message */
    @Benchmark
    public ByteBuf encodeAddress() {
        int mark = begin(addr);
        AddressCodec.encode(writer, addrValue);
        return end(mark);
    }

    /** @return the route, decoded */
    @Benchmark
    public Route decodeRoute() {
        return RouteCodec.decode(at(route));
    }

    /** @return the buffer holding the re-encoded route message */
    @Benchmark
    public ByteBuf encodeRoute() {
        int mark = begin(route);
        RouteCodec.encode(writer, routeValue);
        return end(mark);
    }
}

package dev.jnetlink.codec.link;

import dev.jnetlink.codec.AttributeCursor;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Interface counters: {@code struct rtnl_link_stats64} ({@code IFLA_STATS64}, 8-byte counters)
 * or {@code struct rtnl_link_stats} ({@code IFLA_STATS}, 4-byte counters). Kernels add
 * counters at the end over time; all the counters sent are kept, and a counter this kernel
 * did not send reads 0. What {@code ip -s link show} prints.
 *
 * <p>The counters are kept as the kernel sent them, in a {@link Bytes} that holds only the
 * non-zero ones (most are zero), and read when asked for.
 */
public final class LinkStats {
    private static final String[] NAMES = {"rx_packets", "tx_packets", "rx_bytes", "tx_bytes",
        "rx_errors", "tx_errors", "rx_dropped", "tx_dropped", "multicast", "collisions",
        "rx_length_errors", "rx_over_errors", "rx_crc_errors", "rx_frame_errors",
        "rx_fifo_errors", "rx_missed_errors", "tx_aborted_errors", "tx_carrier_errors",
        "tx_fifo_errors", "tx_heartbeat_errors", "tx_window_errors", "rx_compressed",
        "tx_compressed", "rx_nohandler", "rx_otherhost_dropped"};
    private static final ByteOrder HOST = ByteOrder.nativeOrder();

    /** Codec for {@code IFLA_STATS64}. */
    public static final ValueCodec<LinkStats> CODEC64 = codec(8);
    /** Codec for {@code IFLA_STATS}. */
    public static final ValueCodec<LinkStats> CODEC32 = codec(4);

    private final int width;
    private final Bytes raw;

    private LinkStats(int width, Bytes raw) {
        this.width = width;
        this.raw = raw;
    }

    /**
     * @param width 8 for 64-bit counters, 4 for 32-bit
     * @param counters in kernel order, copied
     * @return the stats
     */
    public static LinkStats of(int width, long... counters) {
        if (width != 4 && width != 8) {
            throw new IllegalArgumentException("width is 4 or 8, got " + width);
        }
        ByteBuffer b = ByteBuffer.allocate(counters.length * width).order(HOST);
        for (long v : counters) {
            if (width == 8) {
                b.putLong(v);
            } else {
                b.putInt((int) v);
            }
        }
        return new LinkStats(width, Bytes.of(b.array()));
    }

    private static ValueCodec<LinkStats> codec(int width) {
        return ValueCodecs.struct(LinkStats.class, c -> read(c, width),
                (w, s) -> s.raw.writeTo(w.buffer()));
    }

    private static LinkStats read(AttributeCursor c, int width) {
        if (c.length() % width != 0) {
            throw c.error(c.name() + " is " + c.length() + " bytes, not a whole number of "
                    + width + "-byte counters");
        }
        return new LinkStats(width, c.bytes());
    }

    private long get(int i) {
        if (i >= count()) {
            return 0;
        }
        return width == 8 ? raw.getLong(8 * i, HOST) : Integer.toUnsignedLong(raw.getInt(4 * i, HOST));
    }

    /** @return 8 for {@code rtnl_link_stats64}, 4 for {@code rtnl_link_stats} */
    public int width() {
        return width;
    }

    /** @return how many counters the kernel sent */
    public int count() {
        return raw.length() / width;
    }

    /**
     * @param index position in the kernel structure
     * @return the counter, 0 if not sent
     */
    public long counter(int index) {
        return get(index);
    }

    /** @return packets received */
    public long rxPackets() {
        return get(0);
    }

    /** @return packets sent */
    public long txPackets() {
        return get(1);
    }

    /** @return bytes received */
    public long rxBytes() {
        return get(2);
    }

    /** @return bytes sent */
    public long txBytes() {
        return get(3);
    }

    /** @return receive errors */
    public long rxErrors() {
        return get(4);
    }

    /** @return transmit errors */
    public long txErrors() {
        return get(5);
    }

    /** @return received packets dropped */
    public long rxDropped() {
        return get(6);
    }

    /** @return packets dropped on send */
    public long txDropped() {
        return get(7);
    }

    /** @return multicast packets received */
    public long multicast() {
        return get(8);
    }

    /** @return collisions */
    public long collisions() {
        return get(9);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkStats s && s.width == width && s.raw.equals(raw);
    }

    @Override
    public int hashCode() {
        return width * 31 + raw.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(width == 8 ? "stats64{" : "stats{");
        for (int i = 0; i < count(); i++) {
            long v = get(i);
            if (v != 0) {
                if (sb.charAt(sb.length() - 1) != '{') {
                    sb.append(", ");
                }
                sb.append(i < NAMES.length ? NAMES[i] : "counter" + i).append('=').append(v);
            }
        }
        return sb.append('}').toString();
    }
}

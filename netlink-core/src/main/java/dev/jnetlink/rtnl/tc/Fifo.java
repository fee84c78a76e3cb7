package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.FifoOptions;

/** The fifo qdiscs: {@code tc qdisc add ... pfifo limit N} and {@code ... bfifo limit BYTES}. */
public final class Fifo implements QdiscSpec {
    private final String kind;
    private final long limit;

    private Fifo(String kind, long limit) {
        this.kind = kind;
        this.limit = limit;
    }

    /** @param packets the queue's length ({@code pfifo limit N}) @return the qdisc */
    public static Fifo pfifo(long packets) {
        return new Fifo("pfifo", Rates.positive("pfifo limit", packets));
    }

    /** @param bytes the queue's size ({@code bfifo limit BYTES}) @return the qdisc */
    public static Fifo bfifo(long bytes) {
        return new Fifo("bfifo", Rates.positive("bfifo limit", bytes));
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public TcOptions options() {
        return new FifoOptions(limit);
    }
}

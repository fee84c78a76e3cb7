package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.tc.QdiscKind;
import dev.jnetlink.codec.tc.TcOptions;

/** The fifo qdiscs: {@code pfifo}, {@code bfifo}, {@code pfifo_head_drop}. */
public abstract class FifoKind implements QdiscKind {
    private final String name;

    FifoKind(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final ValueCodec<? extends TcOptions> qdiscOptions() {
        return FifoOptions.CODEC;
    }

    /** {@code pfifo}: a limit in packets. */
    public static final class Pfifo extends FifoKind {
        /** For {@link java.util.ServiceLoader}. */
        public Pfifo() {
            super("pfifo");
        }
    }

    /** {@code bfifo}: a limit in bytes. */
    public static final class Bfifo extends FifoKind {
        /** For {@link java.util.ServiceLoader}. */
        public Bfifo() {
            super("bfifo");
        }
    }

    /** {@code pfifo_head_drop}: drops the oldest packet when full. */
    public static final class PfifoHeadDrop extends FifoKind {
        /** For {@link java.util.ServiceLoader}. */
        public PfifoHeadDrop() {
            super("pfifo_head_drop");
        }
    }
}

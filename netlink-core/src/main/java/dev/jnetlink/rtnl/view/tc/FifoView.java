package dev.jnetlink.rtnl.view.tc;

import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.FifoOptions;
import java.util.List;

/**
 * The fifos as {@code q_fifo.c} prints them: {@code limit 100p} for {@code pfifo} and
 * {@code pfifo_head_drop}, {@code limit 10000b} for {@code bfifo}.
 */
public final class FifoView implements TcKindView {
    /** For {@link java.util.ServiceLoader}. */
    public FifoView() {
    }

    @Override
    public List<String> qdiscKinds() {
        return List.of("pfifo", "bfifo", "pfifo_head_drop");
    }

    @Override
    public void printQdisc(TcOptions options, TcPrinter out) {
        if (options instanceof FifoOptions o) {
            // q_fifo.c tells bfifo from the others by the kind's name; the limit's unit is all
            // that differs, and only bfifo counts bytes
            out.append("limit ").append(out.kind().equals("bfifo") ? TcPrinter.size(o.limit()) : o.limit() + "p");
        }
    }
}

package dev.jnetlink.rtnl.view.tc;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.PrioOptions;
import java.util.List;

/**
 * {@code prio}, and {@code pfifo_fast} which {@code tc} prints the same way ({@code q_prio.c}):
 * {@code bands 3 priomap 1 2 2 2 1 2 0 0 1 1 1 1 1 1 1 1}.
 */
public final class PrioView implements TcKindView {
    /** {@code TCA_PRIO_MQ} inside the compat nest. */
    private static final int TCA_PRIO_MQ = 1;

    /** For {@link java.util.ServiceLoader}. */
    public PrioView() {
    }

    @Override
    public List<String> qdiscKinds() {
        return List.of("prio", "pfifo_fast");
    }

    @Override
    public void printQdisc(TcOptions options, TcPrinter out) {
        if (!(options instanceof PrioOptions o)) {
            return;
        }
        out.append("bands ").append(Integer.toUnsignedString(o.bands())).append(" priomap");
        for (int i = 0; i < o.priomap().length(); i++) {
            out.append(' ').append(o.priomap().get(i));
        }
        Integer mq = multiqueue(o.compat());
        if (mq != null) {
            out.append(" multiqueue: ").append(mq != 0 ? "on" : "off").append(' ');
        }
    }

    // parse_rtattr_nested_compat: a nest after the structure, whose attributes are read
    private static Integer multiqueue(Bytes compat) {
        if (compat.length() < 4) {
            return null;
        }
        int nestLength = Math.min(u16(compat, 0), compat.length());
        for (int i = 4; i + 4 <= nestLength; ) {
            int len = u16(compat, i);
            int type = u16(compat, i + 2) & 0x3fff;
            if (len < 4 || i + len > nestLength) {
                return null;
            }
            if (type == TCA_PRIO_MQ && len > 4) {
                return compat.get(i + 4);
            }
            i += (len + 3) & ~3;
        }
        return null;
    }

    private static int u16(Bytes b, int i) {
        return HostOrder.LITTLE_ENDIAN ? b.get(i) | b.get(i + 1) << 8 : b.get(i) << 8 | b.get(i + 1);
    }
}

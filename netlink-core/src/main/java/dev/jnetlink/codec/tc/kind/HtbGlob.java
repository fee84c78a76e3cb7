package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;

/**
 * {@code struct tc_htb_glob}: an htb qdisc's settings.
 *
 * @param version 3 ({@code HTB_VER >> 16})
 * @param rate2quantum {@code r2q}: divides a class's rate into its default quantum
 * @param defaultClass {@code defcls}: the minor of the class unclassified traffic goes to
 * @param debug unused
 * @param directPackets packets sent directly (not classified), in replies
 */
public record HtbGlob(int version, int rate2quantum, int defaultClass, int debug, int directPackets) {
    /** Size on the wire. */
    public static final int SIZE = 20;
    static final ValueCodec<HtbGlob> CODEC = ValueCodecs.struct(HtbGlob.class, "tc_htb_glob", SIZE,
            c -> new HtbGlob(HostOrder.getI32(c.buffer(), c.valueIndex()),
                    HostOrder.getI32(c.buffer(), c.valueIndex() + 4),
                    HostOrder.getI32(c.buffer(), c.valueIndex() + 8),
                    HostOrder.getI32(c.buffer(), c.valueIndex() + 12),
                    HostOrder.getI32(c.buffer(), c.valueIndex() + 16)),
            (w, v) -> {
                HostOrder.writeI32(w.buffer(), v.version);
                HostOrder.writeI32(w.buffer(), v.rate2quantum);
                HostOrder.writeI32(w.buffer(), v.defaultClass);
                HostOrder.writeI32(w.buffer(), v.debug);
                HostOrder.writeI32(w.buffer(), v.directPackets);
            });
}

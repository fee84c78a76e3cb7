package dev.jnetlink.codec.rule;

import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;

/**
 * {@code struct fib_rule_port_range} ({@code FRA_SPORT_RANGE}, {@code FRA_DPORT_RANGE}).
 *
 * @param start first port
 * @param end last port
 */
public record PortRange(int start, int end) {
    /** Reads and writes the 4-byte structure (two host-order u16). */
    public static final ValueCodec<PortRange> CODEC = ValueCodecs.struct(PortRange.class,
            "fib_rule_port_range", 4,
            c -> new PortRange(HostOrder.getU16(c.buffer(), c.valueIndex()),
                    HostOrder.getU16(c.buffer(), c.valueIndex() + 2)),
            (w, v) -> {
                HostOrder.writeU16(w.buffer(), v.start);
                HostOrder.writeU16(w.buffer(), v.end);
            });

    /** @return {@code START} or {@code START-END}, as {@code ip rule} prints it */
    @Override
    public String toString() {
        return start == end ? Integer.toString(start) : start + "-" + end;
    }
}

package dev.jnetlink.codec.rule;

import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;

/**
 * {@code struct fib_rule_uid_range} ({@code FRA_UID_RANGE}).
 *
 * @param start first uid
 * @param end last uid
 */
public record UidRange(int start, int end) {
    /** Reads and writes the 8-byte structure (two host-order u32). */
    public static final ValueCodec<UidRange> CODEC = ValueCodecs.struct(UidRange.class,
            "fib_rule_uid_range", 8,
            c -> new UidRange(HostOrder.getI32(c.buffer(), c.valueIndex()),
                    HostOrder.getI32(c.buffer(), c.valueIndex() + 4)),
            (w, v) -> {
                HostOrder.writeI32(w.buffer(), v.start);
                HostOrder.writeI32(w.buffer(), v.end);
            });

    /** @return {@code START-END}, as {@code ip rule} prints it */
    @Override
    public String toString() {
        return Integer.toUnsignedString(start) + "-" + Integer.toUnsignedString(end);
    }
}

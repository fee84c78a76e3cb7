package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.tc.TcOptions;

/**
 * {@code struct tc_prio_qopt}, the whole {@code TCA_OPTIONS} of {@code prio} (and the shape of
 * {@code pfifo_fast}'s): {@code tc qdisc add ... prio bands 3 priomap 1 2 2 2 1 2 0 0 1 1 1 1 1 1 1 1}.
 *
 * @param bands the number of bands (classes {@code :1} to {@code :bands})
 * @param priomap 16 bytes: the band of each packet priority
 * @param compat what follows the structure, as sent: prio's "compat nest", an attribute of
 *     type {@code TCA_OPTIONS} holding {@code TCA_PRIO_MQ} if set ({@link #EMPTY_COMPAT}
 *     from {@code tc}); empty for {@code pfifo_fast}
 */
public record PrioOptions(int bands, Bytes priomap, Bytes compat) implements TcOptions {
    /** The empty compat nest {@code tc qdisc add ... prio} sends after the structure. */
    public static final Bytes EMPTY_COMPAT = Bytes.of((byte) 4, (byte) 0, (byte) 2, (byte) 0);

    /** {@code tc}'s default priority map. */
    public static final Bytes DEFAULT_PRIOMAP = Bytes.of(
            (byte) 1, (byte) 2, (byte) 2, (byte) 2, (byte) 1, (byte) 2, (byte) 0, (byte) 0,
            (byte) 1, (byte) 1, (byte) 1, (byte) 1, (byte) 1, (byte) 1, (byte) 1, (byte) 1);

    /** @param priomap must be 16 bytes */
    public PrioOptions {
        if (priomap.length() != 16) {
            throw new IllegalArgumentException("a priomap has 16 entries, got " + priomap.length());
        }
    }

    static final ValueCodec<PrioOptions> CODEC = ValueCodecs.struct(PrioOptions.class, "tc_prio_qopt", 20,
            c -> new PrioOptions(HostOrder.getI32(c.buffer(), c.valueIndex()),
                    Bytes.copyOf(c.buffer(), c.valueIndex() + 4, 16),
                    Bytes.copyOf(c.buffer(), c.valueIndex() + 20, c.length() - 20)),
            (w, v) -> {
                HostOrder.writeI32(w.buffer(), v.bands);
                v.priomap.writeTo(w.buffer());
                v.compat.writeTo(w.buffer());
            });
}

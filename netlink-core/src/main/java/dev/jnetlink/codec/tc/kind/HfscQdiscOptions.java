package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.tc.TcOptions;
import java.util.Objects;

/**
 * {@code struct tc_hfsc_qopt}, the whole {@code TCA_OPTIONS} of an hfsc qdisc (not nested):
 * {@code tc qdisc add ... hfsc default 10}.
 *
 * @param defaultClass {@code defcls}: the minor of the class unclassified traffic goes to, 0
 *     for none (such traffic is dropped)
 * @param rest what followed the 2-byte structure, as sent (nothing, from {@code tc} and the kernel)
 */
public record HfscQdiscOptions(int defaultClass, Bytes rest) implements TcOptions {
    /** Size on the wire. */
    public static final int SIZE = 2;

    /** @param defaultClass a 16-bit minor @param rest trailing bytes */
    public HfscQdiscOptions {
        Objects.requireNonNull(rest, "rest");
        if ((defaultClass & ~0xffff) != 0) {
            throw new IllegalArgumentException("hfsc defcls is a 16-bit minor, got 0x"
                    + Integer.toHexString(defaultClass));
        }
    }

    static final ValueCodec<HfscQdiscOptions> CODEC = ValueCodecs.struct(HfscQdiscOptions.class,
            "tc_hfsc_qopt", SIZE,
            c -> new HfscQdiscOptions(HostOrder.getU16(c.buffer(), c.valueIndex()),
                    Bytes.copyOf(c.buffer(), c.valueIndex() + SIZE, c.length() - SIZE)),
            (w, v) -> {
                HostOrder.writeU16(w.buffer(), v.defaultClass);
                v.rest.writeTo(w.buffer());
            });
}

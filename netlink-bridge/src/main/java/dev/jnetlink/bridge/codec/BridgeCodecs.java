package dev.jnetlink.bridge.codec;

import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import java.time.Duration;

/**
 * The value codecs the bridge attribute sets need beyond {@link ValueCodecs}: on/off bytes,
 * centisecond timers as {@link Duration}s, bridge ids and the packed boolean options.
 */
public final class BridgeCodecs {
    private BridgeCodecs() {
    }

    /** A {@code u8} that is 0 or 1, as {@link Boolean}; any non-zero byte decodes as true. */
    public static final ValueCodec<Boolean> BOOL = ValueCodecs.struct(Boolean.class,
            c -> c.u8() != 0, (w, v) -> w.buffer().writeByte(v ? 1 : 0));

    /** A {@code u32} count of centiseconds ({@code clock_t}), as a {@link Duration}. */
    public static final ValueCodec<Duration> CENTIS_U32 = ValueCodecs.struct(Duration.class,
            c -> Centiseconds.toDuration(Integer.toUnsignedLong(c.u32())),
            (w, v) -> HostOrder.writeI32(w.buffer(), (int) Centiseconds.of(v, "a u32 timer",
                    0xffff_ffffL)));

    /** A {@code u64} count of centiseconds, as a {@link Duration}. */
    public static final ValueCodec<Duration> CENTIS_U64 = ValueCodecs.struct(Duration.class,
            c -> {
                long cs = c.u64();
                if (cs < 0 || cs > Centiseconds.MAX) {
                    throw c.error(c.name() + " is " + Long.toUnsignedString(cs)
                            + " centiseconds, beyond what a Duration holds");
                }
                return Centiseconds.toDuration(cs);
            },
            (w, v) -> HostOrder.writeI64(w.buffer(), Centiseconds.of(v, "a timer", Centiseconds.MAX)));

    /** {@code struct ifla_bridge_id}. */
    public static final ValueCodec<BridgeId> BRIDGE_ID = ValueCodecs.struct(BridgeId.class,
            "ifla_bridge_id", BridgeId.SIZE,
            c -> {
                byte[] wire = new byte[BridgeId.SIZE];
                c.buffer().getBytes(c.valueIndex(), wire);
                return BridgeId.fromBytes(wire);
            },
            (w, v) -> w.buffer().writeBytes(v.toBytes()));

    /** {@code struct br_boolopt_multi}. */
    public static final ValueCodec<BoolOpts> BOOL_OPTS = ValueCodecs.struct(BoolOpts.class,
            "br_boolopt_multi", BoolOpts.SIZE,
            c -> new BoolOpts(HostOrder.getI32(c.buffer(), c.valueIndex()),
                    HostOrder.getI32(c.buffer(), c.valueIndex() + 4)),
            (w, v) -> {
                HostOrder.writeI32(w.buffer(), v.value());
                HostOrder.writeI32(w.buffer(), v.mask());
            });
}

package dev.jnetlink.codec.tc;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import java.util.List;

/**
 * {@code TCA_STATS2}: what {@code tc -s} prints under a qdisc, class or action ({@code Sent
 * 70 bytes 1 pkt (dropped 0, overlimits 0 requeues 0)}, {@code backlog 0b 0p requeues 0}).
 * Components in the order the kernel emits them ({@code gnet_stats_copy_*}).
 *
 * @param basic {@code TCA_STATS_BASIC}: bytes and packets sent
 * @param basicHw {@code TCA_STATS_BASIC_HW}: the part sent by hardware
 * @param rateEst64 {@code TCA_STATS_RATE_EST64}: the rate estimator, 64-bit
 * @param rateEst {@code TCA_STATS_RATE_EST}: the rate estimator
 * @param queue {@code TCA_STATS_QUEUE}: queue length, backlog, drops, requeues, overlimits
 * @param app {@code TCA_STATS_APP}: the kind's own statistics, as sent
 * @param pkt64 {@code TCA_STATS_PKT64}
 * @param unknown attributes not modelled
 */
public record TcStats(Basic basic, Basic basicHw, RateEst rateEst64, RateEst rateEst,
        Queue queue, Bytes app, Long pkt64, List<RawAttribute> unknown) {

    /**
     * {@code struct gnet_stats_basic} (16 bytes on the wire, 4 of them padding).
     *
     * @param bytes bytes sent
     * @param packets packets sent
     */
    public record Basic(long bytes, long packets) {
        static final ValueCodec<Basic> CODEC = ValueCodecs.struct(Basic.class, "gnet_stats_basic", 12,
                c -> new Basic(HostOrder.getI64(c.buffer(), c.valueIndex()),
                        Integer.toUnsignedLong(HostOrder.getI32(c.buffer(), c.valueIndex() + 8))),
                (w, v) -> {
                    HostOrder.writeI64(w.buffer(), v.bytes);
                    HostOrder.writeI32(w.buffer(), (int) v.packets);
                    HostOrder.writeI32(w.buffer(), 0);
                });
    }

    /**
     * {@code struct gnet_stats_rate_est} or {@code gnet_stats_rate_est64}.
     *
     * @param bytesPerSecond bytes per second
     * @param packetsPerSecond packets per second
     */
    public record RateEst(long bytesPerSecond, long packetsPerSecond) {
        static final ValueCodec<RateEst> CODEC32 = ValueCodecs.struct(RateEst.class,
                "gnet_stats_rate_est", 8,
                c -> new RateEst(Integer.toUnsignedLong(HostOrder.getI32(c.buffer(), c.valueIndex())),
                        Integer.toUnsignedLong(HostOrder.getI32(c.buffer(), c.valueIndex() + 4))),
                (w, v) -> {
                    HostOrder.writeI32(w.buffer(), (int) v.bytesPerSecond);
                    HostOrder.writeI32(w.buffer(), (int) v.packetsPerSecond);
                });
        static final ValueCodec<RateEst> CODEC64 = ValueCodecs.struct(RateEst.class,
                "gnet_stats_rate_est64", 16,
                c -> new RateEst(HostOrder.getI64(c.buffer(), c.valueIndex()),
                        HostOrder.getI64(c.buffer(), c.valueIndex() + 8)),
                (w, v) -> {
                    HostOrder.writeI64(w.buffer(), v.bytesPerSecond);
                    HostOrder.writeI64(w.buffer(), v.packetsPerSecond);
                });
    }

    /**
     * {@code struct gnet_stats_queue}.
     *
     * @param qlen packets queued
     * @param backlog bytes queued
     * @param drops packets dropped
     * @param requeues packets requeued
     * @param overlimits times the qdisc was over its limit
     */
    public record Queue(long qlen, long backlog, long drops, long requeues, long overlimits) {
        static final ValueCodec<Queue> CODEC = ValueCodecs.struct(Queue.class, "gnet_stats_queue", 20,
                c -> new Queue(u32(c.buffer(), c.valueIndex()), u32(c.buffer(), c.valueIndex() + 4),
                        u32(c.buffer(), c.valueIndex() + 8), u32(c.buffer(), c.valueIndex() + 12),
                        u32(c.buffer(), c.valueIndex() + 16)),
                (w, v) -> {
                    HostOrder.writeI32(w.buffer(), (int) v.qlen);
                    HostOrder.writeI32(w.buffer(), (int) v.backlog);
                    HostOrder.writeI32(w.buffer(), (int) v.drops);
                    HostOrder.writeI32(w.buffer(), (int) v.requeues);
                    HostOrder.writeI32(w.buffer(), (int) v.overlimits);
                });

        private static long u32(io.netty.buffer.ByteBuf b, int i) {
            return Integer.toUnsignedLong(HostOrder.getI32(b, i));
        }
    }

    /** The {@code TCA_STATS_*} table in the kernel's order. */
    public static final AttributeSetCodec<TcStats> CODEC = AttributeSetCodec
            .builder(TcStats.class, TcaStats.SPACE)
            .attr("basic", TcaStats.BASIC, Basic.CODEC)
            .attr("basicHw", TcaStats.BASIC_HW, Basic.CODEC)
            .attr("rateEst64", TcaStats.RATE_EST64, RateEst.CODEC64)
            .attr("rateEst", TcaStats.RATE_EST, RateEst.CODEC32)
            .attr("queue", TcaStats.QUEUE, Queue.CODEC)
            .bytes("app", TcaStats.APP)
            .u64("pkt64", TcaStats.PKT64)
            .unknown("unknown")
            .build(v -> new TcStats(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next()));

    /** @return bytes sent, 0 if not reported */
    public long bytes() {
        return basic == null ? 0 : basic.bytes();
    }

    /** @return packets sent ({@code TCA_STATS_PKT64} when present), 0 if not reported */
    public long packets() {
        return pkt64 != null ? pkt64 : basic == null ? 0 : basic.packets();
    }

    /** @return packets dropped, 0 if not reported */
    public long drops() {
        return queue == null ? 0 : queue.drops();
    }
}

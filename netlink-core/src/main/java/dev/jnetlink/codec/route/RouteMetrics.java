package dev.jnetlink.codec.route;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.RawAttribute;
import java.util.List;

/**
 * A route's metrics ({@code RTA_METRICS}, nested {@code RTAX_*}): {@code mtu 1400 advmss 1300
 * hoplimit 5} in {@code ip route}. The kernel sends each non-zero metric, in type order; a
 * metric not sent is null. Times ({@code rtt}, {@code rttvar}, {@code rto_min}) are in
 * milliseconds as the kernel reports them.
 *
 * @param lock {@code RTAX_LOCK}: bit {@code 1 << RTAX_x} set for each locked metric
 * @param mtu {@code RTAX_MTU}
 * @param window {@code RTAX_WINDOW}
 * @param rtt {@code RTAX_RTT}
 * @param rttvar {@code RTAX_RTTVAR}
 * @param ssthresh {@code RTAX_SSTHRESH}
 * @param cwnd {@code RTAX_CWND}
 * @param advmss {@code RTAX_ADVMSS}
 * @param reordering {@code RTAX_REORDERING}
 * @param hoplimit {@code RTAX_HOPLIMIT}
 * @param initcwnd {@code RTAX_INITCWND}
 * @param features {@code RTAX_FEATURES}
 * @param rtoMin {@code RTAX_RTO_MIN}
 * @param initrwnd {@code RTAX_INITRWND}
 * @param quickack {@code RTAX_QUICKACK}
 * @param ccAlgo {@code RTAX_CC_ALGO} ({@code congctl})
 * @param fastopenNoCookie {@code RTAX_FASTOPEN_NO_COOKIE}
 * @param unknown metrics this library does not model, as received
 */
public record RouteMetrics(
        Integer lock,
        Integer mtu,
        Integer window,
        Integer rtt,
        Integer rttvar,
        Integer ssthresh,
        Integer cwnd,
        Integer advmss,
        Integer reordering,
        Integer hoplimit,
        Integer initcwnd,
        Integer features,
        Integer rtoMin,
        Integer initrwnd,
        Integer quickack,
        String ccAlgo,
        Integer fastopenNoCookie,
        List<RawAttribute> unknown) {

    /** No metric set. */
    public static final RouteMetrics NONE = new RouteMetrics(null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, List.of());

    /** The {@code RTAX_*} table, in type order as {@code rtnetlink_put_metrics} writes it. */
    public static final AttributeSetCodec<RouteMetrics> CODEC = AttributeSetCodec
            .builder(RouteMetrics.class, Rtax.SPACE)
            .u32("lock", Rtax.LOCK)
            .u32("mtu", Rtax.MTU)
            .u32("window", Rtax.WINDOW)
            .u32("rtt", Rtax.RTT)
            .u32("rttvar", Rtax.RTTVAR)
            .u32("ssthresh", Rtax.SSTHRESH)
            .u32("cwnd", Rtax.CWND)
            .u32("advmss", Rtax.ADVMSS)
            .u32("reordering", Rtax.REORDERING)
            .u32("hoplimit", Rtax.HOPLIMIT)
            .u32("initcwnd", Rtax.INITCWND)
            .u32("features", Rtax.FEATURES)
            .u32("rtoMin", Rtax.RTO_MIN)
            .u32("initrwnd", Rtax.INITRWND)
            .u32("quickack", Rtax.QUICKACK)
            .string("ccAlgo", Rtax.CC_ALGO)
            .u32("fastopenNoCookie", Rtax.FASTOPEN_NO_COOKIE)
            .unknown("unknown");

    /**
     * @param mtu {@code RTAX_MTU}, or null
     * @param advmss {@code RTAX_ADVMSS}, or null
     * @param hoplimit {@code RTAX_HOPLIMIT}, or null
     * @return metrics with only those set
     */
    public static RouteMetrics of(Integer mtu, Integer advmss, Integer hoplimit) {
        return new RouteMetrics(null, mtu, null, null, null, null, null, advmss, null, hoplimit,
                null, null, null, null, null, null, null, List.of());
    }

    /** @return true if no metric is set */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /**
     * @param rtax an {@code RTAX_*} type
     * @return true if that metric is locked ({@code lock} in {@code ip route})
     */
    public boolean isLocked(int rtax) {
        return lock != null && (lock & (1 << rtax)) != 0;
    }
}

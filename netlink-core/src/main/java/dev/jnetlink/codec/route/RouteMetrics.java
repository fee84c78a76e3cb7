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
    public static final RouteMetrics NONE = builder().build();

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
            .unknown("unknown")
            .build(v -> new RouteMetrics(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next()));

    /**
     * @param mtu {@code RTAX_MTU}, or null
     * @param advmss {@code RTAX_ADVMSS}, or null
     * @param hoplimit {@code RTAX_HOPLIMIT}, or null
     * @return metrics with only those set
     */
    public static RouteMetrics of(Integer mtu, Integer advmss, Integer hoplimit) {
        return builder().mtu(mtu).advmss(advmss).hoplimit(hoplimit).build();
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

    /** @return a builder with every component absent (null) and no unknown attributes */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's values, to derive a changed copy */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link RouteMetrics} component by component: a component not set is null (absent),
     * {@code unknown} is empty. A component added to the record adds a method here and
     * breaks no caller.
     */
    public static final class Builder {
        private Integer lock;
        private Integer mtu;
        private Integer window;
        private Integer rtt;
        private Integer rttvar;
        private Integer ssthresh;
        private Integer cwnd;
        private Integer advmss;
        private Integer reordering;
        private Integer hoplimit;
        private Integer initcwnd;
        private Integer features;
        private Integer rtoMin;
        private Integer initrwnd;
        private Integer quickack;
        private String ccAlgo;
        private Integer fastopenNoCookie;
        private List<RawAttribute> unknown = List.of();

        private Builder() {
        }

        private Builder(RouteMetrics r) {
            lock = r.lock;
            mtu = r.mtu;
            window = r.window;
            rtt = r.rtt;
            rttvar = r.rttvar;
            ssthresh = r.ssthresh;
            cwnd = r.cwnd;
            advmss = r.advmss;
            reordering = r.reordering;
            hoplimit = r.hoplimit;
            initcwnd = r.initcwnd;
            features = r.features;
            rtoMin = r.rtoMin;
            initrwnd = r.initrwnd;
            quickack = r.quickack;
            ccAlgo = r.ccAlgo;
            fastopenNoCookie = r.fastopenNoCookie;
            unknown = r.unknown;
        }

        /**
         * @param lock {@code RTAX_LOCK}: bit {@code 1 << RTAX_x} set for each locked metric
         * @return this builder
         */
        public Builder lock(Integer lock) {
            this.lock = lock;
            return this;
        }

        /**
         * @param mtu {@code RTAX_MTU}
         * @return this builder
         */
        public Builder mtu(Integer mtu) {
            this.mtu = mtu;
            return this;
        }

        /**
         * @param window {@code RTAX_WINDOW}
         * @return this builder
         */
        public Builder window(Integer window) {
            this.window = window;
            return this;
        }

        /**
         * @param rtt {@code RTAX_RTT}
         * @return this builder
         */
        public Builder rtt(Integer rtt) {
            this.rtt = rtt;
            return this;
        }

        /**
         * @param rttvar {@code RTAX_RTTVAR}
         * @return this builder
         */
        public Builder rttvar(Integer rttvar) {
            this.rttvar = rttvar;
            return this;
        }

        /**
         * @param ssthresh {@code RTAX_SSTHRESH}
         * @return this builder
         */
        public Builder ssthresh(Integer ssthresh) {
            this.ssthresh = ssthresh;
            return this;
        }

        /**
         * @param cwnd {@code RTAX_CWND}
         * @return this builder
         */
        public Builder cwnd(Integer cwnd) {
            this.cwnd = cwnd;
            return this;
        }

        /**
         * @param advmss {@code RTAX_ADVMSS}
         * @return this builder
         */
        public Builder advmss(Integer advmss) {
            this.advmss = advmss;
            return this;
        }

        /**
         * @param reordering {@code RTAX_REORDERING}
         * @return this builder
         */
        public Builder reordering(Integer reordering) {
            this.reordering = reordering;
            return this;
        }

        /**
         * @param hoplimit {@code RTAX_HOPLIMIT}
         * @return this builder
         */
        public Builder hoplimit(Integer hoplimit) {
            this.hoplimit = hoplimit;
            return this;
        }

        /**
         * @param initcwnd {@code RTAX_INITCWND}
         * @return this builder
         */
        public Builder initcwnd(Integer initcwnd) {
            this.initcwnd = initcwnd;
            return this;
        }

        /**
         * @param features {@code RTAX_FEATURES}
         * @return this builder
         */
        public Builder features(Integer features) {
            this.features = features;
            return this;
        }

        /**
         * @param rtoMin {@code RTAX_RTO_MIN}
         * @return this builder
         */
        public Builder rtoMin(Integer rtoMin) {
            this.rtoMin = rtoMin;
            return this;
        }

        /**
         * @param initrwnd {@code RTAX_INITRWND}
         * @return this builder
         */
        public Builder initrwnd(Integer initrwnd) {
            this.initrwnd = initrwnd;
            return this;
        }

        /**
         * @param quickack {@code RTAX_QUICKACK}
         * @return this builder
         */
        public Builder quickack(Integer quickack) {
            this.quickack = quickack;
            return this;
        }

        /**
         * @param ccAlgo {@code RTAX_CC_ALGO} ({@code congctl})
         * @return this builder
         */
        public Builder ccAlgo(String ccAlgo) {
            this.ccAlgo = ccAlgo;
            return this;
        }

        /**
         * @param fastopenNoCookie {@code RTAX_FASTOPEN_NO_COOKIE}
         * @return this builder
         */
        public Builder fastopenNoCookie(Integer fastopenNoCookie) {
            this.fastopenNoCookie = fastopenNoCookie;
            return this;
        }

        /**
         * @param unknown metrics this library does not model, as received
         * @return this builder
         */
        public Builder unknown(List<RawAttribute> unknown) {
            this.unknown = List.copyOf(unknown);
            return this;
        }

        /** @return the {@link RouteMetrics} */
        public RouteMetrics build() {
            return new RouteMetrics(lock, mtu, window, rtt, rttvar, ssthresh, cwnd, advmss,
                    reordering, hoplimit, initcwnd, features, rtoMin, initrwnd, quickack, ccAlgo,
                    fastopenNoCookie, unknown);
        }
    }
}

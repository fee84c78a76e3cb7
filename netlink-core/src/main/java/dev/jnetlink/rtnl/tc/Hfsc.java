package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.tc.TcCore;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.HfscClassOptions;
import dev.jnetlink.codec.tc.kind.HfscCurve;
import dev.jnetlink.codec.tc.kind.HfscQdiscOptions;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The hierarchical fair service curve scheduler: {@link #qdisc()} for {@code tc qdisc add ...
 * hfsc [default MINOR]}, and {@link #classBuilder()} for its classes ({@code tc class add ...
 * hfsc [rt SC] [ls SC] | [sc SC] [ul SC]}), each curve a {@link Curve}. The requests are what
 * iproute2 6.1's {@code q_hfsc.c} sends.
 */
public final class Hfsc {
    private Hfsc() {
    }

    /** @return an hfsc qdisc without a default class: {@code tc qdisc add ... hfsc} */
    public static Qdisc qdisc() {
        return new Qdisc(0);
    }

    /** @return a builder of an hfsc class's curves */
    public static ClassBuilder classBuilder() {
        return new ClassBuilder();
    }

    /** An hfsc qdisc: {@code hfsc [default MINOR]}. */
    public static final class Qdisc implements QdiscSpec {
        private final int defaultClass;

        private Qdisc(int defaultClass) {
            this.defaultClass = defaultClass;
        }

        /**
         * @param minor the minor number (hexadecimal in {@code tc}: {@code default 10} is 0x10)
         *     of the class unclassified traffic goes to; without one hfsc drops it
         * @return a copy with it ({@code default MINOR})
         * @throws IllegalArgumentException unless 1 to 0xffff
         */
        public Qdisc defaultClass(int minor) {
            if (minor <= 0 || minor > 0xffff) {
                throw new IllegalArgumentException("hfsc default class is a 16-bit minor above 0, got 0x"
                        + Integer.toHexString(minor));
            }
            return new Qdisc(minor);
        }

        @Override
        public String kind() {
            return "hfsc";
        }

        @Override
        public TcOptions options() {
            return new HfscQdiscOptions(defaultClass, Bytes.EMPTY);
        }
    }

    /**
     * A service curve, {@code tc}'s {@code SC}: {@code [m1 BPS d SEC] m2 BPS}, or
     * {@code [umax BYTES dmax SEC] rate BPS}. Rates are bits per second here as in {@code tc}
     * ({@code 10mbit} is 10,000,000) and go to the kernel in bytes per second, at most 2^32-1
     * of them.
     *
     * @param m1 the first segment's slope in bytes per second, 0 for a flat start
     * @param d the first segment's length in microseconds, 0 for none
     * @param m2 the long-term slope in bytes per second
     */
    public record Curve(long m1, long d, long m2) {
        /**
         * @throws IllegalArgumentException for a value outside {@code __u32}, two zero slopes
         *     (as {@code tc}: "Service Curve has two zero slopes"), or a first slope without a
         *     length
         */
        public Curve {
            if (m1 < 0 || m1 > 0xffffffffL || d < 0 || d > 0xffffffffL || m2 < 0 || m2 > 0xffffffffL) {
                throw new IllegalArgumentException("hfsc curve values are 32-bit unsigned, got m1 " + m1
                        + " d " + d + " m2 " + m2);
            }
            if (m1 == 0 && m2 == 0) {
                throw new IllegalArgumentException("hfsc curve has two zero slopes");
            }
            if (m1 != 0 && d == 0) {
                throw new IllegalArgumentException("hfsc curve m1 needs a length d: without one the kernel"
                        + " ignores the first slope");
            }
        }

        /**
         * @param bitsPerSecond the long-term rate ({@code rate 10mbit}, or {@code m2 10mbit})
         * @return a straight curve: {@code m1 0 d 0 m2 RATE}
         * @throws IllegalArgumentException if the rate is below 8 bit/s or above 2^32-1 bytes/s
         */
        public static Curve rate(long bitsPerSecond) {
            return new Curve(0, 0, bytes("m2", bitsPerSecond));
        }

        /**
         * A two-segment curve: {@code m1 M1 d D m2 M2}. Concave ({@code m1 > m2}) gives a
         * class a burst of lower delay; convex ({@code m1 < m2}, {@code m1 0} included) delays
         * its start.
         *
         * @param m1BitsPerSecond the first slope, 0 allowed
         * @param d how long the first slope lasts, at least 1us
         * @param m2BitsPerSecond the long-term slope
         * @return the curve
         * @throws IllegalArgumentException if {@code d} is not positive (with a first slope the
         *     kernel would ignore it: use {@link #rate(long)}) or a rate is out of range
         */
        public static Curve of(long m1BitsPerSecond, Duration d, long m2BitsPerSecond) {
            Objects.requireNonNull(d, "d");
            long us = d.toNanos() / 1000;
            if (us <= 0 || us > 0xffffffffL) {
                throw new IllegalArgumentException("hfsc curve d must be 1us to 4294967295us, got " + d
                        + (m1BitsPerSecond > 0 ? ": a first slope m1 without a length d has no effect, use rate" : ""));
            }
            long m1 = m1BitsPerSecond == 0 ? 0 : bytes("m1", m1BitsPerSecond);
            return new Curve(m1, us, bytes("m2", m2BitsPerSecond));
        }

        /**
         * A curve given by what a class needs, {@code tc}'s {@code umax BYTES dmax SEC rate
         * BPS}: packets of up to {@code umax} bytes leave within {@code dmax}, at {@code rate} in
         * the long run. As {@code tc} computes it, that is a concave curve ({@code m1 =
         * umax/dmax} for {@code dmax}, then the rate) when {@code umax/dmax} is above the rate,
         * else a convex one ({@code m1 0} for {@code dmax - umax/rate}, then the rate).
         * Computed exactly: {@code tc} 6.1 multiplies {@code umax} by 10^6 in 32 bits for the
         * convex case, which overflows above 4294 bytes.
         *
         * @param umaxBytes the largest unit of work, at least 1 byte
         * @param dmax the delay it must meet, at least 1us
         * @param bitsPerSecond the long-term rate
         * @return the curve
         * @throws IllegalArgumentException for a value out of range
         */
        public static Curve umax(long umaxBytes, Duration dmax, long bitsPerSecond) {
            Objects.requireNonNull(dmax, "dmax");
            if (umaxBytes <= 0 || umaxBytes > 0xffffffffL) {
                throw new IllegalArgumentException("hfsc curve umax must be 1 to 4294967295 bytes, got " + umaxBytes);
            }
            long us = dmax.toNanos() / 1000;
            if (us <= 0 || us > 0xffffffffL) {
                throw new IllegalArgumentException("hfsc curve dmax must be 1us to 4294967295us, got " + dmax);
            }
            long rate = bytes("rate", bitsPerSecond);
            long m1 = (umaxBytes * TcCore.USEC_PER_SEC + us - 1) / us;
            if (m1 > rate) {
                if (m1 > 0xffffffffL) {
                    throw new IllegalArgumentException("hfsc curve umax/dmax is " + m1
                            + " bytes/s, over the 4294967295 a tc_service_curve holds");
                }
                return new Curve(m1, us, rate);
            }
            return new Curve(0, us - umaxBytes * TcCore.USEC_PER_SEC / rate, rate);
        }

        HfscCurve toStruct() {
            return new HfscCurve(m1, d, m2);
        }

        private static long bytes(String what, long bitsPerSecond) {
            long b = Rates.bytesPerSecond("hfsc curve " + what, bitsPerSecond);
            if (b > 0xffffffffL) {
                throw new IllegalArgumentException("hfsc curve " + what + " must be at most 4294967295 bytes/s ("
                        + 0xffffffffL * 8 + " bit/s): tc_service_curve holds 32 bits, got " + bitsPerSecond + " bit/s");
            }
            return b;
        }
    }

    /** Collects an hfsc class's curves; {@link #build()} checks them as {@code tc} and the kernel would. */
    public static final class ClassBuilder {
        private Curve realTime;
        private Curve linkShare;
        private Curve upperLimit;

        private ClassBuilder() {
        }

        /** @param curve the real-time curve ({@code rt SC}): guaranteed service @return this */
        public ClassBuilder rt(Curve curve) {
            realTime = Objects.requireNonNull(curve, "curve");
            return this;
        }

        /** @param curve the link-sharing curve ({@code ls SC}): the share of excess bandwidth @return this */
        public ClassBuilder ls(Curve curve) {
            linkShare = Objects.requireNonNull(curve, "curve");
            return this;
        }

        /** @param curve both the real-time and the link-sharing curve ({@code sc SC}) @return this */
        public ClassBuilder sc(Curve curve) {
            return rt(curve).ls(curve);
        }

        /** @param curve the upper limit of link sharing ({@code ul SC}) @return this */
        public ClassBuilder ul(Curve curve) {
            upperLimit = Objects.requireNonNull(curve, "curve");
            return this;
        }

        /**
         * @return the class
         * @throws IllegalArgumentException with neither {@code rt} nor {@code ls} (the kernel
         *     refuses a class without either, EINVAL), or with {@code ul} but no {@code ls}
         *     ({@code tc} refuses it: the upper limit caps link sharing, and the class has none)
         */
        public Class build() {
            if (realTime == null && linkShare == null) {
                throw new IllegalArgumentException("hfsc class needs rt, ls or sc: the kernel refuses a class"
                        + " without a real-time or link-sharing curve");
            }
            if (upperLimit != null && linkShare == null) {
                throw new IllegalArgumentException("hfsc ul needs ls or sc: an upper limit caps link sharing,"
                        + " and a class without a link-sharing curve has none to cap");
            }
            return new Class(realTime, linkShare, upperLimit);
        }
    }

    /** An hfsc class: {@code hfsc [rt SC] [ls SC] | [sc SC] [ul SC]}, built by {@link #classBuilder()}. */
    public static final class Class implements ClassSpec {
        private final Curve realTime;
        private final Curve linkShare;
        private final Curve upperLimit;

        private Class(Curve realTime, Curve linkShare, Curve upperLimit) {
            this.realTime = realTime;
            this.linkShare = linkShare;
            this.upperLimit = upperLimit;
        }

        @Override
        public String kind() {
            return "hfsc";
        }

        @Override
        public TcOptions options() {
            return new HfscClassOptions(struct(realTime), struct(linkShare), struct(upperLimit), List.of());
        }

        private static HfscCurve struct(Curve c) {
            return c == null ? null : c.toStruct();
        }
    }
}

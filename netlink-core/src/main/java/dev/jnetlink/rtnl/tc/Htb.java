package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.tc.RateSpec;
import dev.jnetlink.codec.tc.TcCore;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.HtbClassOptions;
import dev.jnetlink.codec.tc.kind.HtbGlob;
import dev.jnetlink.codec.tc.kind.HtbParms;
import dev.jnetlink.codec.tc.kind.HtbQdiscOptions;
import java.util.List;

/**
 * The hierarchical token bucket: {@link #qdisc()} for {@code tc qdisc add ... htb}, and
 * {@link #rate(long)} for its classes ({@code tc class add ... htb rate R}). Options are
 * computed as iproute2 6.1's {@code q_htb.c} does, so the requests are {@code tc}'s bytes.
 */
public final class Htb {
    private Htb() {
    }

    /** @return an htb qdisc with {@code tc}'s defaults ({@code r2q 10}, no default class) */
    public static Qdisc qdisc() {
        return new Qdisc(0, 10, null);
    }

    /**
     * @param bitsPerSecond the class's guaranteed rate (tc's {@code rate 10mbit} is 10,000,000)
     * @return an htb class with that rate, its ceil the same
     * @throws IllegalArgumentException if the rate is not positive
     */
    public static Class rate(long bitsPerSecond) {
        Rates.bytesPerSecond("htb rate", bitsPerSecond);
        return new Class(bitsPerSecond, 0, 0, 0, 0, 0, 1600);
    }

    /**
     * An htb qdisc: {@code htb [default MINOR] [r2q N] [direct_qlen P]}.
     */
    public static final class Qdisc implements QdiscSpec {
        private final int defaultClass;
        private final int r2q;
        private final Integer directQlen;

        private Qdisc(int defaultClass, int r2q, Integer directQlen) {
            this.defaultClass = defaultClass;
            this.r2q = r2q;
            this.directQlen = directQlen;
        }

        /**
         * @param minor the minor number (hexadecimal in {@code tc}: {@code default 10} is 0x10)
         *     of the class unclassified traffic goes to
         * @return a copy with it ({@code default MINOR})
         */
        public Qdisc defaultClass(int minor) {
            if ((minor & ~0xffff) != 0) {
                throw new IllegalArgumentException("htb default class is a 16-bit minor, got 0x"
                        + Integer.toHexString(minor));
            }
            return new Qdisc(minor, r2q, directQlen);
        }

        /**
         * @param r2q divisor from a class's rate to its quantum
         * @return a copy with it ({@code r2q N})
         */
        public Qdisc r2q(int r2q) {
            return new Qdisc(defaultClass, Rates.positive("htb r2q", r2q), directQlen);
        }

        /**
         * @param packets the queue length for unclassified packets sent directly
         * @return a copy with it ({@code direct_qlen P})
         */
        public Qdisc directQlen(int packets) {
            return new Qdisc(defaultClass, r2q, Rates.positive("htb direct_qlen", packets));
        }

        @Override
        public String kind() {
            return "htb";
        }

        @Override
        public TcOptions options() {
            return new HtbQdiscOptions(new HtbGlob(3, r2q, defaultClass, 0, 0), directQlen, null,
                    List.of());
        }
    }

    /**
     * An htb class: {@code htb rate R [ceil C] [burst B] [cburst CB] [prio P] [quantum Q]
     * [mtu M]}.
     */
    public static final class Class implements ClassSpec {
        private final long rate;
        private final long ceil;
        private final long burst;
        private final long cburst;
        private final int prio;
        private final int quantum;
        private final int mtu;

        private Class(long rate, long ceil, long burst, long cburst, int prio, int quantum, int mtu) {
            this.rate = rate;
            this.ceil = ceil;
            this.burst = burst;
            this.cburst = cburst;
            this.prio = prio;
            this.quantum = quantum;
            this.mtu = mtu;
        }

        /**
         * @param bitsPerSecond the most the class may use, borrowing ({@code ceil C})
         * @return a copy with it
         */
        public Class ceil(long bitsPerSecond) {
            Rates.bytesPerSecond("htb ceil", bitsPerSecond);
            if (bitsPerSecond < rate) {
                throw new IllegalArgumentException("htb ceil " + bitsPerSecond
                        + " bit/s is below the rate " + rate + " bit/s");
            }
            return new Class(rate, bitsPerSecond, burst, cburst, prio, quantum, mtu);
        }

        /** @param bytes burst at the rate ({@code burst B}) @return a copy with it */
        public Class burst(long bytes) {
            return new Class(rate, ceil, Rates.positive("htb burst", bytes), cburst, prio, quantum, mtu);
        }

        /** @param bytes burst at the ceil ({@code cburst B}) @return a copy with it */
        public Class cburst(long bytes) {
            return new Class(rate, ceil, burst, Rates.positive("htb cburst", bytes), prio, quantum, mtu);
        }

        /** @param prio 0 (highest) to 7 ({@code prio P}) @return a copy with it */
        public Class prio(int prio) {
            if (prio < 0 || prio > 7) {
                throw new IllegalArgumentException("htb prio must be 0 to 7, got " + prio);
            }
            return new Class(rate, ceil, burst, cburst, prio, quantum, mtu);
        }

        /** @param bytes served per round ({@code quantum Q}) @return a copy with it */
        public Class quantum(int bytes) {
            return new Class(rate, ceil, burst, cburst, prio, Rates.positive("htb quantum", bytes), mtu);
        }

        @Override
        public String kind() {
            return "htb";
        }

        @Override
        public TcOptions options() {
            long rate64 = rate / 8;
            long ceil64 = ceil == 0 ? rate64 : ceil / 8;
            RateSpec r = rateSpec(rate64);
            RateSpec c = rateSpec(ceil64);
            long buffer = burst != 0 ? burst : rate64 / TcCore.HZ + mtu;
            long cbuffer = cburst != 0 ? cburst : ceil64 / TcCore.HZ + mtu;
            TcCore.RateTable rtab = TcCore.rateTable(r.rate(), 0, mtu);
            TcCore.RateTable ctab = TcCore.rateTable(c.rate(), 0, mtu);
            HtbParms parms = new HtbParms(withCellLog(r, rtab.cellLog()), withCellLog(c, ctab.cellLog()),
                    TcCore.xmittime(rate64, buffer), TcCore.xmittime(ceil64, cbuffer), quantum, 0, prio);
            return new HtbClassOptions(parms, rate64 >= 1L << 32 ? rate64 : null,
                    ceil64 >= 1L << 32 ? ceil64 : null, rtab.table(), ctab.table(), null, List.of());
        }
    }

    static RateSpec rateSpec(long bytesPerSecond) {
        return new RateSpec(0, RateSpec.LINKLAYER_ETHERNET, 0, -1, 0,
                Math.min(bytesPerSecond, 0xffffffffL));
    }

    static RateSpec withCellLog(RateSpec r, int cellLog) {
        return new RateSpec(cellLog, r.linklayer(), r.overhead(), r.cellAlign(), r.mpu(), r.rate());
    }
}

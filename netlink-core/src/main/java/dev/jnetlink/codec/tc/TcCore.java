package dev.jnetlink.codec.tc;

import dev.jnetlink.codec.Bytes;

/**
 * The arithmetic {@code tc} does before it sends a rate (iproute2 {@code tc_core.c}): times
 * in scheduler ticks, and the 256-entry rate tables htb and tbf carry. Linux has had the same
 * clock since 2.6.31 ({@code /proc/net/psched}: 1000 ns per microsecond, 64 ticks per
 * microsecond shifted, 1 GHz resolution), so the factors are constants here: a tick is
 * 1/15.625 µs as {@code tc} counts them.
 */
public final class TcCore {
    /** {@code tick_in_usec}: {@code t2us / us2t * clock_factor} = 1000 / 64 * 1. */
    public static final double TICKS_PER_USEC = 1000.0 / 64;
    /** {@code TIME_UNITS_PER_SEC}. */
    public static final long USEC_PER_SEC = 1_000_000;
    /** {@code get_hz()}: the 4th field of {@code /proc/net/psched} on a high-resolution kernel. */
    public static final long HZ = 1_000_000_000;

    private TcCore() {
    }

    /**
     * @param usec microseconds
     * @return ticks, as {@code tc_core_time2tick} (truncated to 32 bits unsigned)
     */
    public static long time2tick(long usec) {
        return toU32((long) ((usec & 0xffffffffL) * TICKS_PER_USEC));
    }

    /**
     * @param rate bytes per second
     * @param size bytes
     * @return the time to send {@code size} bytes at {@code rate}, in ticks
     *     ({@code tc_calc_xmittime})
     */
    public static long xmittime(long rate, long size) {
        double usec = USEC_PER_SEC * ((double) size / (double) rate);
        return time2tick(toU32((long) usec));
    }

    /**
     * Computes a rate table as {@code tc_calc_rtable} does for an ethernet link layer, and
     * the cell size it chose.
     *
     * @param rate bytes per second
     * @param mpu minimum packet unit
     * @param mtu the largest packet, 0 for {@code tc}'s default 2047
     * @return the cell log and the 1024-byte table
     */
    public static RateTable rateTable(long rate, int mpu, int mtu) {
        if (mtu == 0) {
            mtu = 2047;
        }
        int cellLog = 0;
        while ((mtu >> cellLog) > 255) {
            cellLog++;
        }
        byte[] table = new byte[1024];
        for (int i = 0; i < 256; i++) {
            long size = Math.max((long) (i + 1) << cellLog, mpu);
            int t = (int) xmittime(rate, size);
            // host order, as the kernel reads the u32 array
            int o = i * 4;
            if (dev.jnetlink.codec.HostOrder.LITTLE_ENDIAN) {
                table[o] = (byte) t;
                table[o + 1] = (byte) (t >>> 8);
                table[o + 2] = (byte) (t >>> 16);
                table[o + 3] = (byte) (t >>> 24);
            } else {
                table[o] = (byte) (t >>> 24);
                table[o + 1] = (byte) (t >>> 16);
                table[o + 2] = (byte) (t >>> 8);
                table[o + 3] = (byte) t;
            }
        }
        return new RateTable(cellLog, Bytes.of(table));
    }

    /**
     * @param percent 0 to 100
     * @return the probability as the kernel takes it, {@code rint(percent / 100 * UINT32_MAX)}
     *     ({@code get_percent})
     */
    public static int probability(double percent) {
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("a probability must be 0% to 100%, got " + percent + "%");
        }
        return (int) (long) Math.rint(percent / 100 * 4294967295.0);
    }

    /**
     * @param p a probability as the kernel holds it
     * @return it in percent
     */
    public static double percent(int p) {
        return Integer.toUnsignedLong(p) / 4294967295.0 * 100;
    }

    private static long toU32(long v) {
        return v & 0xffffffffL;
    }

    /**
     * A rate table and its cell size.
     *
     * @param cellLog log2 of the cell size
     * @param table 256 host-order u32 transmit times in ticks
     */
    public record RateTable(int cellLog, Bytes table) {
    }
}

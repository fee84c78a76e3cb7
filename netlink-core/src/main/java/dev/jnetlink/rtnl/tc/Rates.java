package dev.jnetlink.rtnl.tc;

/** Checks shared by the rate-limiting specs. */
final class Rates {
    private Rates() {
    }

    /**
     * @param what the parameter, for the message
     * @param bitsPerSecond the rate
     * @return the rate in bytes per second, as the kernel takes it
     */
    static long bytesPerSecond(String what, long bitsPerSecond) {
        if (bitsPerSecond <= 0) {
            throw new IllegalArgumentException(what + " must be above 0 bit/s, got " + bitsPerSecond);
        }
        if (bitsPerSecond < 8) {
            throw new IllegalArgumentException(what + " must be at least 8 bit/s (1 byte/s), got "
                    + bitsPerSecond);
        }
        return bitsPerSecond / 8;
    }

    static int positive(String what, long v) {
        if (v <= 0 || v > 0xffffffffL) {
            throw new IllegalArgumentException(what + " must be 1 to 4294967295, got " + v);
        }
        return (int) v;
    }

    /**
     * @param what the parameter, for the message
     * @param time a time {@code tc} reads with {@code get_time}
     * @return it in whole microseconds, as the kernel takes it
     */
    static int micros(String what, java.time.Duration time) {
        long us = time.toNanos() / 1000;
        if (us <= 0 || us > 0xffffffffL) {
            throw new IllegalArgumentException(what + " must be 1us to 4294967295us, got " + time);
        }
        return (int) us;
    }
}

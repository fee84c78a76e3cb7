package dev.jnetlink.bridge.codec;

import java.time.Duration;

/**
 * The kernel's bridge timers are {@code clock_t} values: centiseconds ({@code USER_HZ} is
 * 100). These convert them to and from {@link Duration}, exactly: a duration that is not a
 * whole number of centiseconds is refused rather than rounded.
 */
public final class Centiseconds {
    /** The largest centisecond count a {@link Duration} conversion accepts. */
    public static final long MAX = Long.MAX_VALUE / 10;

    private Centiseconds() {
    }

    /**
     * @param centiseconds a count of centiseconds, 0 to {@link #MAX}
     * @return the duration
     */
    public static Duration toDuration(long centiseconds) {
        return Duration.ofMillis(centiseconds * 10);
    }

    /**
     * @param d a duration
     * @param what what it is, for the message (e.g. {@code "forward delay"})
     * @param max the largest count the attribute holds
     * @return the duration in centiseconds
     * @throws IllegalArgumentException if negative, not a whole number of centiseconds, or
     *     larger than {@code max}
     */
    public static long of(Duration d, String what, long max) {
        if (d.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative, got " + d);
        }
        if (d.getNano() % 10_000_000 != 0) {
            throw new IllegalArgumentException(what + " " + d + " is not a whole number of"
                    + " centiseconds (the kernel keeps bridge timers in 1/100 s)");
        }
        long cs = d.getSeconds() > max / 100 ? Long.MAX_VALUE
                : d.getSeconds() * 100 + d.getNano() / 10_000_000;
        if (cs > max) {
            throw new IllegalArgumentException(what + " " + d + " exceeds the kernel's limit of "
                    + max + " centiseconds");
        }
        return cs;
    }
}

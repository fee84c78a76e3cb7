package dev.jnetlink.rtnl.link;

/** The range check the tunnel specs share, with {@code ip}'s name for the option. */
final class TunnelEndpoints {
    private TunnelEndpoints() {
    }

    /**
     * @param me the message's prefix
     * @param what the option's name as {@code ip} spells it
     * @param value its value
     * @param max the largest value allowed
     * @throws IllegalArgumentException if outside 0..max
     */
    static void range(String me, String what, long value, long max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(me + what + " " + value + " is outside 0.." + max);
        }
    }
}

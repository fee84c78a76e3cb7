package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.PrioOptions;

/** The priority qdisc: {@code tc qdisc add ... prio bands N} with {@code tc}'s default priomap. */
public final class Prio implements QdiscSpec {
    private final int bands;

    private Prio(int bands) {
        this.bands = bands;
    }

    /** @param bands 2 to 16 ({@code bands N}) @return the qdisc */
    public static Prio bands(int bands) {
        if (bands < 2 || bands > 16) {
            throw new IllegalArgumentException("prio bands must be 2 to 16, got " + bands);
        }
        return new Prio(bands);
    }

    @Override
    public String kind() {
        return "prio";
    }

    @Override
    public TcOptions options() {
        return new PrioOptions(bands, PrioOptions.DEFAULT_PRIOMAP, PrioOptions.EMPTY_COMPAT);
    }
}

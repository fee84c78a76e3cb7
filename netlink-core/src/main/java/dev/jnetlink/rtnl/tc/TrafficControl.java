package dev.jnetlink.rtnl.tc;

import dev.jnetlink.rtnl.Rtnl;
import java.util.Objects;

/**
 * Traffic control of one namespace, what {@code tc} does: {@link #qdiscs()},
 * {@link #classes()}, {@link #filters()}, and {@link #setup()} for a shaping setup of several
 * steps that removes what it added when a step fails. Obtained from {@link Rtnl#tc()}; uses
 * that client's socket.
 */
public final class TrafficControl {
    private final Qdiscs qdiscs;
    private final Classes classes;
    private final Filters filters;

    /**
     * @param rtnl the namespace's client; {@link Rtnl#tc()} returns one made this way
     */
    public TrafficControl(Rtnl rtnl) {
        TcRequests requests = new TcRequests(Objects.requireNonNull(rtnl, "rtnl"));
        this.qdiscs = new Qdiscs(requests);
        this.classes = new Classes(requests, qdiscs);
        this.filters = new Filters(requests);
    }

    /** @return qdisc operations ({@code tc qdisc}) */
    public Qdiscs qdiscs() {
        return qdiscs;
    }

    /** @return class operations ({@code tc class}) */
    public Classes classes() {
        return classes;
    }

    /** @return filter operations ({@code tc filter}) */
    public Filters filters() {
        return filters;
    }

    /**
     * Starts a setup of several steps, applied in order by {@link Setup#apply()}; like a
     * {@code tc -batch} file that cleans up after itself when a line fails.
     *
     * @return an empty setup
     */
    public Setup setup() {
        return new Setup(this);
    }
}

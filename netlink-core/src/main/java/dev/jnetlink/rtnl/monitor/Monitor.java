package dev.jnetlink.rtnl.monitor;

import dev.jnetlink.netns.NetNs;
import dev.jnetlink.socket.NetlinkSocket;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Builds a {@link Subscription} to rtnetlink events: what {@code ip monitor} does, in-process.
 *
 * <pre>{@code
 * try (Subscription events = Monitor.in(ns).groups(Group.LINK).listExisting(true).open()) {
 *     for (Event e : events) {
 *         if (e instanceof LinkEvent le) System.out.println(le);
 *     }
 * }
 * }</pre>
 *
 * <p>Loss is explicit: when the kernel drops events ({@code ENOBUFS}) the subscriber gets an
 * {@link Overrun}, the subscription stays open, and with {@link #resyncOnOverrun(boolean)} it
 * re-reads the state and delivers the difference. {@code NETLINK_NO_ENOBUFS} is never set.
 */
public final class Monitor {
    /**
     * Default receive buffer to request, in bytes: holds a burst of 10,000 route events
     * (each costs the kernel about a kilobyte of buffer) while the subscriber is busy.
     */
    public static final int DEFAULT_RECEIVE_BUFFER = 16 << 20;

    private final NetNs ns;
    private final EnumSet<Group> groups = EnumSet.noneOf(Group.class);
    private boolean listExisting;
    private boolean resync;
    private int receiveBuffer = DEFAULT_RECEIVE_BUFFER;

    private Monitor(NetNs ns) {
        this.ns = ns;
    }

    /**
     * Events of a namespace. Equivalent to {@code ip -n NAME monitor}.
     *
     * @param ns the namespace; its socket is opened inside it and keeps working after the
     *     handle is closed
     * @return a builder
     */
    public static Monitor in(NetNs ns) {
        return new Monitor(Objects.requireNonNull(ns, "ns"));
    }

    /**
     * Events of the calling thread's namespace. Equivalent to {@code ip monitor}.
     *
     * @return a builder
     */
    public static Monitor current() {
        return new Monitor(null);
    }

    /**
     * @param groups the groups to join, e.g. {@code Group.LINK, Group.IPV4_ROUTE}
     * @return this builder
     */
    public Monitor groups(Group... groups) {
        this.groups.addAll(Arrays.asList(groups));
        return this;
    }

    /**
     * @param groups the groups to join
     * @return this builder
     */
    public Monitor groups(Set<Group> groups) {
        this.groups.addAll(groups);
        return this;
    }

    /**
     * Deliver the current state first (as {@link Change#NEW} events with
     * {@link ObjectEvent#fromDump()} set, then {@link Synced}), then the changes after it, with
     * no gap and no duplicate at the seam.
     *
     * @param on true to list existing objects first
     * @return this builder
     */
    public Monitor listExisting(boolean on) {
        this.listExisting = on;
        return this;
    }

    /**
     * After an {@link Overrun}, re-read the state and deliver the difference (created, changed
     * and deleted objects), then {@link Synced}.
     *
     * @param on true to resync on overrun
     * @return this builder
     */
    public Monitor resyncOnOverrun(boolean on) {
        this.resync = on;
        return this;
    }

    /** Smallest receive buffer accepted: a chunk of a dump (up to 32 KiB) must fit in it. */
    public static final int MIN_RECEIVE_BUFFER = 64 << 10;

    /**
     * @param bytes receive buffer to request ({@code SO_RCVBUFFORCE}, which needs
     *     CAP_NET_ADMIN, else {@code SO_RCVBUF} capped by {@code net.core.rmem_max}); at least
     *     {@value #MIN_RECEIVE_BUFFER}
     * @return this builder
     */
    public Monitor receiveBufferSize(int bytes) {
        if (bytes < MIN_RECEIVE_BUFFER) {
            throw new IllegalArgumentException("receive buffer must be at least " + MIN_RECEIVE_BUFFER
                    + " bytes (a dump chunk must fit), got " + bytes);
        }
        this.receiveBuffer = bytes;
        return this;
    }

    /**
     * A subscription to another netlink protocol's events, through the same machinery as
     * rtnetlink's: overruns signalled and resynced, listing of existing state with no gap,
     * pull, callback or NIO consumption. The caller opens the socket of its protocol (in the
     * namespace it wants), sets its receive buffer and joins its groups; nftables' monitor is
     * built this way.
     *
     * @param socket the socket, owned by the subscription from now on (closed with it, or if
     *     this fails)
     * @param families what the subscription follows
     * @param listExisting list the existing objects first, then {@link Synced}
     * @param resync re-read the state after an overrun
     * @return the subscription
     */
    public static Subscription subscription(NetlinkSocket socket, java.util.List<Family<?>> families,
            boolean listExisting, boolean resync) {
        try {
            return new Subscription(socket, java.util.List.copyOf(families), listExisting, resync);
        } catch (RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /**
     * Opens the socket, joins the groups and, if asked, starts listing the existing state.
     *
     * @return the subscription
     * @throws IllegalStateException if no group was chosen
     */
    public Subscription open() {
        if (groups.isEmpty()) {
            throw new IllegalStateException("choose at least one group to monitor");
        }
        NetlinkSocket socket = ns == null ? NetlinkSocket.open(NetlinkSocket.NETLINK_ROUTE)
                : ns.call(() -> NetlinkSocket.open(NetlinkSocket.NETLINK_ROUTE));
        try {
            socket.setReceiveBufferSize(receiveBuffer);
            for (Group g : groups) {
                socket.joinGroup(g.number());
            }
            return new Subscription(socket, Families.forGroups(groups), listExisting, resync);
        } catch (RuntimeException e) {
            socket.close();
            throw e;
        }
    }
}

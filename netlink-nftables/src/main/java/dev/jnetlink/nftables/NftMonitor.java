package dev.jnetlink.nftables;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.nftables.codec.Chain;
import dev.jnetlink.nftables.codec.NfGenMsg;
import dev.jnetlink.nftables.codec.NfMessages;
import dev.jnetlink.nftables.codec.Nfnetlink;
import dev.jnetlink.nftables.codec.NftMsg;
import dev.jnetlink.nftables.codec.NftSet;
import dev.jnetlink.nftables.codec.NftaChain;
import dev.jnetlink.nftables.codec.NftaTable;
import dev.jnetlink.nftables.codec.Rule;
import dev.jnetlink.nftables.codec.Table;
import dev.jnetlink.rtnl.monitor.Family;
import dev.jnetlink.rtnl.monitor.Monitor;
import dev.jnetlink.rtnl.monitor.Subscription;
import dev.jnetlink.socket.NetlinkSocket;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Builds a {@link Subscription} to ruleset changes ({@code NFNLGRP_NFTABLES}): what
 * {@code nft monitor} does, in-process, through the same machinery as rtnetlink's events
 * (overruns signalled and resynced, existing state listed first with no gap, pull, callback
 * or NIO).
 * <pre>{@code
 * try (Subscription events = NftMonitor.in(ns).listExisting(true).open()) {
 *     for (Event e : events) {
 *         if (e instanceof NftEvent<?> n) System.out.println(n);   // add rule ip nat docker handle 4 ...
 *     }
 * }
 * }</pre>
 */
public final class NftMonitor {
    private final NetNs ns;
    private boolean listExisting;
    private boolean resync;
    private int receiveBuffer = Monitor.DEFAULT_RECEIVE_BUFFER;

    private NftMonitor(NetNs ns) {
        this.ns = ns;
    }

    /**
     * Equivalent to {@code ip netns exec NAME nft monitor}.
     *
     * @param ns the namespace
     * @return a builder
     */
    public static NftMonitor in(NetNs ns) {
        return new NftMonitor(Objects.requireNonNull(ns, "ns"));
    }

    /**
     * Equivalent to {@code nft monitor}, in the calling thread's namespace.
     *
     * @return a builder
     */
    public static NftMonitor current() {
        return new NftMonitor(null);
    }

    /**
     * @param on deliver the existing tables, chains, sets and rules first, then {@code Synced}
     * @return this builder
     */
    public NftMonitor listExisting(boolean on) {
        this.listExisting = on;
        return this;
    }

    /**
     * @param on after an overrun, re-read the ruleset and deliver the difference
     * @return this builder
     */
    public NftMonitor resyncOnOverrun(boolean on) {
        this.resync = on;
        return this;
    }

    /**
     * @param bytes receive buffer to request, at least {@link Monitor#MIN_RECEIVE_BUFFER}
     * @return this builder
     */
    public NftMonitor receiveBufferSize(int bytes) {
        if (bytes < Monitor.MIN_RECEIVE_BUFFER) {
            throw new IllegalArgumentException("receive buffer must be at least " + Monitor.MIN_RECEIVE_BUFFER
                    + " bytes, got " + bytes);
        }
        this.receiveBuffer = bytes;
        return this;
    }

    /** @return the subscription, its socket joined to {@code NFNLGRP_NFTABLES} */
    public Subscription open() {
        NetlinkSocket socket = ns == null ? NetlinkSocket.open(Nfnetlink.PROTOCOL)
                : ns.call(() -> NetlinkSocket.open(Nfnetlink.PROTOCOL));
        try {
            socket.setReceiveBufferSize(receiveBuffer);
            socket.joinGroup(Nfnetlink.GROUP_NFTABLES);
        } catch (RuntimeException e) {
            socket.close();
            throw e;
        }
        return Monitor.subscription(socket, FAMILIES, listExisting, resync);
    }

    private record TableKey(int family, String name) {
    }

    private record ChainKey(int family, String table, String name) {
    }

    private record RuleKey(int family, String table, String chain, Long handle) {
    }

    private static <T extends Record> Family<T> family(String name, int msg, AttributeSetCodec<T> codec,
            Function<T, Object> key, BiPredicate<T, T> sameState) {
        return new Family<>(name, -1, Set.of(Nfnetlink.GROUP_NFTABLES), Nfnetlink.type(msg),
                Nfnetlink.type(msg + 2), Nfnetlink.type(msg + 1), w -> NfGenMsg.of(0).write(w.buffer()),
                m -> NfMessages.decode(m, codec), key, sameState, m -> true, NftEvent::new);
    }

    // NEW, GET and DEL of each object are consecutive message types: NEWRULE, GETRULE, DELRULE.
    private static final List<Family<?>> FAMILIES = List.of(
            family("nft table", NftMsg.NEWTABLE, Table.CODEC, t -> new TableKey(t.family(), t.name()),
                    (a, b) -> Table.CODEC.equalExcept(a, b, NftaTable.USE)),
            family("nft chain", NftMsg.NEWCHAIN, Chain.CODEC,
                    c -> new ChainKey(c.header().family(), c.table(), c.name()),
                    (a, b) -> Chain.CODEC.equalExcept(a, b, NftaChain.USE, NftaChain.COUNTERS)),
            family("nft set", NftMsg.NEWSET, NftSet.CODEC,
                    s -> new ChainKey(s.header().family(), s.table(), s.name()), NftSet::equals),
            family("nft rule", NftMsg.NEWRULE, Rule.CODEC,
                    r -> new RuleKey(r.header().family(), r.table(), r.chain(), r.handle()), (a, b) -> true));
}

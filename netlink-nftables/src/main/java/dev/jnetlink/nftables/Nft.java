package dev.jnetlink.nftables;

import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.nftables.codec.Chain;
import dev.jnetlink.nftables.codec.Generation;
import dev.jnetlink.nftables.codec.NfGenMsg;
import dev.jnetlink.nftables.codec.NfMessages;
import dev.jnetlink.nftables.codec.Nfnetlink;
import dev.jnetlink.nftables.codec.NftMsg;
import dev.jnetlink.nftables.codec.NftSet;
import dev.jnetlink.nftables.codec.NftaRule;
import dev.jnetlink.nftables.codec.NftaSetElemList;
import dev.jnetlink.nftables.codec.Rule;
import dev.jnetlink.nftables.codec.SetElement;
import dev.jnetlink.nftables.codec.SetElements;
import dev.jnetlink.nftables.codec.Table;
import dev.jnetlink.socket.Errno;
import dev.jnetlink.socket.KernelLacksFeatureException;
import dev.jnetlink.socket.NetlinkException;
import dev.jnetlink.socket.NetlinkSocket;
import dev.jnetlink.socket.Request;
import dev.jnetlink.socket.RequestEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An nftables client bound to one network namespace for life: what the {@code nft} program
 * does, over {@code NETLINK_NETFILTER}, in-process.
 * <pre>{@code
 * try (Nft nft = Nft.openIn(ns)) {
 *     nft.transaction().add(TableSpec.ip("nat")).add(docker).add(rule).commit();
 *     System.out.println(nft.ruleset());        // nft list ruleset
 * }
 * }</pre>
 *
 * <p>Thread safety: a client may be shared by threads (one request in flight at a time); see
 * {@link RequestEngine}. A {@link Transaction} belongs to the thread that builds it.
 */
public final class Nft implements AutoCloseable {
    private final RequestEngine engine;

    private Nft(RequestEngine engine) {
        this.engine = engine;
    }

    /**
     * Opens a client in the calling thread's network namespace.
     *
     * @return the client
     * @throws KernelLacksFeatureException if the kernel has no nfnetlink
     */
    public static Nft open() {
        return open(RequestEngine.Options.DEFAULT);
    }

    /**
     * @param options engine settings
     * @return a client in the calling thread's namespace
     */
    public static Nft open(RequestEngine.Options options) {
        return wrap(socket(), options);
    }

    /**
     * Opens a client bound to a namespace, usable from any thread afterwards: like prefixing
     * every command with {@code ip netns exec NAME nft ...}. The socket is created on a
     * short-lived thread that enters the namespace; the caller's thread does not move.
     *
     * @param ns the namespace
     * @return the client
     */
    public static Nft openIn(NetNs ns) {
        return openIn(ns, RequestEngine.Options.DEFAULT);
    }

    /**
     * @param ns the namespace
     * @param options engine settings
     * @return a client bound to {@code ns}
     */
    public static Nft openIn(NetNs ns, RequestEngine.Options options) {
        Objects.requireNonNull(ns, "ns");
        return wrap(ns.call(Nft::socket), options);
    }

    private static NetlinkSocket socket() {
        try {
            return NetlinkSocket.open(Nfnetlink.PROTOCOL);
        } catch (NetlinkException e) {
            if (e.errnoNumber() == Errno.EPROTONOSUPPORT.number()) {
                throw new KernelLacksFeatureException("nfnetlink (NETLINK_NETFILTER)", e);
            }
            throw e;
        }
    }

    private static Nft wrap(NetlinkSocket socket, RequestEngine.Options options) {
        try {
            return new Nft(new RequestEngine(socket, options));
        } catch (RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** @return the request engine, for requests this class has no method for */
    public RequestEngine engine() {
        return engine;
    }

    /**
     * Starts a transaction: changes applied all or nothing on {@link Transaction#commit()}.
     * Equivalent to writing the changes to a file and running {@code nft -f FILE}.
     *
     * @return an empty transaction
     */
    public Transaction transaction() {
        return new Transaction(this);
    }

    /**
     * The ruleset's generation, which every committed transaction moves on by one. Equivalent
     * to the {@code # new generation} line of {@code nft monitor}.
     *
     * @return the generation id
     */
    public int generation() {
        Generation g = engine.query(request(NftMsg.GETGEN, 0, null, w -> NfGenMsg.of(0).write(w.buffer())),
                m -> NfMessages.decode(m, Generation.CODEC));
        if (g == null || g.id() == null) {
            throw new NetlinkException(null, "NFT_MSG_GETGEN", null,
                    "the kernel answered without a generation id", null);
        }
        return g.id();
    }

    private static Request request(int msg, int flags, String object, Consumer<MessageWriter> body) {
        return new Request(Nfnetlink.FAMILY, Nfnetlink.type(msg), flags, object, body::accept);
    }

    // A GET dump is answered with the NEW type just before it (GETRULE 7, NEWRULE 6).
    private <T extends Record> List<T> dump(int msg, String object, Consumer<MessageWriter> body,
            dev.jnetlink.codec.AttributeSetCodec<T> codec) {
        return engine.dump(request(msg, 0, object, body), m -> m.type() == Nfnetlink.type(msg - 1)
                ? NfMessages.decode(m, codec) : null);
    }

    /** @return every table, of every family. Equivalent to {@code nft list tables}. */
    public List<Table> listTables() {
        return dump(NftMsg.GETTABLE, "tables", w -> NfGenMsg.of(0).write(w.buffer()), Table.CODEC);
    }

    /** @return every chain, with its hook, policy and counters. Equivalent to {@code nft list chains}. */
    public List<Chain> listChains() {
        return dump(NftMsg.GETCHAIN, "chains", w -> NfGenMsg.of(0).write(w.buffer()), Chain.CODEC);
    }

    /** @return every rule, with handles and counters. Equivalent to {@code nft -a list ruleset}'s rules. */
    public List<Rule> listRules() {
        return dump(NftMsg.GETRULE, "rules", w -> NfGenMsg.of(0).write(w.buffer()), Rule.CODEC);
    }

    /**
     * Equivalent to {@code nft -a list chain FAMILY TABLE CHAIN}.
     *
     * @param table the table
     * @param chain the chain's name
     * @return its rules, in order
     */
    public List<Rule> listRules(TableSpec table, String chain) {
        return dump(NftMsg.GETRULE, table.name() + "/" + chain, w -> {
            NfGenMsg.of(table.family().number()).write(w.buffer());
            w.putString(NftaRule.TABLE, table.name());
            w.putString(NftaRule.CHAIN, chain);
        }, Rule.CODEC);
    }

    /** @return every set and map, anonymous ones included. Equivalent to {@code nft list sets}. */
    public List<NftSet> listSets() {
        return dump(NftMsg.GETSET, "sets", w -> NfGenMsg.of(0).write(w.buffer()), NftSet.CODEC);
    }

    /**
     * Equivalent to the {@code elements = { ... }} of {@code nft list set FAMILY TABLE NAME}.
     *
     * @param family the table's family
     * @param table the table's name
     * @param set the set's name
     * @return its elements as the kernel holds them (interval sets: starts and ends)
     */
    public List<SetElement> listElements(TableFamily family, String table, String set) {
        List<SetElements> batches = dump(NftMsg.GETSETELEM, table + "/" + set, w -> {
            NfGenMsg.of(family.number()).write(w.buffer());
            w.putString(NftaSetElemList.TABLE, table);
            w.putString(NftaSetElemList.SET, set);
        }, SetElements.CODEC);
        List<SetElement> out = new ArrayList<>();
        for (SetElements b : batches) {
            if (b.elements() != null) {
                out.addAll(b.elements());
            }
        }
        return out;
    }

    /**
     * Everything, read at one generation: tables, chains, rules, sets and their elements.
     * Equivalent to {@code nft list ruleset}; {@link Ruleset#toString()} prints it as nft does.
     *
     * @return the ruleset
     */
    public Ruleset ruleset() {
        for (int attempt = 0; ; attempt++) {
            int before = generation();
            List<Table> tables = listTables();
            List<Chain> chains = listChains();
            List<Rule> rules = listRules();
            List<NftSet> sets = listSets();
            Map<String, List<SetElement>> elements = new LinkedHashMap<>();
            for (NftSet s : sets) {
                TableFamily f = TableFamily.of(s.header().family());
                if (f != null) {
                    elements.put(Ruleset.setKey(s), listElements(f, s.table(), s.name()));
                }
            }
            int after = generation();
            if (before == after || attempt >= engine.options().dumpRetries()) {
                return new Ruleset(after, before == after, tables, chains, rules, sets, elements);
            }
        }
    }

    /** Closes the socket. Idempotent. */
    @Override
    public void close() {
        engine.close();
    }
}

package dev.jnetlink.nftables;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.nftables.codec.Chain;
import dev.jnetlink.nftables.codec.Generation;
import dev.jnetlink.nftables.codec.NfGenMsg;
import dev.jnetlink.nftables.codec.NfMessages;
import dev.jnetlink.nftables.codec.Nfnetlink;
import dev.jnetlink.nftables.codec.NftMsg;
import dev.jnetlink.nftables.codec.NftSet;
import dev.jnetlink.nftables.codec.Rule;
import dev.jnetlink.nftables.codec.SetElements;
import dev.jnetlink.nftables.codec.Table;
import dev.jnetlink.nftables.codec.expr.Expression;
import dev.jnetlink.nftables.codec.expr.Lookup;
import dev.jnetlink.socket.Errno;
import dev.jnetlink.socket.KernelLacksFeatureException;
import dev.jnetlink.socket.NetlinkException;
import dev.jnetlink.socket.Request;
import dev.jnetlink.socket.RequestEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Changes to the ruleset applied all or nothing: one nfnetlink batch
 * ({@code NFNL_MSG_BATCH_BEGIN} ... {@code NFNL_MSG_BATCH_END}) in one {@code sendmsg}, as
 * {@code nft -f FILE} sends a file. If the kernel refuses any message, nothing is applied and
 * {@link #commit()} throws {@link TransactionFailedException} naming every refused object.
 * <pre>{@code
 * Committed c = nft.transaction()
 *         .add(nat)                       // nft add table ip nat
 *         .add(docker)                    // nft add chain ip nat docker
 *         .add(RuleSpec.in(docker).tcpDport(8080).dnat("172.17.0.2", 80).build())
 *         .commit();
 * RuleHandle added = c.rules().get(0);   // delete exactly this rule later
 * }</pre>
 *
 * <p>Not thread-safe; one transaction is built by one thread, and committed once.
 */
public final class Transaction {
    private static final int ERESTART = 85;

    private final Nft nft;
    private final List<Op> ops = new ArrayList<>();
    private final Map<String, Integer> setIds = new HashMap<>();
    private int lastSetId;
    private Integer expectedGeneration;
    private boolean echo = true;
    private boolean committed;

    private record Op(int msg, int flags, Supplier<String> object, Consumer<MessageWriter> body,
            RuleSpec rule) {
    }

    Transaction(Nft nft) {
        this.nft = nft;
    }

    private Transaction op(int msg, int flags, Supplier<String> object, Consumer<MessageWriter> body,
            RuleSpec rule) {
        if (committed) {
            throw new IllegalStateException("this transaction was committed; start another");
        }
        ops.add(new Op(msg, flags, object, body, rule));
        return this;
    }

    /**
     * Adds a table if it is not there. Equivalent to {@code nft add table FAMILY NAME}.
     *
     * @param table the table
     * @return this transaction
     */
    public Transaction add(TableSpec table) {
        Table t = table.toRecord();
        return op(NftMsg.NEWTABLE, 0, table::toString, w -> NfMessages.encode(w, t.header(), Table.CODEC, t), null);
    }

    /**
     * Adds a table that must not be there yet. Equivalent to {@code nft create table FAMILY NAME}.
     *
     * @param table the table
     * @return this transaction
     */
    public Transaction create(TableSpec table) {
        Table t = table.toRecord();
        return op(NftMsg.NEWTABLE, NlMsg.F_EXCL, table::toString,
                w -> NfMessages.encode(w, t.header(), Table.CODEC, t), null);
    }

    /**
     * Adds a chain (if it is not there). Equivalent to
     * {@code nft add chain FAMILY TABLE NAME '{ type nat hook prerouting priority -100; }'}.
     *
     * @param chain the chain
     * @return this transaction
     */
    public Transaction add(ChainSpec chain) {
        Chain c = chain.toRecord();
        return op(NftMsg.NEWCHAIN, NlMsg.F_CREATE, chain::toString,
                w -> NfMessages.encode(w, c.header(), Chain.CODEC, c), null);
    }

    /**
     * Appends a rule to its chain. Equivalent to {@code nft add rule FAMILY TABLE CHAIN ...}.
     *
     * @param rule the rule
     * @return this transaction
     */
    public Transaction add(RuleSpec rule) {
        List<Integer> anonymousIds = new ArrayList<>();
        for (AnonymousSet set : rule.anonymousSets()) {
            int id = ++lastSetId;
            anonymousIds.add(id);
            NftSet s = set.toRecord(id);
            SetElements e = set.elementsRecord(id);
            Supplier<String> what = () -> "set of " + rule.table().name() + "/" + rule.chain() + " rule \"" + rule + "\"";
            op(NftMsg.NEWSET, NlMsg.F_CREATE, what, w -> NfMessages.encode(w, s.header(), NftSet.CODEC, s), null);
            op(NftMsg.NEWSETELEM, NlMsg.F_CREATE, what, w -> NfMessages.encode(w, e.header(), SetElements.CODEC, e),
                    null);
        }
        return op(NftMsg.NEWRULE, NlMsg.F_CREATE | NlMsg.F_APPEND,
                () -> rule.table().name() + "/" + rule.chain() + " rule \"" + rule + "\"",
                w -> {
                    Rule r = withSetIds(rule.toRecord(), anonymousIds);
                    NfMessages.encode(w, r.header(), Rule.CODEC, r);
                }, rule);
    }

    /**
     * Adds a named set and its elements. Equivalent to
     * {@code nft add set FAMILY TABLE NAME '{ type T; flags interval; elements = { ... } }'}.
     *
     * @param set the set
     * @return this transaction
     */
    public Transaction add(SetSpec set) {
        int id = ++lastSetId;
        return addSet(set.table(), set.name(), () -> "set " + set, set.toRecord(id), set.elementsRecord(id));
    }

    // A named set or map and its elements; rules added later find it by its id in the batch.
    private Transaction addSet(TableSpec table, String name, Supplier<String> what, NftSet set,
            SetElements elements) {
        setIds.put(table.family() + " " + table.name() + " " + name, set.id());
        op(NftMsg.NEWSET, NlMsg.F_CREATE, what, w -> NfMessages.encode(w, set.header(), NftSet.CODEC, set), null);
        if (elements != null) {
            op(NftMsg.NEWSETELEM, NlMsg.F_CREATE, () -> "elements of " + what.get(),
                    w -> NfMessages.encode(w, elements.header(), SetElements.CODEC, elements), null);
        }
        return this;
    }

    /**
     * Adds a named map and its elements. Equivalent to
     * {@code nft add map FAMILY TABLE NAME '{ type K : V; elements = { ... } }'}.
     *
     * @param map the map
     * @return this transaction
     */
    public Transaction add(MapSpec map) {
        int id = ++lastSetId;
        return addSet(map.table(), map.name(), () -> "map " + map, map.toRecord(id), map.elementsRecord(id));
    }

    /**
     * Deletes one rule by its handle. Equivalent to
     * {@code nft delete rule FAMILY TABLE CHAIN handle N}.
     *
     * @param rule the rule
     * @return this transaction
     */
    public Transaction delete(RuleHandle rule) {
        Rule r = new Rule(NfGenMsg.of(rule.table().family().number()), rule.table().name(), rule.chain(),
                rule.handle(), null, null, null, null, null, null, null, List.of());
        return op(NftMsg.DELRULE, 0, rule::toString, w -> NfMessages.encode(w, r.header(), Rule.CODEC, r), null);
    }

    /**
     * Deletes a chain, which must hold no rules and have no jumps to it. Equivalent to
     * {@code nft delete chain FAMILY TABLE NAME}.
     *
     * @param chain the chain
     * @return this transaction
     */
    public Transaction delete(ChainSpec chain) {
        Chain c = new Chain(NfGenMsg.of(chain.table().family().number()), chain.table().name(), chain.name(),
                null, null, null, null, null, null, null, null, null, List.of());
        return op(NftMsg.DELCHAIN, 0, chain::toString, w -> NfMessages.encode(w, c.header(), Chain.CODEC, c), null);
    }

    /**
     * Deletes a table and everything in it. Equivalent to {@code nft delete table FAMILY NAME}.
     *
     * @param table the table
     * @return this transaction
     */
    public Transaction delete(TableSpec table) {
        Table t = new Table(NfGenMsg.of(table.family().number()), table.name(), null, null, null, null, null,
                List.of());
        return op(NftMsg.DELTABLE, 0, table::toString, w -> NfMessages.encode(w, t.header(), Table.CODEC, t), null);
    }

    /**
     * Removes every rule of a chain. Equivalent to {@code nft flush chain FAMILY TABLE NAME}.
     *
     * @param chain the chain
     * @return this transaction
     */
    public Transaction flush(ChainSpec chain) {
        Rule r = new Rule(NfGenMsg.of(chain.table().family().number()), chain.table().name(), chain.name(),
                null, null, null, null, null, null, null, null, List.of());
        return op(NftMsg.DELRULE, 0, () -> "rules of " + chain, w -> NfMessages.encode(w, r.header(), Rule.CODEC, r),
                null);
    }

    /**
     * Applies the transaction only if the ruleset is still at this generation
     * ({@code NFNL_BATCH_GENID}): read the ruleset, decide, and the commit fails with
     * {@link GenerationChangedException} instead of overwriting someone else's change.
     *
     * @param generation what {@link Nft#generation()} or {@link Ruleset#generation()} said
     * @return this transaction
     */
    public Transaction expectGeneration(int generation) {
        this.expectedGeneration = generation;
        return this;
    }

    /**
     * @param on false to not ask the kernel to echo what it made ({@code NLM_F_ECHO}): the
     *     commit is then cheaper, and {@link Committed} has no handles and no generation
     * @return this transaction
     */
    public Transaction learnHandles(boolean on) {
        this.echo = on;
        return this;
    }

    /** @return how many objects the transaction holds */
    public int size() {
        return ops.size();
    }

    // nft sends NFTA_LOOKUP_SET_ID with a lookup of a set made in the same batch: the rule's
    // own anonymous sets, in order, and named sets added before it.
    private Rule withSetIds(Rule r, List<Integer> anonymousIds) {
        if (setIds.isEmpty() && anonymousIds.isEmpty()) {
            return r;
        }
        List<Expression> ex = new ArrayList<>(r.expressions());
        boolean changed = false;
        int anonymous = 0;
        for (int i = 0; i < ex.size(); i++) {
            if (ex.get(i) instanceof Lookup l && l.setId() == null) {
                Integer id = AnonymousSet.NAME.equals(l.set()) ? anonymousIds.get(anonymous++)
                        : setIds.get(TableFamily.of(r.header().family()) + " " + r.table() + " " + l.set());
                if (id != null) {
                    ex.set(i, new Lookup(l.sreg(), l.dreg(), l.set(), id, l.flags(), l.unknown()));
                    changed = true;
                }
            }
        }
        return changed ? new Rule(r.header(), r.table(), r.chain(), r.handle(), r.position(), ex, r.userdata(),
                r.compat(), r.id(), r.positionId(), r.chainId(), r.unknown()) : r;
    }

    /**
     * Sends the transaction and waits for the kernel's verdict.
     *
     * @return the handles of what was added, and the new generation
     * @throws TransactionFailedException if the kernel refused any message: nothing was applied
     * @throws GenerationChangedException if {@link #expectGeneration} was set and the ruleset
     *     changed since
     * @throws KernelLacksFeatureException if the kernel lacks nf_tables, a table family or an
     *     expression the transaction uses
     * @throws TransactionOutcomeUnknownException if the kernel's answers were lost
     * @throws IllegalStateException if it was committed already, or is empty
     */
    public Committed commit() {
        if (committed) {
            throw new IllegalStateException("this transaction was committed already");
        }
        if (ops.isEmpty()) {
            throw new IllegalStateException("an empty transaction: add something first");
        }
        committed = true;
        int n = ops.size();
        List<Request> requests = requests();

        Long[] handles = new Long[n];
        Integer[] generation = {null};
        List<TransactionFailedException.Failure> failures = new ArrayList<>();
        NetlinkException[] batchFailure = {null};
        // An echo costs the kernel about the rule's size plus an skb; an error about 1 KiB.
        int replyBytes = echo ? (int) Math.min(1 << 30, 256L * 1024 + n * 2048L) : 64 * 1024 + n * 1024;
        try {
            nft.engine().transact(requests, replyBytes, new RequestEngine.Replies() {
                @Override
                public void message(int index, MessageCursor m) {
                    Record r = NfMessages.decode(m);
                    if (r instanceof Generation g) {
                        generation[0] = g.id();
                    } else if (index >= 1 && index <= n) {
                        Long h = r instanceof Rule x ? x.handle() : r instanceof Chain x ? x.handle()
                                : r instanceof Table x ? x.handle() : r instanceof NftSet x ? x.handle() : null;
                        if (h != null) {
                            handles[index - 1] = h;
                        }
                    }
                }

                @Override
                public boolean acknowledged(int index, NetlinkException failure) {
                    if (index == 0) {
                        batchFailure[0] = failure;
                        return failure != null;
                    }
                    if (failure != null && index <= n) {
                        failures.add(new TransactionFailedException.Failure(index - 1,
                                ops.get(index - 1).object.get(), failure));
                    }
                    return index == n;
                }
            });
        } catch (NetlinkException e) {
            if (e.errnoNumber() == Errno.ENOBUFS.number()) {
                throw new TransactionOutcomeUnknownException(n, nft.generation(), e);
            }
            throw e;
        }
        if (batchFailure[0] != null) {
            NetlinkException f = batchFailure[0];
            if (f.errnoNumber() == ERESTART && expectedGeneration != null) {
                throw new GenerationChangedException(expectedGeneration, f);
            }
            if (f.errnoNumber() == Errno.EOPNOTSUPP.number() || f.errnoNumber() == Errno.EPROTONOSUPPORT.number()) {
                throw new KernelLacksFeatureException("nf_tables", f);
            }
            throw f;
        }
        if (!failures.isEmpty()) {
            TransactionFailedException.Failure first = failures.get(0);
            NetlinkException cause = first.cause();
            int errno = cause.errnoNumber();
            Op op = ops.get(first.index());
            if (op.rule != null && lacksExpression(op.rule, cause)) {
                throw new KernelLacksFeatureException("nftables expression " + String.join(" or ",
                        op.rule.expressions().stream().filter(e -> !BUILT_IN.contains(e.name()))
                                .map(Expression::name).distinct().toList()), cause);
            }
            if (errno == Errno.EAFNOSUPPORT.number()) {
                throw new KernelLacksFeatureException("this nftables table family", cause);
            }
            throw new TransactionFailedException(failures);
        }
        List<RuleHandle> rules = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            RuleSpec r = ops.get(i).rule;
            if (r != null && handles[i] != null) {
                rules.add(new RuleHandle(r.table(), r.chain(), handles[i]));
            }
        }
        return new Committed(generation[0], java.util.Arrays.asList(handles), rules);
    }

    /**
     * @return the batch as it is sent: the begin marker (with the expected generation), one
     *     request per object (echo asked of what it adds, an ack of the last one, which says the
     *     kernel is done), the end marker
     */
    List<Request> requests() {
        int n = ops.size();
        List<Request> requests = new ArrayList<>(n + 2);
        requests.add(marker(Nfnetlink.BATCH_BEGIN, expectedGeneration));
        for (int i = 0; i < n; i++) {
            Op op = ops.get(i);
            int flags = op.flags | (i == n - 1 ? NlMsg.F_ACK : 0)
                    | (echo && isNew(op.msg) ? NlMsg.F_ECHO : 0);
            requests.add(Request.describedLazily(Nfnetlink.FAMILY, Nfnetlink.type(op.msg), flags, op.object,
                    w -> op.body.accept(w)));
        }
        requests.add(marker(Nfnetlink.BATCH_END, null));
        return requests;
    }

    // Expressions nf_tables has built in: a rule using only these never misses a module.
    private static final java.util.Set<String> BUILT_IN = java.util.Set.of("payload", "cmp", "meta",
            "bitwise", "immediate", "lookup", "range", "byteorder", "dynset", "counter", "objref", "last");

    // A missing expression module is ENOENT against the expression (nft_expr_type_get found no
    // type); so is a jump to a missing chain or a lookup of a missing set, which this rule
    // would then hold.
    private static boolean lacksExpression(RuleSpec rule, NetlinkException cause) {
        if (cause.errnoNumber() != Errno.ENOENT.number() || cause.attribute() == null
                || !cause.attribute().startsWith("NFTA_RULE_EXPRESSIONS")) {
            return false;
        }
        boolean notBuiltIn = false;
        for (Expression e : rule.expressions()) {
            if (e instanceof Lookup || e instanceof dev.jnetlink.nftables.codec.expr.Immediate i
                    && i.data() != null && i.data().verdict() != null && i.data().verdict().chain() != null) {
                return false;
            }
            notBuiltIn |= !BUILT_IN.contains(e.name());
        }
        return notBuiltIn;
    }

    private static boolean isNew(int msg) {
        return msg == NftMsg.NEWTABLE || msg == NftMsg.NEWCHAIN || msg == NftMsg.NEWRULE || msg == NftMsg.NEWSET;
    }

    private static Request marker(int type, Integer generation) {
        return new Request(Nfnetlink.FAMILY, type, 0, null, w -> {
            new NfGenMsg(0, 0, Nfnetlink.SUBSYS_NFTABLES).write(w.buffer());
            if (generation != null) {
                w.putBe32(Nfnetlink.Batch.GENID, generation);
            }
        });
    }

    @Override
    public String toString() {
        return "Transaction[" + ops.size() + " objects]";
    }
}

package dev.jnetlink.rtnl;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.addr.AddressFamily;
import dev.jnetlink.codec.rule.FibRuleHdr;
import dev.jnetlink.codec.rule.Fra;
import dev.jnetlink.codec.rule.Rule;
import dev.jnetlink.codec.rule.RuleCodec;
import dev.jnetlink.socket.Request;
import dev.jnetlink.socket.RequestEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Policy routing rules of one namespace: what {@code ip rule add/del/list} do. Obtained
 * from {@link Rtnl#rules()}.
 */
public final class Rules {
    private final RequestEngine engine;

    Rules(RequestEngine engine) {
        this.engine = engine;
    }

    static Rule decode(MessageCursor m) {
        return m.type() == Rtm.NEWRULE ? RuleCodec.decode(m) : null;
    }

    /**
     * Adds a rule; fails if an identical one exists. Equivalent to {@code ip rule add ...}.
     *
     * @param spec the rule
     * @throws dev.jnetlink.socket.AlreadyExistsException if the same rule exists
     */
    public void add(RuleSpec spec) {
        modify(spec, Rtm.NEWRULE, NlMsg.F_CREATE | NlMsg.F_EXCL);
    }

    /**
     * @param spec the rule, built
     * @see #add(RuleSpec)
     */
    public void add(RuleSpec.Builder spec) {
        add(spec.build());
    }

    /**
     * Deletes the first rule that matches everything the spec sets. Equivalent to
     * {@code ip rule del ...} (e.g. {@code ip rule del priority 1000}).
     *
     * @param spec the rule
     * @throws dev.jnetlink.socket.NotFoundException if no rule matches
     */
    public void delete(RuleSpec spec) {
        modify(spec, Rtm.DELRULE, 0);
    }

    /**
     * @param spec the rule, built
     * @see #delete(RuleSpec)
     */
    public void delete(RuleSpec.Builder spec) {
        delete(spec.build());
    }

    private void modify(RuleSpec spec, int type, int flags) {
        Objects.requireNonNull(spec, "spec");
        engine.execute(new Request(type, flags, spec.toString(), FibRuleHdr.SIZE, Fra.SPACE,
                w -> spec.write(w, type == Rtm.DELRULE)));
    }

    /**
     * Lists the IPv4 rules, then the IPv6 ones. Equivalent to {@code ip rule show} followed
     * by {@code ip -6 rule show}.
     *
     * @return the rules in priority order per family
     */
    public List<Rule> list() {
        List<Rule> out = new ArrayList<>(list(AddressFamily.INET));
        out.addAll(list(AddressFamily.INET6));
        return out;
    }

    /**
     * Equivalent to {@code ip -4 rule show} or {@code ip -6 rule show}.
     *
     * @param family {@link AddressFamily#INET} or {@link AddressFamily#INET6}
     * @return the rules in priority order
     */
    public List<Rule> list(int family) {
        AddressFamily.bits(family);
        return engine.dump(new Request(Rtm.GETRULE, 0, AddressFamily.name(family), FibRuleHdr.SIZE,
                Fra.SPACE, w -> new FibRuleHdr(family, 0, 0, 0, 0, 0, 0).write(w.buffer())),
                Rules::decode);
    }
}

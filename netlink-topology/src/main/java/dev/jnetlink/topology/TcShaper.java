package dev.jnetlink.topology;

import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcObject;
import dev.jnetlink.rtnl.tc.Qdiscs;
import java.util.List;

/**
 * Link shaping with core's traffic control ({@link dev.jnetlink.rtnl.tc}): delay, jitter and
 * loss with a {@code netem} root qdisc, a rate with netem's own rate or, alone, a {@code tbf}
 * root qdisc. Built in, beside the {@link LinkShaper}s found on the class path: tc is part of
 * core, which the topology needs anyway, and going through the extension point keeps one path
 * for every shaping key (the check that each key has a shaper, {@link Phase#SHAPING}, rollback).
 *
 * <p>The qdisc's handle is the mark: {@value #HANDLE} ("JN"). A link the topology made carries
 * the kernel's default root qdisc (handle 0) until shaped; a root qdisc with another handle was
 * put there by someone else, and the plan reports it as a conflict rather than replace it.
 */
final class TcShaper implements LinkShaper {
    /** The handle of the root qdisc the topology makes. */
    static final String HANDLE = "4a4e:";

    @Override
    public boolean handles(String key) {
        return Shaping.KEYS.contains(key);
    }

    @Override
    public List<Step> plan(Session session, Iface iface, boolean live) {
        Shaping want = Shaping.of(iface.shaping());
        Shaping now = null;
        if (live) {
            TcObject root = session.rtnl(iface.namespace()).tc().qdiscs().list(iface.name()).stream()
                    .filter(q -> q.parent() == TcHandle.ROOT).findFirst().orElse(null);
            if (root != null && root.handle() != TcHandle.parse(HANDLE)) {
                if (root.handle() != 0 && want != null) {
                    throw new IllegalStateException("its root qdisc " + root.kind() + " " + TcHandle.format(root.handle())
                            + " is not this topology's (that has handle " + HANDLE + "); remove it: tc qdisc del dev "
                            + iface.name() + " root");
                }
            } else if (root != null) {
                now = Shaping.read(root);
            }
        }
        if (want == null && now == null || want != null && want.equals(now)) {
            return List.of();
        }
        String tc = "tc -n " + session.real(iface.namespace()) + " qdisc ";
        String dev = "dev " + iface.name() + " root handle " + HANDLE + " ";
        String ns = iface.namespace();
        String name = iface.name();
        if (now == null) {
            return List.of(new Step(Phase.SHAPING, Step.Change.CREATE, tc + "add " + dev + want.text(), null, x -> {
                qdiscs(x, ns).add(name, "root", HANDLE, want.qdisc());
                return y -> qdiscs(y, ns).delete(name, "root", HANDLE);
            }));
        }
        Shaping was = now;
        if (want == null) {
            return List.of(new Step(Phase.SHAPING, Step.Change.DELETE, tc + "del " + dev.trim(), "was " + was.text(),
                    x -> {
                        qdiscs(x, ns).delete(name, "root", HANDLE);
                        return y -> qdiscs(y, ns).add(name, "root", HANDLE, was.qdisc());
                    }));
        }
        if (want.kind().equals(was.kind())) {
            return List.of(new Step(Phase.SHAPING, Step.Change.CHANGE, tc + "change " + dev + want.text(),
                    "was " + was.text(), x -> {
                        qdiscs(x, ns).change(name, "root", HANDLE, want.qdisc());
                        return y -> qdiscs(y, ns).change(name, "root", HANDLE, was.qdisc());
                    }));
        }
        // the kernel changes a qdisc's options, never its kind: delete and add, in one step
        return List.of(new Step(Phase.SHAPING, Step.Change.CHANGE, tc + "del " + dev.trim() + "; " + tc + "add " + dev
                + want.text(), "was " + was.text(), x -> {
                    qdiscs(x, ns).delete(name, "root", HANDLE);
                    try {
                        qdiscs(x, ns).add(name, "root", HANDLE, want.qdisc());
                    } catch (RuntimeException e) {
                        qdiscs(x, ns).add(name, "root", HANDLE, was.qdisc());
                        throw e;
                    }
                    return y -> {
                        qdiscs(y, ns).delete(name, "root", HANDLE);
                        qdiscs(y, ns).add(name, "root", HANDLE, was.qdisc());
                    };
                }));
    }

    private static Qdiscs qdiscs(Session s, String ns) {
        return s.rtnl(ns).tc().qdiscs();
    }
}

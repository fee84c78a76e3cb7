package dev.jnetlink.rtnl;

import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.link.IfInfoMsg;
import dev.jnetlink.codec.link.Ifla;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.LinkFlags;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.link.LinkRef;
import dev.jnetlink.rtnl.link.LinkSpec;
import dev.jnetlink.rtnl.link.SpecContext;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.socket.AlreadyExistsException;
import dev.jnetlink.socket.Errno;
import dev.jnetlink.socket.KernelLacksFeatureException;
import dev.jnetlink.socket.NetlinkException;
import dev.jnetlink.socket.NotFoundException;
import dev.jnetlink.socket.Request;
import dev.jnetlink.socket.RequestEngine;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What {@link Links#add} does, on the client's one socket: look the spec's references up,
 * create the link, then give it (and a veth's peer) the alias the kernel ignores on create.
 *
 * <p>The kernel takes an alias only from a request made in the link's namespace. A link that
 * gets an alias and goes to another namespace is therefore created here under a temporary name
 * and then moved there, renamed and given its alias in one request (the move costs an RCU
 * grace period, which creating it there directly avoids: only done when an alias asks for it),
 * rather than opening a second client in that namespace (a thread, a socket and its buffers).
 */
final class LinkCreation {
    private final Links links;
    private final RequestEngine engine;

    LinkCreation(Links links, RequestEngine engine) {
        this.links = links;
        this.engine = engine;
    }

    /**
     * One end to create here and move: its temporary and final names, alias and namespace, and
     * whether to set it up there (a move takes a link down).
     */
    private record Move(String temporary, String name, String alias, NetNs ns, boolean up) {
    }

    void add(LinkSpec spec) {
        Map<String, Integer> indexes = references(spec);
        Veth veth = spec instanceof Veth v ? v : null;
        Move link = spec.alias() != null && spec.netns() != null
                ? new Move(temporaryName(), spec.name(), spec.alias(), spec.netns(), spec.up()) : null;
        Move peer = veth != null && veth.peerAlias() != null && veth.peerNetns() != null
                ? new Move(temporaryName(), veth.peerName(), veth.peerAlias(), veth.peerNetns(), false)
                : null;
        SpecContext ctx = new SpecContext() {
            @Override
            public int indexOf(String name) {
                return resolved(spec, indexes, name);
            }

            @Override
            public String createAs(String name) {
                return link != null ? link.temporary() : name;
            }

            @Override
            public String createPeerAs(String peerName) {
                return peer != null ? peer.temporary() : peerName;
            }
        };
        try (NetNs.Lease held = NetNs.leaseAll(spec.namespaces())) {
            engine.execute(new Request(Rtm.NEWLINK, NlMsg.F_CREATE | NlMsg.F_EXCL, spec.name(),
                    IfInfoMsg.SIZE, Ifla.SPACE, w -> spec.write(w, ctx)));
        } catch (AlreadyExistsException e) {
            throw veth == null ? e : whichNameIsTaken(veth, e);
        } catch (NetlinkException e) {
            if (e.errnoNumber() == Errno.EOPNOTSUPP.number() && (e.kernelMessage() == null
                    || e.kernelMessage().startsWith("Unknown device type"))) {
                throw new KernelLacksFeatureException("link kind " + spec.kind(), e);
            }
            throw e;
        }
        try {
            place(link, spec.alias(), spec.name());
            if (veth != null) {
                place(peer, veth.peerAlias(), veth.peerName());
            }
        } catch (RuntimeException e) {
            undo(spec, link, e);
            throw e;
        }
    }

    /**
     * Sets an existing link's options to the spec's: {@code RTM_NEWLINK} without
     * {@code NLM_F_CREATE}, by index, with the spec's {@code IFLA_LINKINFO} (the kernel's
     * {@code changelink} of the kind).
     */
    void change(LinkSpec spec) {
        if (spec.netns() != null || spec.alias() != null || spec instanceof Veth) {
            throw new IllegalArgumentException(spec.kind() + " " + spec.name() + ": a change sets"
                    + " the kind's options; move, alias or re-pair the link with their own calls");
        }
        Map<String, Integer> indexes = references(spec);
        Link link = links.get(spec.name());
        String kind = link.kind();
        if (!spec.kind().equals(kind)) {
            throw new IllegalArgumentException(spec.name() + " is " + (kind == null
                    ? "a link without a kind" : "a " + kind) + ", not a " + spec.kind()
                    + "; its " + spec.kind() + " options cannot be changed");
        }
        engine.execute(new Request(Rtm.NEWLINK, 0, spec.name(), IfInfoMsg.SIZE, Ifla.SPACE,
                w -> spec.writeChange(w, link.index(), name -> resolved(spec, indexes, name))));
    }

    private static int resolved(LinkSpec spec, Map<String, Integer> indexes, String name) {
        Integer i = indexes.get(name);
        if (i == null) {
            throw new IllegalStateException(spec.kind() + " " + spec.name()
                    + " asked for link " + name + ", not among its references");
        }
        return i;
    }

    private Map<String, Integer> references(LinkSpec spec) {
        Map<String, Integer> indexes = new HashMap<>();
        for (LinkRef ref : spec.references()) {
            Link l;
            try {
                l = ref.byName() ? links.get(ref.name()) : links.get(ref.index());
            } catch (NotFoundException e) {
                throw new NotFoundException(e.errno(), e.operation(), ref + " (" + ref.role()
                        + " of " + spec.kind() + " " + spec.name() + ")", e.kernelMessage(),
                        e.attribute());
            }
            spec.checkReference(ref, l);
            if (ref.byName()) {
                indexes.put(ref.name(), l.index());
            }
        }
        return indexes;
    }

    // 15 bytes, the longest name the kernel takes
    private static String temporaryName() {
        return "jnl" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffff_ffff_ffffL);
    }

    /**
     * Gives a new link its alias: here by name, or, for one created here to be moved, in the
     * request that moves it to its namespace and gives it its name there.
     */
    private void place(Move move, String alias, String name) {
        if (move == null) {
            if (alias != null) {
                links.setAlias(name, alias);
            }
            return;
        }
        int index = links.indexOf(move.temporary());
        try (NetNs.Lease held = move.ns().lease()) {
            engine.execute(new Request(Rtm.NEWLINK, 0, name, IfInfoMsg.SIZE, Ifla.SPACE, w -> {
                int up = move.up() ? LinkFlags.UP : 0;
                new IfInfoMsg(0, 0, index, up, up).write(w.buffer());
                w.putU32(Ifla.NET_NS_FD, move.ns().fd());
                w.putString(Ifla.IFNAME, move.name());
                w.putStringNoNul(Ifla.IFALIAS, move.alias());
            }));
        } catch (AlreadyExistsException e) {
            throw new AlreadyExistsException(e, "RTM_NEWLINK", name + " in " + move.ns().describe(),
                    "a link named " + name + " exists in " + move.ns().describe());
        }
    }

    /**
     * Deletes the link again after its alias failed, wherever it is by now (a pair goes with
     * either end). Only on this failure path does it open a client in another namespace.
     */
    private void undo(LinkSpec spec, Move link, RuntimeException cause) {
        try {
            if (link != null && links.exists(link.temporary())) {
                links.delete(link.temporary());
            } else if (spec.netns() == null) {
                links.delete(spec.name());
            } else {
                try (Rtnl there = Rtnl.openIn(spec.netns())) {
                    Links in = there.links();
                    in.delete(link != null && in.exists(link.temporary()) ? link.temporary() : spec.name());
                }
            }
        } catch (RuntimeException undo) {
            cause.addSuppressed(undo);
        }
    }

    /**
     * The kernel says only EEXIST when either end's name is taken. Looks both names up (on
     * this failure path, with a short-lived client in another namespace when needed) and names
     * the end that is taken and its namespace.
     */
    private AlreadyExistsException whichNameIsTaken(Veth veth, AlreadyExistsException e) {
        try {
            if (exists(veth.netns(), veth.name())) {
                return e;
            }
            if (exists(veth.peerNetns(), veth.peerName())) {
                String where = veth.peerNetns() == null ? "this namespace" : veth.peerNetns().describe();
                return new AlreadyExistsException(e, e.operation(), veth.peerName() + " (peer of veth "
                        + veth.name() + ", in " + where + ")", "a link named " + veth.peerName()
                        + " exists in " + where);
            }
        } catch (RuntimeException lookup) {
            e.addSuppressed(lookup);
        }
        return e;
    }

    private boolean exists(NetNs ns, String name) {
        if (ns == null) {
            return links.exists(name);
        }
        try (Rtnl there = Rtnl.openIn(ns)) {
            return there.links().exists(name);
        }
    }
}

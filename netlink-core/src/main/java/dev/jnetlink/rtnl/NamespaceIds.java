package dev.jnetlink.rtnl;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.nsid.Netnsa;
import dev.jnetlink.codec.nsid.NsId;
import dev.jnetlink.codec.nsid.NsIdCodec;
import dev.jnetlink.codec.nsid.RtGenMsg;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.socket.NetlinkException;
import dev.jnetlink.socket.NotFoundException;
import dev.jnetlink.socket.Request;
import dev.jnetlink.socket.RequestEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Namespace ids (nsids): the small integers by which this client's namespace refers to other
 * namespaces, e.g. in {@code link-netnsid} of {@code ip link show} (the namespace a veth
 * peer lives in). What {@code ip netns list-id} and {@code ip netns set} do. Obtained from
 * {@link Rtnl#nsids()}; every id is as seen from the namespace the client is bound to.
 *
 * <p>The kernel assigns an id on its own the first time it has to name a peer namespace to
 * this one (for instance when a link's peer moves there); {@link #assign} picks one first.
 * An id lasts as long as the peer namespace.
 */
public final class NamespaceIds {
    private static final NsId DUMP_ALL = new NsId(RtGenMsg.UNSPEC, null, null, null, null, null,
            List.of());

    private final RequestEngine engine;

    NamespaceIds(RequestEngine engine) {
        this.engine = engine;
    }

    /**
     * An assigned id, as {@code ip netns list-id} prints it:
     * {@code nsid 7 (iproute2 netns name: r1)}.
     *
     * @param nsid the id
     * @param name the named namespace ({@code /run/netns/NAME}) that has this id, or null if
     *     none does (an anonymous namespace, or a process's)
     */
    public record Entry(int nsid, String name) {
    }

    private static NsId decode(MessageCursor m) {
        return m.type() == Rtm.NEWNSID ? NsIdCodec.decode(m) : null;
    }

    private static Request request(int type, String object, NsId body) {
        return new Request(type, 0, object, RtGenMsg.SIZE, Netnsa.SPACE,
                w -> NsIdCodec.encode(w, body));
    }

    /**
     * The id a namespace has here, if it has one. Equivalent to the {@code (id: N)} that
     * {@code ip netns list} prints after NAME; never assigns one.
     *
     * @param ns the peer namespace (held open while the request is sent)
     * @return its id, or empty if none is assigned
     * @throws IllegalStateException if {@code ns} is closed
     */
    public OptionalInt get(NetNs ns) {
        Objects.requireNonNull(ns, "ns");
        NsId reply;
        try (NetNs.Lease held = ns.lease()) {
            reply = engine.query(request(Rtm.GETNSID, ns.describe(), NsId.ofFd(ns.fd())),
                    NamespaceIds::decode);
        }
        if (reply == null) {
            throw new NetlinkException(null, "RTM_GETNSID", ns.describe(),
                    "the kernel acknowledged without an RTM_NEWNSID answer", null);
        }
        return reply.isAssigned() ? OptionalInt.of(reply.nsid()) : OptionalInt.empty();
    }

    /**
     * Gives a namespace a chosen id here. Equivalent to {@code ip netns set NAME NSID}.
     *
     * @param ns the peer namespace (held open while the request is sent)
     * @param nsid the id, 0 or more
     * @throws IllegalArgumentException if {@code nsid} is negative (before any request)
     * @throws dev.jnetlink.socket.AlreadyExistsException if the namespace already has an id
     *     here ({@code [NETNSA_FD]}) or the id is taken ({@code [NETNSA_NSID]})
     */
    public void assign(NetNs ns, int nsid) {
        Objects.requireNonNull(ns, "ns");
        if (nsid < 0) {
            throw new IllegalArgumentException("nsid must be 0 or more, got " + nsid
                    + "; assignAuto(ns) lets the kernel pick one");
        }
        try (NetNs.Lease held = ns.lease()) {
            engine.execute(request(Rtm.NEWNSID, ns.describe(), NsId.assign(ns.fd(), nsid)));
        }
    }

    /**
     * Gives a namespace the lowest free id here. Equivalent to {@code ip netns set NAME auto}.
     *
     * @param ns the peer namespace (held open while the request is sent)
     * @return the id the kernel picked
     * @throws dev.jnetlink.socket.AlreadyExistsException if the namespace already has an id here
     */
    public int assignAuto(NetNs ns) {
        Objects.requireNonNull(ns, "ns");
        try (NetNs.Lease held = ns.lease()) {
            engine.execute(request(Rtm.NEWNSID, ns.describe(),
                    NsId.assign(ns.fd(), Netnsa.NSID_NOT_ASSIGNED)));
        }
        return get(ns).orElseThrow(() -> new IllegalStateException(
                "RTM_NEWNSID " + ns.describe() + " was acknowledged but no id is assigned"));
    }

    /**
     * Lists the ids assigned here, each with the named namespace that has it. Equivalent to
     * {@code ip netns list-id}: a dump of the ids, then, as {@code ip} does, one lookup per
     * entry of {@code /run/netns} to put names to them (entries that vanish or are not
     * namespaces meanwhile are skipped).
     *
     * @return the entries in the kernel's order
     */
    public List<Entry> list() {
        List<NsId> ids = engine.dump(request(Rtm.GETNSID, null, DUMP_ALL), NamespaceIds::decode);
        Map<Integer, String> names = names();
        List<Entry> out = new ArrayList<>(ids.size());
        for (NsId id : ids) {
            if (id.isAssigned()) {
                out.add(new Entry(id.nsid(), names.get(id.nsid())));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The named namespaces ({@code /run/netns/NAME}) that have an id here, by id: how
     * {@code ip link show} turns {@code link-netnsid N} into {@code link-netns NAME}
     * ({@code netns_map_init}). One lookup per entry of {@code /run/netns}; entries that vanish
     * or are not namespaces meanwhile are skipped, and of two names for one namespace the first
     * in name order is kept.
     *
     * @return names by id; ids no named namespace has are missing
     */
    public Map<Integer, String> names() {
        Map<Integer, String> names = new HashMap<>();
        for (String name : NetNs.list()) {
            try (NetNs ns = NetNs.open(name)) {
                get(ns).ifPresent(id -> names.putIfAbsent(id, name));
            } catch (NotFoundException | IllegalArgumentException e) {
                // deleted since the listing, half-made, or a name ip would not make: no id
            }
        }
        return names;
    }
}

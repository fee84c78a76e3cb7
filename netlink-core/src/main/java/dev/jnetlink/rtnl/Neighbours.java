package dev.jnetlink.rtnl;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.neigh.NdMsg;
import dev.jnetlink.codec.neigh.Nda;
import dev.jnetlink.codec.neigh.Neighbour;
import dev.jnetlink.codec.neigh.NeighbourCodec;
import dev.jnetlink.codec.neigh.NeighbourFlags;
import dev.jnetlink.codec.neigh.NeighbourState;
import dev.jnetlink.socket.BatchResult;
import dev.jnetlink.socket.Errno;
import dev.jnetlink.socket.NetlinkException;
import dev.jnetlink.socket.Request;
import dev.jnetlink.socket.RequestEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Neighbour (ARP and NDP) entries of one namespace: what {@code ip neigh
 * add/replace/del/show/flush} do. Obtained from {@link Rtnl#neighbours()}.
 */
public final class Neighbours {
    /** States {@code ip neigh show} hides unless asked ({@code nud all}). */
    private static final int HIDDEN = NeighbourState.NOARP.bits();
    /** States {@code ip neigh flush} keeps. */
    private static final int KEPT_BY_FLUSH = NeighbourState.PERMANENT.bits() | NeighbourState.NOARP.bits();

    private final RequestEngine engine;

    Neighbours(RequestEngine engine) {
        this.engine = engine;
    }

    static Neighbour decode(MessageCursor m) {
        return m.type() == Rtm.NEWNEIGH ? NeighbourCodec.decode(m) : null;
    }

    /**
     * Adds a permanent entry. Equivalent to {@code ip neigh add ADDRESS lladdr MAC dev DEV}.
     *
     * @param dev the interface
     * @param address the neighbour's IP address
     * @param lladdr its link-layer address
     * @throws dev.jnetlink.socket.AlreadyExistsException if the entry exists
     */
    public void add(String dev, String address, String lladdr) {
        add(NeighbourSpec.of(address, dev).lladdr(lladdr).build());
    }

    /**
     * Adds an entry; fails if it exists. Equivalent to {@code ip neigh add ADDRESS [lladdr MAC]
     * [proxy] [router] dev DEV nud STATE}.
     *
     * @param spec the entry
     */
    public void add(NeighbourSpec spec) {
        modify(spec, Rtm.NEWNEIGH, NlMsg.F_CREATE | NlMsg.F_EXCL);
    }

    /**
     * @param spec the entry, built
     * @see #add(NeighbourSpec)
     */
    public void add(NeighbourSpec.Builder spec) {
        add(spec.build());
    }

    /**
     * Adds an entry or overwrites the existing one. Equivalent to {@code ip neigh replace ...}.
     *
     * @param spec the entry
     */
    public void replace(NeighbourSpec spec) {
        modify(spec, Rtm.NEWNEIGH, NlMsg.F_CREATE | NlMsg.F_REPLACE);
    }

    /**
     * Deletes an entry. Equivalent to {@code ip neigh del ADDRESS dev DEV}.
     *
     * @param dev the interface
     * @param address the neighbour's IP address
     * @throws dev.jnetlink.socket.NotFoundException if there is no such entry
     */
    public void delete(String dev, String address) {
        delete(NeighbourSpec.of(address, dev).build());
    }

    /**
     * Deletes an entry (a proxy entry if the spec says {@code proxy}). Equivalent to
     * {@code ip neigh del [proxy] ADDRESS dev DEV}.
     *
     * @param spec the entry
     */
    public void delete(NeighbourSpec spec) {
        modify(spec, Rtm.DELNEIGH, 0);
    }

    private void modify(NeighbourSpec spec, int type, int flags) {
        Objects.requireNonNull(spec, "spec");
        int index = Devices.index(engine, spec.dev(),
                type == Rtm.DELNEIGH ? "RTM_DELNEIGH" : "RTM_NEWNEIGH", spec);
        engine.execute(new Request(type, flags, spec.toString(), NdMsg.SIZE, Nda.SPACE,
                w -> spec.write(w, index, type == Rtm.DELNEIGH)));
    }

    /**
     * Lists the entries {@code ip neigh show} shows: IPv4 and IPv6, without the
     * {@code NOARP} entries of multicast and point-to-point addresses.
     *
     * @return the entries
     */
    public List<Neighbour> list() {
        return visible(dump(0, false));
    }

    /**
     * Equivalent to {@code ip neigh show dev DEV}; the kernel filters by interface.
     *
     * @param dev the interface
     * @return its entries
     */
    public List<Neighbour> list(String dev) {
        return visible(dump(Devices.index(engine, InterfaceNames.validate(dev)), false));
    }

    /**
     * Every entry the kernel holds, {@code NOARP} ones included. Equivalent to
     * {@code ip neigh show nud all}.
     *
     * @return the entries
     */
    public List<Neighbour> listAll() {
        return dump(0, false);
    }

    /**
     * Lists proxy entries. Equivalent to {@code ip neigh show proxy}.
     *
     * @return the proxy entries
     */
    public List<Neighbour> listProxies() {
        return dump(0, true);
    }

    private static List<Neighbour> visible(List<Neighbour> all) {
        List<Neighbour> out = new ArrayList<>(all.size());
        for (Neighbour n : all) {
            if ((n.header().state() & 0xff & ~HIDDEN) != 0
                    || (n.flags() & NeighbourFlags.EXT_LEARNED) != 0) {
                out.add(n);
            }
        }
        return out;
    }

    private List<Neighbour> dump(int index, boolean proxies) {
        // Strict checking: the interface goes in NDA_IFINDEX (ndm_ifindex must be 0), and
        // NTF_PROXY in ndm_flags asks for the proxy table.
        return engine.dump(new Request(Rtm.GETNEIGH, 0, index == 0 ? null : "index " + index, NdMsg.SIZE,
                Nda.SPACE, w -> {
                    new NdMsg(0, 0, 0, proxies ? NeighbourFlags.PROXY : 0, 0).write(w.buffer());
                    if (index != 0) {
                        w.putU32(Nda.IFINDEX, index);
                    }
                }), Neighbours::decode);
    }

    /**
     * Removes an interface's dynamic entries (all but permanent and {@code NOARP} ones).
     * Equivalent to {@code ip neigh flush dev DEV}.
     *
     * @param dev the interface
     * @return how many entries were removed
     */
    public int flush(String dev) {
        return flush(dev, false);
    }

    /**
     * Removes an interface's entries. Equivalent to {@code ip neigh flush dev DEV}, or with
     * {@code permanentToo} to {@code ip neigh flush dev DEV nud all}.
     *
     * @param dev the interface
     * @param permanentToo also remove permanent and {@code NOARP} entries
     * @return how many entries were removed
     */
    public int flush(String dev, boolean permanentToo) {
        int index = Devices.index(engine, InterfaceNames.validate(dev));
        List<Request> deletes = new ArrayList<>();
        for (Neighbour n : dump(index, false)) {
            if (!permanentToo && (n.header().state() & KEPT_BY_FLUSH) != 0) {
                continue;
            }
            String what = IpAddresses.format(n.dst()) + " dev " + dev;
            deletes.add(new Request(Rtm.DELNEIGH, 0, what, NdMsg.SIZE, Nda.SPACE, w -> {
                new NdMsg(n.family(), index, n.header().state(), 0, 0).write(w.buffer());
                w.putInet(Nda.DST, n.dst());
            }));
        }
        BatchResult r = engine.batch(deletes);
        int removed = 0;
        for (int i = 0; i < r.size(); i++) {
            NetlinkException e = r.failure(i);
            if (e == null) {
                removed++;
            } else if (e.errnoNumber() != Errno.ENOENT.number()) {
                throw e; // ENOENT: the entry went away by itself meanwhile
            }
        }
        return removed;
    }
}

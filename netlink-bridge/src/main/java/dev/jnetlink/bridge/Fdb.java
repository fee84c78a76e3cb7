package dev.jnetlink.bridge;

import dev.jnetlink.bridge.codec.BridgeKind;
import dev.jnetlink.bridge.codec.FdbCodec;
import dev.jnetlink.bridge.codec.FdbEntry;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.socket.RequestEngine;
import java.util.List;
import java.util.Objects;

/**
 * The forwarding databases of the bridges (and VXLAN devices) of one namespace: what
 * {@code bridge fdb add/append/replace/del/show} do. Obtained from {@link Bridges#fdb()}.
 */
public final class Fdb {
    private final Bridges bridges;
    private final RequestEngine engine;

    Fdb(Bridges bridges, RequestEngine engine) {
        this.bridges = bridges;
        this.engine = engine;
    }

    /**
     * Adds an entry; fails if it exists. Equivalent to {@code bridge fdb add LLADDR dev DEV ...}.
     *
     * @param entry the entry
     * @throws dev.jnetlink.socket.AlreadyExistsException if it exists
     * @throws IllegalArgumentException if {@code dev} (or {@code via}) is not in this namespace
     */
    public void add(FdbSpec entry) {
        send(Rtm.NEWNEIGH, NlMsg.F_CREATE | NlMsg.F_EXCL, entry);
    }

    /**
     * Adds another destination for an entry (VXLAN: flood to several VTEPs). Equivalent to
     * {@code bridge fdb append LLADDR dev DEV ...}.
     *
     * @param entry the entry
     */
    public void append(FdbSpec entry) {
        send(Rtm.NEWNEIGH, NlMsg.F_CREATE | NlMsg.F_APPEND, entry);
    }

    /**
     * Adds an entry or replaces the one there. Equivalent to {@code bridge fdb replace LLADDR
     * dev DEV ...}.
     *
     * @param entry the entry
     */
    public void replace(FdbSpec entry) {
        send(Rtm.NEWNEIGH, NlMsg.F_CREATE | NlMsg.F_REPLACE, entry);
    }

    /**
     * Deletes an entry. Equivalent to {@code bridge fdb del LLADDR dev DEV ...}.
     *
     * @param entry the entry (MAC, device, master/self, VLAN; for VXLAN also dst to delete one
     *     destination)
     * @throws dev.jnetlink.socket.NotFoundException if there is no such entry
     */
    public void delete(FdbSpec entry) {
        send(Rtm.DELNEIGH, 0, entry);
    }

    private void send(int type, int flags, FdbSpec spec) {
        Objects.requireNonNull(spec, "entry");
        String what = "cannot change the FDB entry " + spec.mac() + " of " + spec.dev();
        Link link = bridges.linkInThisNamespace(spec.dev(), what);
        if (spec.isMaster() && !spec.isSelf() && BridgeKind.NAME.equals(link.kind())) {
            throw new IllegalArgumentException(what + ": " + spec.dev() + " is a bridge, it has"
                    + " no master; its own entries take self() (bridge fdb add ... dev "
                    + spec.dev() + " self)");
        }
        int dev = link.index();
        Integer via = spec.via() == null ? null
                : bridges.linkInThisNamespace(spec.via(), what).index();
        engine.execute(BridgeRequests.fdb(type, flags, spec.toEntry(dev, via),
                spec.mac() + " dev " + spec.dev()));
    }

    /**
     * Lists every FDB entry. Equivalent to {@code bridge fdb show}.
     *
     * @return the entries, in the kernel's order
     */
    public List<FdbEntry> list() {
        return dump(0, 0, "fdb");
    }

    /**
     * Lists the entries of one bridge: its own, its ports' in its FDB, and its ports' own
     * tables. Equivalent to {@code bridge fdb show br BRIDGE}.
     *
     * @param bridge the bridge's name
     * @return the entries, in the kernel's order
     */
    public List<FdbEntry> listByBridge(String bridge) {
        return dump(0, bridges.requireBridge(bridge).index(), "fdb br " + bridge);
    }

    /**
     * Lists the entries on one port or device. Equivalent to {@code bridge fdb show dev DEV}.
     *
     * @param dev the port or device's name
     * @return the entries, in the kernel's order
     */
    public List<FdbEntry> listByPort(String dev) {
        Link l = bridges.link(dev);
        return dump(l.index(), 0, "fdb dev " + dev);
    }

    private List<FdbEntry> dump(int port, int bridge, String object) {
        return engine.dump(BridgeRequests.fdbDump(port, bridge, object), Fdb::decode);
    }

    private static FdbEntry decode(MessageCursor m) {
        return m.type() == Rtm.NEWNEIGH ? FdbCodec.decode(m) : null;
    }
}

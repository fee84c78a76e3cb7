package dev.jnetlink.bridge;

import dev.jnetlink.bridge.codec.BridgeInfo;
import dev.jnetlink.bridge.codec.BridgeKind;
import dev.jnetlink.bridge.codec.BridgeLink;
import dev.jnetlink.bridge.codec.BridgeLinkCodec;
import dev.jnetlink.bridge.codec.BridgePortInfo;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.rtnl.InterfaceNames;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.socket.Errno;
import dev.jnetlink.socket.KernelLacksFeatureException;
import dev.jnetlink.socket.NetlinkException;
import dev.jnetlink.socket.NotFoundException;
import dev.jnetlink.socket.RequestEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Bridges of one namespace: what {@code brctl}, {@code ip link ... type bridge} and
 * {@code bridge link} do, on the socket of an {@link Rtnl} client. FDB entries are in
 * {@link #fdb()}, VLANs in {@link #vlans()}.
 *
 * <pre>{@code
 * try (Rtnl rtnl = Rtnl.openIn(ns)) {
 *     Bridges bridges = Bridges.of(rtnl);
 *     bridges.create(Bridge.named("br0").options(BridgeOptions.builder().stp(true).build()));
 *     bridges.addPort("br0", "veth0");
 *     System.out.print(BrctlShow.of(rtnl).text()); // like `brctl show` (dev.jnetlink.bridge.view)
 * }
 * }</pre>
 *
 * <p>Names are checked before any request. Operations on a bridge or a port first look the
 * link up, so that a link of the wrong kind, a port of another bridge or a link missing from
 * this namespace is refused with a message that says so, rather than the kernel's bare
 * {@code EOPNOTSUPP} or, for a port of another bridge, a silent move.
 *
 * <p>Thread safety: as the {@link Rtnl} it wraps.
 */
public final class Bridges {
    private final Rtnl rtnl;
    private final RequestEngine engine;
    private final Fdb fdb;
    private final Vlans vlans;

    private Bridges(Rtnl rtnl) {
        this.rtnl = rtnl;
        this.engine = rtnl.engine();
        this.fdb = new Fdb(this, engine);
        this.vlans = new Vlans(this, engine);
    }

    /**
     * @param rtnl a client of the namespace the bridges live in; stays owned by the caller
     * @return bridge operations on its socket
     */
    public static Bridges of(Rtnl rtnl) {
        return new Bridges(Objects.requireNonNull(rtnl, "rtnl"));
    }

    /** @return FDB operations ({@code bridge fdb}) */
    public Fdb fdb() {
        return fdb;
    }

    /** @return VLAN filtering operations ({@code bridge vlan}) */
    public Vlans vlans() {
        return vlans;
    }

    /**
     * Creates a bridge. Equivalent to {@code ip link add NAME type bridge [OPTIONS]}
     * ({@code brctl addbr NAME} when there are no options).
     *
     * @param spec the bridge
     * @throws dev.jnetlink.socket.AlreadyExistsException if a link of that name exists
     * @throws KernelLacksFeatureException if the kernel has no bridge support, or no VLAN
     *     filtering and the options ask for it
     */
    public void create(Bridge spec) {
        Objects.requireNonNull(spec, "spec");
        try {
            rtnl.links().add(spec);
        } catch (KernelLacksFeatureException e) {
            NetlinkException cause = (NetlinkException) e.getCause();
            String msg = cause.kernelMessage();
            if (spec.options().usesVlanFiltering()
                    && (msg == null || !msg.contains("Unknown device type"))) {
                throw new KernelLacksFeatureException(BridgeRequests.VLAN_FILTERING,
                        BridgeRequests.VLAN_FILTERING_REASON, cause);
            }
            throw e;
        }
    }

    /**
     * Builds the spec and creates the bridge; see {@link #create(Bridge)}.
     *
     * @param spec a bridge builder
     */
    public void create(Bridge.Builder spec) {
        create(spec.build());
    }

    /**
     * Creates a bridge with the kernel's defaults. Equivalent to {@code brctl addbr NAME} and
     * {@code ip link add NAME type bridge}.
     *
     * @param name the bridge's name
     */
    public void create(String name) {
        create(Bridge.named(name).build());
    }

    /**
     * Deletes a bridge; its ports are released. Equivalent to {@code ip link del NAME} and
     * {@code brctl delbr NAME} (which, unlike this, also insists that the bridge is down).
     *
     * @param name the bridge's name
     * @throws IllegalArgumentException if the link is not a bridge
     * @throws NotFoundException if there is no such link
     */
    public void delete(String name) {
        requireBridge(name);
        rtnl.links().delete(name);
    }

    /**
     * Gets a bridge with its settings decoded ({@code link.data(BridgeInfo.class)}).
     * Equivalent to {@code ip -d link show dev NAME}.
     *
     * @param name the bridge's name
     * @return the link
     * @throws IllegalArgumentException if the link is not a bridge
     * @throws NotFoundException if there is no such link
     */
    public Link get(String name) {
        return requireBridge(name);
    }

    /**
     * @param name the bridge's name
     * @return its settings and spanning-tree state ({@code ip -d link show dev NAME}, the
     *     {@code bridge} line)
     */
    public BridgeInfo info(String name) {
        BridgeInfo info = requireBridge(name).data(BridgeInfo.class);
        if (info == null) {
            throw new IllegalStateException("the kernel sent no bridge details for " + name);
        }
        return info;
    }

    /**
     * Lists the bridges. Equivalent to {@code ip -d link show type bridge}.
     *
     * @return the bridges, in the kernel's order
     */
    public List<Link> list() {
        List<Link> out = new ArrayList<>();
        for (Link l : rtnl.links().list()) {
            if (BridgeKind.NAME.equals(l.kind())) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * Changes a bridge's settings; the ones not set keep their values. Equivalent to
     * {@code ip link set dev NAME type bridge OPTIONS}.
     *
     * @param name the bridge's name
     * @param options what to change
     * @throws IllegalArgumentException if the link is not a bridge or no option is set
     * @throws KernelLacksFeatureException if VLAN filtering is asked of a kernel without it
     */
    public void change(String name, BridgeOptions options) {
        Objects.requireNonNull(options, "options");
        if (options.isEmpty()) {
            throw new IllegalArgumentException("no bridge option to change on " + name);
        }
        Link br = requireBridge(name);
        try {
            engine.execute(BridgeRequests.changeBridge(name, br.index(), options.toInfo()));
        } catch (NetlinkException e) {
            throw options.usesVlanFiltering() ? BridgeRequests.vlanFeature(e) : e;
        }
    }

    /**
     * Turns spanning tree on or off. Equivalent to {@code brctl stp NAME on|off} and
     * {@code ip link set dev NAME type bridge stp_state 1|0}.
     *
     * @param name the bridge's name
     * @param on true for the kernel's STP
     */
    public void setStp(String name, boolean on) {
        change(name, BridgeOptions.builder().stp(on).build());
    }

    /**
     * Enslaves a link to a bridge. Equivalent to {@code brctl addif BRIDGE PORT} and
     * {@code ip link set dev PORT master BRIDGE}.
     *
     * @param bridge the bridge's name
     * @param port the link to add, in the bridge's namespace
     * Adding a port this bridge already has succeeds and changes nothing, as the kernel's
     * re-enslaving does: a retried add is harmless.
     *
     * @throws IllegalArgumentException if {@code bridge} is not a bridge, or there is no link
     *     {@code port} in this namespace (a port cannot be in another namespace than its bridge)
     * @throws IllegalStateException if {@code port} is a port of another master (another bridge,
     *     a bond): the kernel would silently move it
     */
    public void addPort(String bridge, String port) {
        addPort(bridge, port, null);
    }

    /**
     * Enslaves a link to a bridge and sets its port options: {@code ip link set dev PORT master
     * BRIDGE} then {@code bridge link set dev PORT OPTIONS} (two requests: the kernel takes
     * port options only from a port). If the kernel refuses the options, a link this call
     * enslaved is released again and the refusal thrown: nothing is left half-made. A link
     * already a port of this bridge stays one and only gets the options.
     *
     * @param bridge the bridge's name
     * @param port the link to add
     * @param options port settings, or null for none
     * @see #addPort(String, String)
     */
    public void addPort(String bridge, String port, PortOptions options) {
        InterfaceNames.validate(bridge);
        InterfaceNames.validate(port);
        Link br = requireBridge(bridge);
        Link p = linkInThisNamespace(port, "cannot add " + port + " to " + bridge);
        boolean already = p.master() != null && p.master() == br.index();
        if (p.master() != null && !already) {
            throw new IllegalStateException(port + " is already enslaved to " + nameOf(p.master())
                    + "; release it first (ip link set dev " + port + " nomaster)");
        }
        if (already) {
            if (options != null && !options.isEmpty()) {
                engine.execute(BridgeRequests.changePort(port, p.index(), options.toInfo()));
            }
            return;
        }
        rtnl.links().setMaster(port, bridge);
        if (options == null || options.isEmpty()) {
            return;
        }
        try {
            engine.execute(BridgeRequests.changePort(port, p.index(), options.toInfo()));
        } catch (RuntimeException e) {
            try {
                rtnl.links().setNoMaster(port);
            } catch (RuntimeException undo) {
                e.addSuppressed(new IllegalStateException(port + " stays a port of " + bridge
                        + ": releasing it after the refused options failed too", undo));
            }
            throw e;
        }
    }

    /**
     * Releases a port from its bridge. Equivalent to {@code ip link set dev PORT nomaster}.
     *
     * @param port the port's name
     * @throws IllegalStateException if the link is not a bridge port
     */
    public void removePort(String port) {
        requirePort(port);
        rtnl.links().setNoMaster(port);
    }

    /**
     * Releases a port from a given bridge. Equivalent to {@code brctl delif BRIDGE PORT}.
     *
     * @param bridge the bridge's name
     * @param port the port's name
     * @throws IllegalStateException if the link is not a port of that bridge
     */
    public void removePort(String bridge, String port) {
        Link br = requireBridge(bridge);
        Link p = requirePort(port);
        if (p.master() != br.index()) {
            throw new IllegalStateException(port + " is not a port of " + bridge + " but of "
                    + nameOf(p.master()));
        }
        rtnl.links().setNoMaster(port);
    }

    /**
     * Changes a port's settings; the ones not set keep their values. Equivalent to
     * {@code bridge link set dev PORT OPTIONS} (what this sends: {@code RTM_SETLINK}
     * {@code AF_BRIDGE} with {@code IFLA_PROTINFO}) and to {@code ip link set dev PORT type
     * bridge_slave OPTIONS}, except that a port state set to {@code disabled} stays disabled.
     *
     * @param port the port's name
     * @param options what to change
     * @throws IllegalStateException if the link is not a bridge port
     * @throws IllegalArgumentException if no option is set
     */
    public void setPortOptions(String port, PortOptions options) {
        Objects.requireNonNull(options, "options");
        if (options.isEmpty()) {
            throw new IllegalArgumentException("no port option to change on " + port);
        }
        Link p = requirePort(port);
        engine.execute(BridgeRequests.changePort(port, p.index(), options.toInfo()));
    }

    /**
     * @param port the port's name
     * @return its settings and STP state ({@code ip -d link show dev PORT}, the
     *     {@code bridge_slave} line)
     * @throws IllegalStateException if the link is not a bridge port
     */
    public BridgePortInfo portInfo(String port) {
        BridgePortInfo info = requirePort(port).slaveData(BridgePortInfo.class);
        if (info == null) {
            throw new IllegalStateException("the kernel sent no port details for " + port);
        }
        return info;
    }

    /**
     * Lists every bridge port with its settings, as the bridge reports them. Equivalent to
     * {@code bridge -d link show}; {@code dev.jnetlink.bridge.view.BridgeLinkShow} prints them as
     * {@code bridge link show} does.
     *
     * @return the ports, in the kernel's order
     */
    public List<BridgeLink> ports() {
        return engine.dump(BridgeRequests.linkDump(0, "bridge ports"), Bridges::decodeBridgeLink);
    }

    /**
     * Lists the ports of one bridge. Equivalent to {@code bridge -d link show master BRIDGE}.
     *
     * @param bridge the bridge's name
     * @return its ports, in the kernel's order
     */
    public List<BridgeLink> ports(String bridge) {
        int index = requireBridge(bridge).index();
        List<BridgeLink> out = new ArrayList<>();
        for (BridgeLink l : ports()) {
            if (l.master() != null && l.master() == index && !l.isBridge()) {
                out.add(l);
            }
        }
        return out;
    }

    static BridgeLink decodeBridgeLink(MessageCursor m) {
        if (m.type() != Rtm.NEWLINK) {
            return null;
        }
        return BridgeLinkCodec.decode(m);
    }

    private String nameOf(int index) {
        try {
            return rtnl.links().get(index).name();
        } catch (NotFoundException e) {
            return "if" + index;
        }
    }

    Link link(String name) {
        InterfaceNames.validate(name);
        return rtnl.links().get(name);
    }

    /**
     * @param name a link's name
     * @param what what was being done, for the message
     * @return the link
     * @throws IllegalArgumentException if there is no such link in this namespace
     */
    Link linkInThisNamespace(String name, String what) {
        try {
            return link(name);
        } catch (NotFoundException e) {
            if (e.errnoNumber() != Errno.ENODEV.number()) {
                throw e;
            }
            throw new IllegalArgumentException(what + ": there is no link " + name
                    + " in this namespace (a bridge and its ports, and the devices of FDB and"
                    + " VLAN entries, must be in one namespace)", e);
        }
    }

    Link requireBridge(String name) {
        Link l = link(name);
        if (!BridgeKind.NAME.equals(l.kind())) {
            throw new IllegalArgumentException(name + " is not a bridge (kind "
                    + (l.kind() == null ? "none" : l.kind()) + ")");
        }
        return l;
    }

    Link requirePort(String name) {
        Link l = link(name);
        if (l.master() == null) {
            throw new IllegalStateException(name + " is not a bridge port: it has no master");
        }
        if (!BridgeKind.NAME.equals(l.slaveKind())) {
            throw new IllegalStateException(name + " is not a bridge port: its master "
                    + nameOf(l.master()) + " is a " + l.slaveKind());
        }
        return l;
    }
}

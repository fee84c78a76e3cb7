package dev.jnetlink.rtnl;

import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.link.IfInfoMsg;
import dev.jnetlink.codec.link.Ifla;
import dev.jnetlink.codec.link.IflaInfo;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.LinkCodec;
import dev.jnetlink.codec.link.LinkFlags;
import dev.jnetlink.netns.ExitCleanup;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.link.LinkSpec;
import dev.jnetlink.socket.AlreadyExistsException;
import dev.jnetlink.socket.Errno;
import dev.jnetlink.socket.KernelLacksFeatureException;
import dev.jnetlink.socket.NetlinkException;
import dev.jnetlink.socket.NotFoundException;
import dev.jnetlink.socket.Request;
import dev.jnetlink.socket.RequestEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Links of one namespace: what {@code ip link add/set/del/show} do. Obtained from
 * {@link Rtnl#links()}; every call is one or a few netlink requests on that client's socket.
 *
 * <p>Links are named by name or by index. Input the library can judge (names, MTU ranges,
 * MACs, VLAN ids) is checked before any request; the kernel's refusals arrive as
 * {@link NetlinkException}s with its extended-ack text.
 */
public final class Links {
    private final RequestEngine engine;

    Links(RequestEngine engine) {
        this.engine = engine;
    }

    static Link decode(MessageCursor m) {
        return m.type() == Rtm.NEWLINK ? LinkCodec.decode(m) : null;
    }

    // ---------------------------------------------------------------- read

    /**
     * Lists every link, fully decoded. Equivalent to {@code ip -d -s link show}.
     *
     * @return the links in the kernel's order (index order on recent kernels, hash order on
     *     older ones)
     */
    public List<Link> list() {
        return dump(null, null);
    }

    /**
     * Lists the links of one kind, filtered by the kernel ({@code IFLA_LINKINFO} with
     * {@code IFLA_INFO_KIND} in the dump request). Equivalent to
     * {@code ip -d link show type KIND}. Kinds the kernel does not know (module not loaded)
     * are not filtered by it; the list is filtered here as well, so the result is right either
     * way.
     *
     * @param kind e.g. {@code veth}, {@code macvlan}
     * @return the links of that kind, in the kernel's order
     */
    public List<Link> listByKind(String kind) {
        if (kind == null || kind.isEmpty()) {
            throw new IllegalArgumentException("kind must not be empty");
        }
        return dump(w -> {
            int info = w.beginNested(Ifla.LINKINFO);
            w.putStringNoNul(IflaInfo.KIND, kind);
            w.endNested(info);
        }, l -> kind.equals(l.kind()));
    }

    /**
     * Lists the ports of a master (bridge, bond, VRF), filtered by the kernel
     * ({@code IFLA_MASTER} in the dump request). Equivalent to {@code ip -d link show master NAME}.
     *
     * @param master the master's name
     * @return its ports, in the kernel's order
     * @throws NotFoundException if there is no such link
     */
    public List<Link> listByMaster(String master) {
        return listByMaster(indexOf(master));
    }

    /**
     * @param masterIndex the master's index
     * @return its ports, in the kernel's order
     * @see #listByMaster(String)
     */
    public List<Link> listByMaster(int masterIndex) {
        requireIndex(masterIndex);
        return dump(w -> w.putU32(Ifla.MASTER, masterIndex),
                l -> l.master() != null && l.master() == masterIndex);
    }

    private List<Link> dump(Consumer<MessageWriter> filter,
            java.util.function.Predicate<Link> keep) {
        List<Link> all = engine.dump(new Request(Rtm.GETLINK, 0, null, IfInfoMsg.SIZE,
                Ifla.SPACE, w -> {
                    IfInfoMsg.EMPTY.write(w.buffer());
                    w.putU32(Ifla.EXT_MASK, Ifla.RTEXT_FILTER_VF);
                    if (filter != null) {
                        filter.accept(w);
                    }
                }), Links::decode);
        if (keep == null) {
            return all;
        }
        List<Link> out = new ArrayList<>(all.size());
        for (Link l : all) {
            if (keep.test(l)) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * Gets one link by name, without a dump. Equivalent to {@code ip -d link show dev NAME}.
     *
     * @param name the link's name
     * @return the link
     * @throws NotFoundException if there is no such link
     */
    public Link get(String name) {
        InterfaceNames.validate(name);
        return engine.query(new Request(Rtm.GETLINK, 0, name, IfInfoMsg.SIZE, Ifla.SPACE, w -> {
            IfInfoMsg.EMPTY.write(w.buffer());
            w.putU32(Ifla.EXT_MASK, Ifla.RTEXT_FILTER_VF);
            w.putString(Ifla.IFNAME, name);
        }), Links::decode);
    }

    /**
     * Gets one link by index, without a dump. Equivalent to {@code ip -d link show} of the
     * link with that index.
     *
     * @param index the interface index
     * @return the link
     * @throws NotFoundException if there is no such link
     */
    public Link get(int index) {
        requireIndex(index);
        return engine.query(new Request(Rtm.GETLINK, 0, "index " + index, IfInfoMsg.SIZE,
                Ifla.SPACE, w -> {
                    new IfInfoMsg(0, 0, index, 0, 0).write(w.buffer());
                    w.putU32(Ifla.EXT_MASK, Ifla.RTEXT_FILTER_VF);
                }), Links::decode);
    }

    /**
     * @param name the link's name
     * @return the link, or empty if there is none of that name
     */
    public Optional<Link> find(String name) {
        try {
            return Optional.of(get(name));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * @param name the link's name
     * @return true if a link of that name exists
     */
    public boolean exists(String name) {
        return find(name).isPresent();
    }

    /**
     * @param name the link's name
     * @return its index
     * @throws NotFoundException if there is no such link
     */
    public int indexOf(String name) {
        return get(name).index();
    }

    // ---------------------------------------------------------------- create

    /**
     * Creates a link. Equivalent to {@code ip link add ...}; fails if the name is taken.
     *
     * <p>First the links the spec names (parent, master, VXLAN device) are looked up, and the
     * spec checks them (a macvlan on loopback fails here, before anything is created). Then one
     * {@code RTM_NEWLINK} creates the link (a veth pair: both ends or neither). An alias (and a
     * veth peer's) is then set with a second request, since the kernel ignores it on create; if
     * that fails, the new link is deleted again and the alias error thrown. A link that gets an
     * alias and goes to another namespace is created here under a temporary name and moved,
     * renamed and given its alias by that second request: the kernel sets an alias only from
     * the link's own namespace, and this needs no second client there. All on this client's
     * socket.
     *
     * @param spec the link
     * @throws NotFoundException if a referenced link does not exist
     * @throws IllegalArgumentException if a referenced link cannot play its role
     * @throws dev.jnetlink.socket.AlreadyExistsException if a link of that name exists,
     *     naming the veth end whose name is taken and its namespace
     * @throws KernelLacksFeatureException if the kernel does not have the kind
     */
    public void add(LinkSpec spec) {
        new LinkCreation(this, engine).add(Objects.requireNonNull(spec, "spec"));
    }

    /**
     * Creates a link that is deleted when the JVM exits, also on Ctrl-C or SIGTERM, unless
     * removed or forgotten before: {@code ip link add ...} now and {@code ip link del NAME} at
     * exit (see {@link ExitCleanup}). Creating and registering are one step with respect to
     * exit. At exit the link is deleted by name in the namespace it was created in (this
     * client's, or the spec's target namespace), if a link of that name is still there; the
     * registration keeps a handle to that namespace until then.
     *
     * @param spec the link
     * @return the registration, to delete it earlier ({@code removeNow}) or keep it
     *     ({@code forget})
     * @throws IllegalStateException if the JVM is already exiting (nothing is created)
     */
    public ExitCleanup.Registration addDeletedOnExit(LinkSpec spec) {
        Objects.requireNonNull(spec, "spec");
        return ExitCleanup.creating("link " + spec.name(), () -> {
            // a handle of our own to where the link is, for the removal at exit
            NetNs home = spec.netns() == null ? NetNs.ofSocket(engine.socket().fd())
                    : NetNs.openPath(Path.of("/proc/thread-self/fd/" + spec.netns().fd()));
            try {
                add(spec);
            } catch (RuntimeException e) {
                home.close();
                throw e;
            }
            return ExitCleanup.register("ip link del " + spec.name(), () -> {
                try (Rtnl there = Rtnl.openIn(home)) {
                    if (there.links().exists(spec.name())) {
                        there.links().delete(spec.name());
                    }
                }
            }, home::close);
        });
    }

    /**
     * Builds the spec and creates a link deleted at exit; see {@link #addDeletedOnExit(LinkSpec)}.
     *
     * @param spec a kind's builder
     * @return the registration
     */
    public ExitCleanup.Registration addDeletedOnExit(LinkSpec.Builder<?> spec) {
        return addDeletedOnExit(spec.build());
    }

    /**
     * Changes the kind options of an existing link to those the spec sets, leaving the others
     * as they are. Equivalent to {@code ip link set dev NAME type KIND OPTIONS}, e.g.
     * {@code ip link set dev bond0 type bond miimon 200} for
     * {@code change(Bond.named("bond0").miimon(200).build())}. The links the spec names
     * (a bond's {@code primary}) are looked up first. A kind may refuse to change some
     * options at all (a Geneve device its VNI, port and checksum options, even unchanged): the
     * kernel's refusal names the attribute, so leave those out of the spec. A Geneve change
     * names the remote, which sets an IPv6 device's {@code udp6zerocsumtx}/{@code rx} back to
     * the kernel's default (off), as {@code ip link set ... type geneve} does.
     *
     * @param spec the link's name, kind and the options to change (the common options, MTU,
     *     MAC, ..., are not sent: they have setters of their own); no alias, target namespace
     *     or veth pair
     * @throws NotFoundException if the link or a link the spec names does not exist
     * @throws IllegalArgumentException if the link is of another kind, or the spec has an
     *     alias, a target namespace or a peer
     */
    public void change(LinkSpec spec) {
        new LinkCreation(this, engine).change(Objects.requireNonNull(spec, "spec"));
    }

    /**
     * Builds the spec and creates the link; see {@link #add(LinkSpec)}.
     *
     * @param spec a kind's builder, e.g. {@code Veth.pair("a", "b")}
     */
    public void add(LinkSpec.Builder<?> spec) {
        add(spec.build());
    }

    /**
     * Builds the spec and sets the link's options to it; see {@link #change(LinkSpec)}.
     *
     * @param spec a kind's builder
     */
    public void change(LinkSpec.Builder<?> spec) {
        change(spec.build());
    }

    /**
     * Sets a link up. Equivalent to {@code ip link set dev NAME up}.
     *
     * @param name the link's name
     */
    public void setUp(String name) {
        set(name, LinkFlags.UP, LinkFlags.UP, null);
    }

    /**
     * Sets a link down. Equivalent to {@code ip link set dev NAME down}.
     *
     * @param name the link's name
     */
    public void setDown(String name) {
        set(name, 0, LinkFlags.UP, null);
    }

    /**
     * Turns promiscuous mode on or off. Equivalent to {@code ip link set dev NAME promisc on|off}.
     * The kernel counts users: {@code on} from here and from a packet socket both count, and
     * the flag clears when the last one turns it off ({@code promiscuity} in
     * {@code ip -d link show}).
     *
     * @param name the link's name
     * @param on true to receive every frame
     */
    public void setPromisc(String name, boolean on) {
        setFlag(name, LinkFlags.PROMISC, on);
    }

    /**
     * Equivalent to {@code ip link set dev NAME multicast on|off}.
     *
     * @param name the link's name
     * @param on true to let the link take part in multicast ({@code IFF_MULTICAST})
     */
    public void setMulticast(String name, boolean on) {
        setFlag(name, LinkFlags.MULTICAST, on);
    }

    /**
     * Equivalent to {@code ip link set dev NAME allmulticast on|off}.
     *
     * @param name the link's name
     * @param on true to receive every multicast frame ({@code IFF_ALLMULTI}, counted like
     *     promiscuity)
     */
    public void setAllmulticast(String name, boolean on) {
        setFlag(name, LinkFlags.ALLMULTI, on);
    }

    /**
     * Equivalent to {@code ip link set dev NAME arp on|off}.
     *
     * @param name the link's name
     * @param on false to stop ARP on the link ({@code IFF_NOARP}, shown as {@code NOARP})
     */
    public void setArp(String name, boolean on) {
        setFlag(name, LinkFlags.NOARP, !on);
    }

    /**
     * Equivalent to {@code ip link set dev NAME dynamic on|off}.
     *
     * @param name the link's name
     * @param on true to mark the link's address as dynamic ({@code IFF_DYNAMIC})
     */
    public void setDynamic(String name, boolean on) {
        setFlag(name, LinkFlags.DYNAMIC, on);
    }

    /**
     * Equivalent to {@code ip link set dev NAME trailers on|off}.
     *
     * @param name the link's name
     * @param on false to set {@code IFF_NOTRAILERS} (shown as {@code NOTRAILERS})
     */
    public void setTrailers(String name, boolean on) {
        setFlag(name, LinkFlags.NOTRAILERS, !on);
    }

    private void setFlag(String name, int flag, boolean set) {
        set(name, set ? flag : 0, flag, null);
    }

    /**
     * Sets the MTU. Equivalent to {@code ip link set dev NAME mtu MTU}. The device's own range
     * ({@code minmtu}/{@code maxmtu} in {@code ip -d link show}) is the kernel's to check; it
     * says {@code mtu greater than device maximum}.
     *
     * @param name the link's name
     * @param mtu the MTU, positive
     */
    public void setMtu(String name, int mtu) {
        if (mtu <= 0) {
            throw new IllegalArgumentException("MTU must be positive, got " + mtu);
        }
        set(name, 0, 0, w -> w.putU32(Ifla.MTU, mtu));
    }

    /**
     * Sets the MAC address. Equivalent to {@code ip link set dev NAME address MAC}.
     *
     * @param name the link's name
     * @param mac a unicast, non-zero, 6-byte address
     */
    public void setMac(String name, MacAddress mac) {
        Objects.requireNonNull(mac, "mac");
        LinkSpec.validateMac(mac);
        set(name, 0, 0, w -> w.putMac(Ifla.ADDRESS, mac));
    }

    /**
     * @param name the link's name
     * @param mac the address as text, {@code 02:00:00:00:00:01}
     * @see #setMac(String, MacAddress)
     */
    public void setMac(String name, String mac) {
        setMac(name, MacAddress.parse(mac));
    }

    /**
     * Renames a link. Equivalent to {@code ip link set dev NAME name NEWNAME}. Kernels before
     * 6.x refuse to rename a link that is up; that refusal becomes a
     * {@link LinkStateException} saying to set it down first.
     *
     * @param name the link's name
     * @param newName the new name
     * @throws LinkStateException if the kernel refuses because the link is up
     * @throws AlreadyExistsException naming {@code newName} if a link has that name
     */
    public void rename(String name, String newName) {
        InterfaceNames.validate(newName);
        int index = indexOf(name);
        try {
            engine.execute(new Request(Rtm.NEWLINK, 0, name, IfInfoMsg.SIZE, Ifla.SPACE, w -> {
                new IfInfoMsg(0, 0, index, 0, 0).write(w.buffer());
                w.putString(Ifla.IFNAME, newName);
            }));
        } catch (AlreadyExistsException e) {
            throw new AlreadyExistsException(e, e.operation(), newName + " (new name of " + name + ")",
                    "a link named " + newName + " exists");
        } catch (NetlinkException e) {
            if (e.errnoNumber() == Errno.EBUSY.number()) {
                throw new LinkStateException(e, "the link must be down to be renamed to "
                        + newName + ": ip link set dev " + name + " down");
            }
            throw e;
        }
    }

    /**
     * Enslaves a link to a bridge, bond or VRF. Equivalent to
     * {@code ip link set dev NAME master MASTER}. Where a bond refuses a port that is up (the
     * kernel's {@code Device can not be enslaved while up}), that refusal becomes a
     * {@link LinkStateException} saying to set it down first.
     *
     * @param name the link's name
     * @param master the master's name
     */
    public void setMaster(String name, String master) {
        InterfaceNames.validate(name);
        int index;
        try {
            index = indexOf(master);
        } catch (NotFoundException e) {
            throw new NotFoundException(e, "RTM_NEWLINK", name + " (master " + master + ")",
                    "no link " + master + " in this namespace");
        }
        try {
            set(name, 0, 0, w -> w.putU32(Ifla.MASTER, index));
        } catch (NetlinkException e) {
            if (e.errnoNumber() == Errno.EPERM.number() && e.kernelMessage() != null
                    && e.kernelMessage().contains("while up")) {
                throw new LinkStateException(e, name + " must be down to be enslaved to "
                        + master + ": ip link set dev " + name + " down");
            }
            throw e;
        }
    }

    /**
     * Releases a link from its master. Equivalent to {@code ip link set dev NAME nomaster}.
     *
     * @param name the link's name
     */
    public void setNoMaster(String name) {
        set(name, 0, 0, w -> w.putU32(Ifla.MASTER, 0));
    }

    /**
     * Moves a link to another namespace. Equivalent to {@code ip link set dev NAME netns NS}.
     * The link leaves this client's namespace; reach it there with {@link Rtnl#openIn}.
     *
     * @param name the link's name
     * @param ns the target namespace (its handle stays the caller's)
     */
    public void moveTo(String name, NetNs ns) {
        Objects.requireNonNull(ns, "ns");
        try (NetNs.Lease held = ns.lease()) {
            set(name, 0, 0, w -> w.putU32(Ifla.NET_NS_FD, ns.fd()));
        } catch (AlreadyExistsException e) {
            throw new AlreadyExistsException(e, e.operation(), name + " in " + ns.describe(),
                    "a link named " + name + " exists in " + ns.describe());
        }
    }

    /**
     * Moves a link to the namespace of a process. Equivalent to
     * {@code ip link set dev NAME netns PID}.
     *
     * @param name the link's name
     * @param pid a process id
     */
    public void moveToPid(String name, int pid) {
        if (pid <= 0) {
            throw new IllegalArgumentException("pid must be positive, got " + pid);
        }
        set(name, 0, 0, w -> w.putU32(Ifla.NET_NS_PID, pid));
    }

    /**
     * Sets or clears the alias. Equivalent to {@code ip link set dev NAME alias TEXT}.
     *
     * @param name the link's name
     * @param alias up to 255 bytes; empty clears it
     */
    public void setAlias(String name, String alias) {
        Objects.requireNonNull(alias, "alias");
        LinkSpec.validateAlias(alias);
        set(name, 0, 0, w -> w.putStringNoNul(Ifla.IFALIAS, alias));
    }

    /**
     * Sets the transmit queue length. Equivalent to {@code ip link set dev NAME txqueuelen N}.
     *
     * @param name the link's name
     * @param txqlen 0 or more
     */
    public void setTxqlen(String name, int txqlen) {
        if (txqlen < 0) {
            throw new IllegalArgumentException("txqueuelen must be >= 0, got " + txqlen);
        }
        set(name, 0, 0, w -> w.putU32(Ifla.TXQLEN, txqlen));
    }

    /**
     * Puts a link in a group. Equivalent to {@code ip link set dev NAME group N}.
     *
     * @param name the link's name
     * @param group the group, 0 being {@code default}
     */
    public void setGroup(String name, int group) {
        set(name, 0, 0, w -> w.putU32(Ifla.GROUP, group));
    }

    private void set(String name, int flags, int change, Consumer<MessageWriter> attrs) {
        InterfaceNames.validate(name);
        engine.execute(new Request(Rtm.NEWLINK, 0, name, IfInfoMsg.SIZE, Ifla.SPACE, w -> {
            new IfInfoMsg(0, 0, 0, flags, change).write(w.buffer());
            if (attrs != null) {
                attrs.accept(w);
            }
            w.putString(Ifla.IFNAME, name);
        }));
    }

    // ---------------------------------------------------------------- delete

    /**
     * Deletes a link (for a veth, both ends). Equivalent to {@code ip link del dev NAME}.
     *
     * @param name the link's name
     * @throws NotFoundException if there is no such link
     */
    public void delete(String name) {
        InterfaceNames.validate(name);
        engine.execute(new Request(Rtm.DELLINK, 0, name, IfInfoMsg.SIZE, Ifla.SPACE, w -> {
            IfInfoMsg.EMPTY.write(w.buffer());
            w.putString(Ifla.IFNAME, name);
        }));
    }

    /**
     * Deletes a link by index.
     *
     * @param index the interface index
     * @throws NotFoundException if there is no such link
     */
    public void delete(int index) {
        requireIndex(index);
        engine.execute(new Request(Rtm.DELLINK, 0, "index " + index, IfInfoMsg.SIZE, Ifla.SPACE,
                w -> new IfInfoMsg(0, 0, index, 0, 0).write(w.buffer())));
    }

    /**
     * Deletes every link of a group in one request, under one hold of the kernel's rtnl lock.
     * Equivalent to {@code ip link del group N}; far faster than deleting them one by one.
     * The kernel deletes all or, if any link of the group cannot be deleted (a physical
     * device), none.
     *
     * @param group the group, not 0 (the default group every link starts in)
     * @throws NotFoundException if no link is in the group
     */
    public void deleteGroup(int group) {
        if (group == 0) {
            throw new IllegalArgumentException("group 0 is the default group of every link"
                    + " (loopback included); the kernel refuses to delete it");
        }
        try {
            engine.execute(new Request(Rtm.DELLINK, 0, "group " + Integer.toUnsignedString(group),
                    IfInfoMsg.SIZE, Ifla.SPACE, w -> {
                        IfInfoMsg.EMPTY.write(w.buffer());
                        w.putU32(Ifla.GROUP, group);
                    }));
        } catch (NetlinkException e) {
            if (e.errnoNumber() == Errno.EOPNOTSUPP.number()) {
                throw new LinkStateException(e, "a link of group " + Integer.toUnsignedString(group)
                        + " cannot be deleted (a physical device?); nothing was deleted");
            }
            throw e;
        }
    }

    private static void requireIndex(int index) {
        if (index <= 0) {
            throw new IllegalArgumentException("interface index must be positive, got " + index);
        }
    }
}

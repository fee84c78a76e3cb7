package dev.jnetlink.rtnl;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.link.IfInfoMsg;
import dev.jnetlink.codec.link.Ifla;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.LinkCodec;
import dev.jnetlink.codec.link.LinkFlags;
import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.rtnl.link.LinkSpec;
import dev.jnetlink.socket.Errno;
import dev.jnetlink.socket.KernelLacksFeatureException;
import dev.jnetlink.socket.NetlinkException;
import dev.jnetlink.socket.NotFoundException;
import dev.jnetlink.socket.Request;
import dev.jnetlink.socket.RequestEngine;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Links of one namespace: what {@code ip link add/set/del/show} do. Obtained from
 * {@link Rtnl#links()}; every call is one or a few netlink requests on that client's socket.
 */
public final class Links {
    private final RequestEngine engine;

    Links(RequestEngine engine) {
        this.engine = engine;
    }

    static Link decode(MessageCursor m) {
        return m.type() == Rtm.NEWLINK ? LinkCodec.decode(m) : null;
    }

    /**
     * Lists every link, fully decoded. Equivalent to {@code ip -d -s link show}.
     *
     * @return the links in the kernel's order (index order on recent kernels, hash order on
     *     older ones)
     */
    public List<Link> list() {
        return engine.dump(new Request(Rtm.GETLINK, 0, null, IfInfoMsg.SIZE, Ifla.SPACE, w -> {
            IfInfoMsg.EMPTY.write(w.buffer());
            w.putU32(Ifla.EXT_MASK, Ifla.RTEXT_FILTER_VF);
        }), Links::decode);
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
     * Gets one link by index, without a dump.
     *
     * @param index the interface index
     * @return the link
     * @throws NotFoundException if there is no such link
     */
    public Link get(int index) {
        if (index <= 0) {
            throw new IllegalArgumentException("interface index must be positive, got " + index);
        }
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

    /**
     * Creates a link. Equivalent to {@code ip link add ...}; fails if the name is taken.
     *
     * @param spec the link
     * @throws dev.jnetlink.socket.AlreadyExistsException if a link of that name exists
     * @throws KernelLacksFeatureException if the kernel does not have the kind
     */
    public void add(LinkSpec spec) {
        Objects.requireNonNull(spec, "spec");
        try {
            engine.execute(new Request(Rtm.NEWLINK, NlMsg.F_CREATE | NlMsg.F_EXCL, spec.name(),
                    IfInfoMsg.SIZE, Ifla.SPACE, w -> spec.write(w, this::indexOf)));
        } catch (NetlinkException e) {
            if (e.errnoNumber() == Errno.EOPNOTSUPP.number()) {
                throw new KernelLacksFeatureException("link kind " + spec.kind(), e);
            }
            throw e;
        }
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
     * Sets a link up. Equivalent to {@code ip link set dev NAME up}.
     *
     * @param name the link's name
     */
    public void setUp(String name) {
        setFlags(name, LinkFlags.UP, LinkFlags.UP);
    }

    /**
     * Sets a link down. Equivalent to {@code ip link set dev NAME down}.
     *
     * @param name the link's name
     */
    public void setDown(String name) {
        setFlags(name, 0, LinkFlags.UP);
    }

    private void setFlags(String name, int flags, int change) {
        InterfaceNames.validate(name);
        engine.execute(new Request(Rtm.NEWLINK, 0, name, IfInfoMsg.SIZE, Ifla.SPACE, w -> {
            new IfInfoMsg(0, 0, 0, flags, change).write(w.buffer());
            w.putString(Ifla.IFNAME, name);
        }));
    }

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
     */
    public void delete(int index) {
        engine.execute(new Request(Rtm.DELLINK, 0, "index " + index, IfInfoMsg.SIZE, Ifla.SPACE,
                w -> new IfInfoMsg(0, 0, index, 0, 0).write(w.buffer())));
    }
}

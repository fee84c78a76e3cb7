package dev.jnetlink.rtnl;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.nexthop.Nha;
import dev.jnetlink.codec.nexthop.NextHopObject;
import dev.jnetlink.codec.nexthop.NextHopObjectCodec;
import dev.jnetlink.codec.nexthop.NhMsg;
import dev.jnetlink.socket.Request;
import dev.jnetlink.socket.RequestEngine;
import java.util.List;
import java.util.Objects;

/**
 * Nexthop objects of one namespace: what {@code ip nexthop add/replace/del/get/show} do.
 * Obtained from {@link Rtnl#nexthops()}. Routes use them by id
 * ({@link RouteSpec.Builder#nhid(int)}, {@code ip route add ... nhid N}).
 */
public final class NextHopObjects {
    private final RequestEngine engine;

    NextHopObjects(RequestEngine engine) {
        this.engine = engine;
    }

    static NextHopObject decode(MessageCursor m) {
        return m.type() == Rtm.NEWNEXTHOP ? NextHopObjectCodec.decode(m) : null;
    }

    /**
     * Adds a nexthop object; fails if its id is taken. Equivalent to
     * {@code ip nexthop add id N ...}.
     *
     * @param spec the object
     * @throws dev.jnetlink.socket.AlreadyExistsException if the id is taken
     * @throws dev.jnetlink.socket.NotFoundException if its device does not exist
     * @throws dev.jnetlink.socket.NetlinkException with the kernel's reason otherwise (e.g.
     *     {@code Invalid nexthop id} for a group member that does not exist)
     */
    public void add(NextHopObjectSpec spec) {
        modify(spec, NlMsg.F_CREATE | NlMsg.F_EXCL);
    }

    /**
     * @param spec the object, built
     * @see #add(NextHopObjectSpec)
     */
    public void add(NextHopObjectSpec.Builder spec) {
        add(spec.build());
    }

    /**
     * Adds a nexthop object or replaces the one with its id; routes through it follow.
     * Equivalent to {@code ip nexthop replace id N ...}.
     *
     * @param spec the object
     */
    public void replace(NextHopObjectSpec spec) {
        modify(spec, NlMsg.F_CREATE | NlMsg.F_REPLACE);
    }

    /**
     * @param spec the object, built
     * @see #replace(NextHopObjectSpec)
     */
    public void replace(NextHopObjectSpec.Builder spec) {
        replace(spec.build());
    }

    private void modify(NextHopObjectSpec spec, int flags) {
        Objects.requireNonNull(spec, "spec");
        int oif = spec.dev() == null ? 0 : Devices.index(engine, spec.dev(), "RTM_NEWNEXTHOP", spec);
        engine.execute(new Request(Rtm.NEWNEXTHOP, flags, spec.toString(), NhMsg.SIZE, Nha.SPACE,
                w -> spec.write(w, name -> oif)));
    }

    /**
     * Deletes a nexthop object, and with it the routes that use it. Equivalent to
     * {@code ip nexthop del id N}.
     *
     * @param id the object's id
     * @throws dev.jnetlink.socket.NotFoundException if there is none with that id
     */
    public void delete(int id) {
        engine.execute(byId(Rtm.DELNEXTHOP, id));
    }

    /**
     * Equivalent to {@code ip nexthop get id N}.
     *
     * @param id the object's id
     * @return the object
     * @throws dev.jnetlink.socket.NotFoundException if there is none with that id
     */
    public NextHopObject get(int id) {
        return engine.query(byId(Rtm.GETNEXTHOP, id), NextHopObjects::decode);
    }

    private static Request byId(int type, int id) {
        return new Request(type, 0, "id " + Integer.toUnsignedString(id), NhMsg.SIZE, Nha.SPACE, w -> {
            new NhMsg(0, 0, 0, 0).write(w.buffer());
            w.putU32(Nha.ID, id);
        });
    }

    /**
     * Lists every nexthop object, groups included. Equivalent to {@code ip nexthop show}.
     *
     * @return the objects in the kernel's order (by id)
     */
    public List<NextHopObject> list() {
        return engine.dump(new Request(Rtm.GETNEXTHOP, 0, "all", NhMsg.SIZE, Nha.SPACE,
                w -> new NhMsg(0, 0, 0, 0).write(w.buffer())), NextHopObjects::decode);
    }
}

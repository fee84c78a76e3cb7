package dev.jnetlink.rtnl;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.addr.AddressFamily;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.route.Route;
import dev.jnetlink.codec.route.RouteCodec;
import dev.jnetlink.codec.route.RouteFlags;
import dev.jnetlink.codec.route.RouteTable;
import dev.jnetlink.codec.route.RtMsg;
import dev.jnetlink.codec.route.Rta;
import dev.jnetlink.socket.BatchResult;
import dev.jnetlink.socket.Errno;
import dev.jnetlink.socket.NotFoundException;
import dev.jnetlink.socket.Request;
import dev.jnetlink.socket.RequestEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Routes of one namespace: what {@code ip route add/replace/change/append/del/get/show} do.
 * Obtained from {@link Rtnl#routes()}. Interface names are resolved to indexes before a
 * request is written (one lookup per distinct name per call).
 */
public final class Routes {
    private final RequestEngine engine;

    Routes(RequestEngine engine) {
        this.engine = engine;
    }

    static Route decode(MessageCursor m) {
        return m.type() == Rtm.NEWROUTE ? RouteCodec.decode(m) : null;
    }

    /**
     * Adds a route; fails if it exists. Equivalent to {@code ip route add ...}.
     *
     * @param spec the route
     * @throws IllegalArgumentException before any request, if the route has nowhere to go
     *     (no device, gateway or next hops; see {@link RouteSpec#requireNextHop()})
     * @throws dev.jnetlink.socket.AlreadyExistsException {@code EEXIST}, naming the route
     * @throws dev.jnetlink.socket.NotFoundException if a named interface does not exist
     * @throws dev.jnetlink.socket.NetlinkException with the kernel's reason otherwise (e.g.
     *     {@code Nexthop has invalid gateway} for a gateway not on any link)
     */
    public void add(RouteSpec spec) {
        modify(spec, Rtm.NEWROUTE, NlMsg.F_CREATE | NlMsg.F_EXCL);
    }

    /**
     * @param spec the route, built
     * @see #add(RouteSpec)
     */
    public void add(RouteSpec.Builder spec) {
        add(spec.build());
    }

    /**
     * Adds a route or replaces the one with the same destination, table, TOS and metric.
     * Equivalent to {@code ip route replace ...}.
     *
     * @param spec the route
     */
    public void replace(RouteSpec spec) {
        modify(spec, Rtm.NEWROUTE, NlMsg.F_CREATE | NlMsg.F_REPLACE);
    }

    /**
     * Changes an existing route; fails if there is none. Equivalent to {@code ip route change ...}.
     *
     * @param spec the route
     * @throws dev.jnetlink.socket.NotFoundException if no such route exists
     */
    public void change(RouteSpec spec) {
        modify(spec, Rtm.NEWROUTE, NlMsg.F_REPLACE);
    }

    /**
     * Adds a route after the existing ones with the same key (IPv4: a second route the
     * kernel keeps as a fallback; IPv6: another next hop). Equivalent to
     * {@code ip route append ...}.
     *
     * @param spec the route
     */
    public void append(RouteSpec spec) {
        modify(spec, Rtm.NEWROUTE, NlMsg.F_CREATE | NlMsg.F_APPEND);
    }

    /**
     * Deletes a route. Only what the spec sets is matched (as {@code ip route del}: no
     * protocol, scope or type unless given). Equivalent to {@code ip route del ...}.
     *
     * @param spec the route
     * @throws dev.jnetlink.socket.NotFoundException {@code ESRCH} if no route matches
     */
    public void delete(RouteSpec spec) {
        modify(spec, Rtm.DELROUTE, 0);
    }

    /**
     * @param spec the route, built
     * @see #delete(RouteSpec)
     */
    public void delete(RouteSpec.Builder spec) {
        delete(spec.build());
    }

    private void modify(RouteSpec spec, int type, int flags) {
        Objects.requireNonNull(spec, "spec");
        if (type == Rtm.NEWROUTE) {
            spec.requireNextHop();
        }
        Devices.Cache devices = resolve(List.of(spec), type);
        engine.execute(request(spec, type, flags, devices));
    }

    // Looks every device up before anything is sent; a missing one is named with its route.
    private Devices.Cache resolve(List<RouteSpec> specs, int type) {
        Devices.Cache devices = new Devices.Cache(engine);
        String operation = type == Rtm.DELROUTE ? "RTM_DELROUTE" : "RTM_NEWROUTE";
        for (RouteSpec s : specs) {
            for (String d : s.devices()) {
                devices.index(d, operation, s);
            }
        }
        return devices;
    }

    private static Request request(RouteSpec spec, int type, int flags, Devices.Cache devices) {
        return Request.describedLazily(type, flags, spec::toString, RtMsg.SIZE, Rta.SPACE,
                w -> spec.write(w, devices::index, type == Rtm.DELROUTE));
    }

    /**
     * Adds many routes over this client's socket, many requests per {@code sendmsg}, each
     * acknowledged; one failing does not stop the others. Equivalent to a file of
     * {@code route add ...} lines run by {@code ip -batch}, but without waiting for each
     * acknowledgement before sending the next request.
     *
     * @param specs the routes
     * @return the outcome: {@link BatchResult#failure(int)} is the kernel's refusal of
     *     {@code specs.get(i)}, its message naming that route
     * @throws dev.jnetlink.socket.NotFoundException before sending anything if a named
     *     interface does not exist
     */
    public BatchResult addAll(List<RouteSpec> specs) {
        return batch(specs, Rtm.NEWROUTE, NlMsg.F_CREATE | NlMsg.F_EXCL);
    }

    /**
     * Like {@link #addAll} with {@code ip route replace}.
     *
     * @param specs the routes
     * @return the outcome, by position
     */
    public BatchResult replaceAll(List<RouteSpec> specs) {
        return batch(specs, Rtm.NEWROUTE, NlMsg.F_CREATE | NlMsg.F_REPLACE);
    }

    /**
     * Deletes many routes, batched as {@link #addAll}. Equivalent to {@code ip -batch} with
     * {@code route del ...} lines.
     *
     * @param specs the routes
     * @return the outcome, by position
     */
    public BatchResult deleteAll(List<RouteSpec> specs) {
        return batch(specs, Rtm.DELROUTE, 0);
    }

    private BatchResult batch(List<RouteSpec> specs, int type, int flags) {
        if (type == Rtm.NEWROUTE) {
            for (RouteSpec s : specs) {
                Objects.requireNonNull(s, "route").requireNextHop();
            }
        }
        Devices.Cache devices = resolve(specs, type);
        List<Request> requests = new ArrayList<>(specs.size());
        for (RouteSpec s : specs) {
            requests.add(request(Objects.requireNonNull(s, "route"), type, flags, devices));
        }
        return engine.batch(requests);
    }

    /**
     * Asks the kernel which route it would use. Equivalent to {@code ip route get ADDRESS}.
     *
     * @param address the destination
     * @return the resolved route; its table is the one the route was found in
     * @throws dev.jnetlink.socket.NetlinkException {@code ENETUNREACH} if nothing routes there
     */
    public Route get(String address) {
        return get(RouteQuery.to(address));
    }

    /**
     * Equivalent to {@code ip route get ADDRESS [from ...] [iif ...] [oif ...] [mark ...]
     * [fibmatch]}.
     *
     * @param query the lookup
     * @return the resolved route, or with {@code fibmatch} the table entry that matched
     */
    public Route get(RouteQuery query) {
        Objects.requireNonNull(query, "query");
        String about = IpAddresses.format(query.to());
        int iif = query.iif() == null ? 0
                : Devices.index(engine, query.iif(), "RTM_GETROUTE", about + " iif " + query.iif());
        int oif = query.oif() == null ? 0
                : Devices.index(engine, query.oif(), "RTM_GETROUTE", about + " oif " + query.oif());
        int family = AddressFamily.of(query.to());
        int bits = AddressFamily.bits(family);
        // IPv6 refuses RTM_F_LOOKUP_TABLE ("Invalid flags for get route request"); it
        // reports the table anyway.
        int flags = (family == AddressFamily.INET ? RouteFlags.LOOKUP_TABLE : 0)
                | (query.fibMatch() ? RouteFlags.FIB_MATCH : 0);
        return engine.query(new Request(Rtm.GETROUTE, 0, about,
                RtMsg.SIZE, Rta.SPACE, w -> {
                    new RtMsg(family, bits, query.from() == null ? 0 : bits, 0, 0, 0, 0, 0, flags)
                            .write(w.buffer());
                    w.putInet(Rta.DST, query.to());
                    if (query.from() != null) {
                        w.putInet(Rta.SRC, query.from());
                    }
                    if (iif != 0) {
                        w.putU32(Rta.IIF, iif);
                    }
                    if (oif != 0) {
                        w.putU32(Rta.OIF, oif);
                    }
                    if (query.mark() != null) {
                        w.putU32(Rta.MARK, query.mark());
                    }
                }), Routes::decode);
    }

    /**
     * Lists the main table's routes, IPv4 then IPv6. Equivalent to {@code ip route show}
     * followed by {@code ip -6 route show}.
     *
     * @return the routes in the kernel's order
     */
    public List<Route> list() {
        return list(RouteFilter.main());
    }

    /**
     * Lists the routes the filter selects; the kernel does the filtering. Equivalent to
     * {@code ip [-4|-6] route show [table ID|all] [proto P] [dev DEV] [type T]}.
     *
     * @param filter what to list
     * @return the routes in the kernel's order (IPv4 first when both families are asked)
     */
    public List<Route> list(RouteFilter filter) {
        Objects.requireNonNull(filter, "filter");
        int oif = filter.dev() == null ? 0 : Devices.index(engine, filter.dev());
        if (filter.family() == AddressFamily.UNSPEC && filter.table() != RouteTable.UNSPEC) {
            // A dump of every family for one table fails with ENOENT when one family lacks
            // that table: ask each family on its own.
            List<Route> out = new ArrayList<>(dump(filter.ipv4(), oif));
            out.addAll(dump(filter.ipv6(), oif));
            return out;
        }
        return dump(filter, oif);
    }

    private List<Route> dump(RouteFilter f, int oif) {
        int table = f.table();
        try {
            return engine.dump(new Request(Rtm.GETROUTE, 0, f.table() == RouteTable.UNSPEC ? null
                    : "table " + RouteTable.name(table), RtMsg.SIZE, Rta.SPACE, w -> {
                        new RtMsg(f.family(), 0, 0, 0, 0, f.protocol() == null ? 0 : f.protocol().value(),
                                0, f.type() == null ? 0 : f.type().value(), 0).write(w.buffer());
                        if (table != RouteTable.UNSPEC) {
                            w.putU32(Rta.TABLE, table);
                        }
                        if (oif != 0) {
                            w.putU32(Rta.OIF, oif);
                        }
                    }), Routes::decode);
        } catch (NotFoundException e) {
            if (table != RouteTable.UNSPEC && e.errnoNumber() == Errno.ENOENT.number()) {
                return List.of(); // "FIB table does not exist": no routes in it
            }
            throw e;
        }
    }
}

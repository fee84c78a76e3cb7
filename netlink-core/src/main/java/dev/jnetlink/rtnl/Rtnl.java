package dev.jnetlink.rtnl;

import dev.jnetlink.netns.NetNs;
import dev.jnetlink.netns.Sysctls;
import dev.jnetlink.rtnl.tc.TrafficControl;
import dev.jnetlink.socket.NetlinkSocket;
import dev.jnetlink.socket.RequestEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An rtnetlink client bound to one network namespace for life: the links, addresses, routes,
 * neighbours, rules and namespace ids of that namespace.
 *
 * <pre>{@code
 * try (NetNs r1 = NetNs.create("r1"); NetNs r2 = NetNs.create("r2"); Rtnl host = Rtnl.open()) {
 *     host.links().add(Veth.pair("veth1.1", "veth1.2").netns(r1).peerNetns(r2));
 *     try (Rtnl in1 = Rtnl.openIn(r1)) {
 *         in1.links().setUp("veth1.1");
 *     }
 * }
 * }</pre>
 *
 * <p>Thread safety: a client may be shared by threads (one request in flight at a time);
 * see {@link RequestEngine}.
 */
public final class Rtnl implements AutoCloseable {
    private final RequestEngine engine;
    private final Links links;
    private final Addresses addresses;
    private final Routes routes;
    private final Neighbours neighbours;
    private final Rules rules;
    private final NextHopObjects nexthops;
    private final NamespaceIds nsids;
    private volatile TrafficControl tc;

    private Rtnl(RequestEngine engine) {
        this.engine = engine;
        this.links = new Links(engine);
        this.addresses = new Addresses(engine);
        this.routes = new Routes(engine);
        this.neighbours = new Neighbours(engine);
        this.rules = new Rules(engine);
        this.nexthops = new NextHopObjects(engine);
        this.nsids = new NamespaceIds(engine);
    }

    /**
     * Opens a client in the calling thread's network namespace.
     *
     * @return the client
     */
    public static Rtnl open() {
        return open(RequestEngine.Options.DEFAULT);
    }

    /**
     * Opens a client in the calling thread's network namespace.
     *
     * @param options engine settings (dump retries, receive buffer)
     * @return the client
     */
    public static Rtnl open(RequestEngine.Options options) {
        return wrap(NetlinkSocket.open(NetlinkSocket.NETLINK_ROUTE), options);
    }

    /**
     * Opens a client bound to a namespace, usable from any thread afterwards. The socket is
     * created on a short-lived thread that enters the namespace; the caller's thread does not
     * move. Like prefixing every command with {@code ip netns exec NAME}.
     *
     * @param ns the namespace
     * @return the client
     */
    public static Rtnl openIn(NetNs ns) {
        return openIn(ns, RequestEngine.Options.DEFAULT);
    }

    /**
     * @param ns the namespace
     * @param options engine settings
     * @return a client bound to {@code ns}
     */
    public static Rtnl openIn(NetNs ns, RequestEngine.Options options) {
        Objects.requireNonNull(ns, "ns");
        return wrap(ns.call(() -> NetlinkSocket.open(NetlinkSocket.NETLINK_ROUTE)), options);
    }

    /**
     * Opens a client in each of several namespaces, with one short-lived thread that enters
     * them in turn ({@link NetNs#callInEach}) rather than a thread per namespace. Like
     * {@code ip -n NS} for each. All or none: if one fails, those opened are closed.
     *
     * @param namespaces where, in order
     * @return a client per namespace, in the same order; the caller closes each
     * @throws dev.jnetlink.socket.NetlinkException if entering a namespace or opening a socket fails
     */
    public static List<Rtnl> openInEach(List<NetNs> namespaces) {
        List<NetlinkSocket> sockets = NetNs.callInEach(namespaces, () -> NetlinkSocket.open(NetlinkSocket.NETLINK_ROUTE));
        List<Rtnl> clients = new ArrayList<>(sockets.size());
        try {
            for (NetlinkSocket s : sockets) {
                clients.add(wrap(s, RequestEngine.Options.DEFAULT));
            }
            return clients;
        } catch (RuntimeException e) {
            clients.forEach(Rtnl::close);
            sockets.subList(clients.size() + 1, sockets.size()).forEach(NetlinkSocket::close);
            throw e;
        }
    }

    /**
     * A client over a {@code NETLINK_ROUTE} socket opened elsewhere, for instance inside a new
     * namespace on the thread that made it ({@code NetNs.create(name, () ->
     * NetlinkSocket.open(NetlinkSocket.NETLINK_ROUTE))}). Like {@code ip -n NAME}. The client
     * owns the socket from now on and closes it; the socket is closed here too if the client
     * cannot be made.
     *
     * @param socket an open routing socket nobody else uses
     * @return the client, in the socket's namespace
     * @throws IllegalArgumentException if the socket is not a {@code NETLINK_ROUTE} one
     */
    public static Rtnl over(NetlinkSocket socket) {
        Objects.requireNonNull(socket, "socket");
        if (socket.protocol() != NetlinkSocket.NETLINK_ROUTE) {
            socket.close();
            throw new IllegalArgumentException("an rtnetlink client needs a NETLINK_ROUTE socket, not protocol "
                    + socket.protocol());
        }
        return wrap(socket, RequestEngine.Options.DEFAULT);
    }

    private static Rtnl wrap(NetlinkSocket socket, RequestEngine.Options options) {
        try {
            return new Rtnl(new RequestEngine(socket, options));
        } catch (RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** @return link operations ({@code ip link}) */
    public Links links() {
        return links;
    }

    /** @return traffic control ({@code tc qdisc}, {@code tc class}, {@code tc filter}) */
    public TrafficControl tc() {
        TrafficControl t = tc;
        if (t == null) {
            t = new TrafficControl(this);
            tc = t;
        }
        return t;
    }

    /** @return address operations ({@code ip addr}) */
    public Addresses addresses() {
        return addresses;
    }

    /** @return route operations ({@code ip route}) */
    public Routes routes() {
        return routes;
    }

    /** @return neighbour operations ({@code ip neigh}) */
    public Neighbours neighbours() {
        return neighbours;
    }

    /** @return policy routing rule operations ({@code ip rule}) */
    public Rules rules() {
        return rules;
    }

    /** @return nexthop object operations ({@code ip nexthop}) */
    public NextHopObjects nexthops() {
        return nexthops;
    }

    /** @return namespace id operations ({@code ip netns list-id}, {@code ip netns set}) */
    public NamespaceIds nsids() {
        return nsids;
    }

    /**
     * Opens the namespace this client works in, from its socket ({@link NetNs#ofSocket}),
     * wherever the calling thread is.
     *
     * @return a new handle; the caller closes it
     */
    public NetNs namespace() {
        return NetNs.ofSocket(engine.socket().fd());
    }

    /**
     * The network sysctls of this client's namespace (see {@link Sysctls}). Equivalent to
     * {@code sysctl} run in the client's namespace ({@code ip netns exec NS sysctl ...}).
     *
     * @return its sysctls; each call opens the namespace from the socket and closes it again
     */
    public Sysctls sysctls() {
        return Sysctls.opening(this::namespace);
    }

    /**
     * @return the request engine, for extension modules that send their own requests on this
     *     client's socket
     */
    public RequestEngine engine() {
        return engine;
    }

    /** Closes the socket. Idempotent. */
    @Override
    public void close() {
        engine.close();
    }
}

package dev.jnetlink.examples;

import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.RouteSpec;
import dev.jnetlink.rtnl.Rtnl;
import java.net.InetAddress;
import java.util.List;

/**
 * A container as the walkthroughs see it: a named network namespace with {@code lo} up and a
 * client bound to it. Its interface ({@code eth0}) is made by the scenario (a veth end, a
 * macvlan, an ipvlan); {@link #configure} and {@link #defaultVia} then give it what Docker
 * gives it: the address, the link up and the default route. Every step is printed as
 * {@code ip netns exec NAME ...}.
 */
public final class Container {
    /** The container's interface, as Docker names it. */
    public static final String ETH0 = "eth0";

    private final Walkthrough walk;
    private final String role;
    private final String name;
    private final NetNs ns;
    private final Rtnl rtnl;
    private InetAddress address;

    private Container(Walkthrough walk, String role, NetNs ns, Rtnl rtnl) {
        this.walk = walk;
        this.role = role;
        this.name = walk.name(role);
        this.ns = ns;
        this.rtnl = rtnl;
    }

    /**
     * Creates the container's namespace (deleted at the end) and brings {@code lo} up, as
     * Docker does for every container.
     *
     * @param walk the walkthrough
     * @param role its name in the walkthrough, e.g. {@code milk}
     * @return the container
     * @throws Exception if a step fails
     */
    public static Container create(Walkthrough walk, String role) throws Exception {
        Container c = bare(walk, role, null);
        c.exec("ip link set lo up", () -> c.rtnl.links().setUp("lo"));
        return c;
    }

    /**
     * Creates the container's namespace and leaves it as it comes: only {@code lo}, down
     * ({@code --net=none} before Docker touches it).
     *
     * @param walk the walkthrough
     * @param role its name in the walkthrough
     * @param remark printed after the command, or null
     * @return the container
     * @throws Exception if a step fails
     */
    public static Container bare(Walkthrough walk, String role, String remark) throws Exception {
        NetNs ns = walk.namespace(role, remark);
        return new Container(walk, role, ns, walk.rtnl(ns));
    }

    /** @return its name in the walkthrough, e.g. {@code milk} */
    public String role() {
        return role;
    }

    /** @return its namespace's name (with the run's prefix) */
    public String name() {
        return name;
    }

    /** @return its namespace */
    public NetNs ns() {
        return ns;
    }

    /** @return a client bound to its namespace */
    public Rtnl rtnl() {
        return rtnl;
    }

    /**
     * Runs a step inside, printed as {@code ip netns exec NAME COMMAND}.
     *
     * @param command the command it replaces, e.g. {@code ip link set eth0 up}
     * @param action the step
     * @throws Exception what the step threw
     */
    public void exec(String command, Walkthrough.Action action) throws Exception {
        walk.run("ip netns exec " + name + " " + command, action);
    }

    /**
     * What Docker does to the container's interface once it is inside: address and up.
     *
     * @param dev the interface, e.g. {@code eth0}
     * @param address its address with the network's prefix length
     * @throws Exception if a step fails
     */
    public void configure(String dev, Prefix address) throws Exception {
        exec("ip addr add " + address + " dev " + dev, () -> rtnl.addresses().add(dev, address.toString()));
        exec("ip link set " + dev + " up", () -> rtnl.links().setUp(dev));
    }

    /**
     * Adds the default route via a gateway.
     *
     * @param gateway the gateway
     * @throws Exception if the step fails
     */
    public void defaultVia(InetAddress gateway) throws Exception {
        String via = IpAddresses.format(gateway);
        exec("ip route add default via " + via, () -> rtnl.routes().add(RouteSpec.defaultVia(via)));
    }

    /**
     * Adds a default route straight out of a device, with no gateway (ipvlan L3).
     *
     * @param dev the device
     * @throws Exception if the step fails
     */
    public void defaultDev(String dev) throws Exception {
        exec("ip route add default dev " + dev, () -> rtnl.routes().add(RouteSpec.defaultRoute().dev(dev)));
    }

    /**
     * Prints a listing taken inside, headed
     * {@code ip netns exec NAME COMMAND   # docker exec ROLE COMMAND}.
     *
     * @param command e.g. {@code ip addr show}
     * @param text the listing
     */
    public void show(String command, String text) {
        walk.show("ip netns exec " + name + " " + command + "   # docker exec " + role + " " + command, text);
    }

    /**
     * Pings from inside; see {@link Walkthrough#ping(String, NetNs, String, InetAddress, boolean)}.
     *
     * @param to label of the target
     * @param address its address
     * @param expectReachable what the walkthrough expects
     * @return the check
     */
    public Check ping(String to, InetAddress address, boolean expectReachable) {
        return walk.ping(role, ns, to, address, expectReachable);
    }

    /**
     * @param dev an interface of the container
     * @return its MAC, as {@code ip link} prints it
     */
    public String mac(String dev) {
        return String.valueOf(rtnl.links().get(dev).address());
    }

    /**
     * Each container pings the gateway, if there is one, then every other container at the
     * address it was given.
     *
     * @param all the containers
     * @param gatewayLabel how the table names the gateway
     * @param gateway the gateway's address, or null to ping only the containers
     */
    public static void pingEachOther(List<Container> all, String gatewayLabel, InetAddress gateway) {
        for (Container c : all) {
            if (gateway != null) {
                c.ping(gatewayLabel, gateway, true);
            }
            for (Container other : all) {
                if (other != c) {
                    c.ping(other, true);
                }
            }
        }
    }

    /**
     * Records the address the container was given, for the checks that ping it.
     *
     * @param ip its address
     */
    public void address(InetAddress ip) {
        this.address = ip;
    }

    /** @return the address it was given, or null */
    public InetAddress address() {
        return address;
    }

    /**
     * Pings another container at the address it was given.
     *
     * @param other the other container
     * @param expectReachable what the walkthrough expects
     * @return the check
     */
    public Check ping(Container other, boolean expectReachable) {
        if (other.address == null) {
            throw new IllegalStateException(other.role + " has no address yet");
        }
        return ping(other.role, other.address, expectReachable);
    }
}

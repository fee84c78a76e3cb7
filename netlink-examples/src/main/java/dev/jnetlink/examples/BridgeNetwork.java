package dev.jnetlink.examples;

import dev.jnetlink.bridge.Bridge;
import dev.jnetlink.bridge.Bridges;
import dev.jnetlink.bridge.view.BrctlShow;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * A Docker bridge network in one host: a Linux bridge, usually holding the gateway address
 * (docker0's {@code bip}, a user network's {@code --gateway}), and containers attached the way
 * Docker attaches them: a veth pair whose host end is a port of the bridge and whose other end
 * is the container's {@code eth0}, with the next free address of the network's pool and a
 * default route via the gateway.
 */
public final class BridgeNetwork {
    private final Walkthrough walk;
    private final Rtnl host;
    private final Bridges bridges;
    private final String network;
    private final AddressPool pool;
    private final InetAddress gateway;
    private final Integer mtu;
    private final String in;
    private String bridge;

    private BridgeNetwork(Walkthrough walk, Rtnl host, String network, String bridge, AddressPool pool,
            InetAddress gateway, Integer mtu, String in) {
        this.walk = walk;
        this.host = host;
        this.bridges = Bridges.of(host);
        this.network = network;
        this.bridge = bridge;
        this.pool = pool;
        this.gateway = gateway;
        this.mtu = mtu;
        this.in = in;
    }

    /**
     * Creates the bridge, gives it the gateway address and brings it up, as dockerd does for
     * docker0 ({@code bip}) and {@code docker network create -d bridge} for a user network.
     *
     * @param walk the walkthrough
     * @param host a client in the host's namespace
     * @param network the Docker network's name, e.g. {@code bridge}
     * @param bridge the bridge's name, e.g. {@code docker0}
     * @param gateway the bridge's address with the subnet's length, e.g. {@code 172.17.0.1/16}
     * @return the network
     * @throws Exception if a step fails
     */
    public static BridgeNetwork create(Walkthrough walk, Rtnl host, String network, String bridge, Prefix gateway)
            throws Exception {
        BridgeNetwork net = new BridgeNetwork(walk, host, network, bridge,
                new AddressPool(gateway, gateway.address()), gateway.address(), null, "");
        net.addBridge();
        walk.run(net.in + "ip addr add " + gateway + " dev " + bridge,
                () -> host.addresses().add(bridge, gateway.toString()));
        net.up();
        return net;
    }

    /**
     * Creates a bridge with no address, whose containers get no default route (an overlay's
     * bridge: its gateway is elsewhere).
     *
     * @param walk the walkthrough
     * @param host a client in the host's namespace
     * @param network the Docker network's name
     * @param bridge the bridge's name, e.g. {@code br0}
     * @param pool the network's addresses (shared by the hosts of an overlay), or null when
     *     addresses are given by hand (pipework), not by {@link #run}
     * @param mtu the containers' MTU, or null for the default
     * @param hostName the host namespace's name, to show in the commands when there are
     *     several hosts, or null
     * @return the network
     * @throws Exception if a step fails
     */
    public static BridgeNetwork withoutAddress(Walkthrough walk, Rtnl host, String network, String bridge,
            AddressPool pool, Integer mtu, String hostName) throws Exception {
        BridgeNetwork net = new BridgeNetwork(walk, host, network, bridge, pool, null, mtu,
                hostName == null ? "" : "ip netns exec " + hostName + " ");
        net.addBridge();
        net.up();
        return net;
    }

    private void addBridge() throws Exception {
        walk.run(in + "ip link add " + bridge + " type bridge   # brctl addbr " + bridge,
                () -> bridges.create(Bridge.named(bridge)));
    }

    private void up() throws Exception {
        walk.run(in + "ip link set " + bridge + " up", () -> host.links().setUp(bridge));
    }

    /** @return the bridge's current name */
    public String bridge() {
        return bridge;
    }

    /** @return the bridge operations of the host */
    public Bridges bridges() {
        return bridges;
    }

    /**
     * Renames the bridge, as the walkthrough does with {@code ip link set dev br-ID name docker1}
     * (the kernel wants it down for that).
     *
     * @param name the new name
     * @throws Exception if a step fails
     */
    public void rename(String name) throws Exception {
        String old = bridge;
        walk.run(in + "ifconfig " + old + " down", () -> host.links().setDown(old));
        walk.run(in + "ip link set dev " + old + " name " + name, () -> host.links().rename(old, name));
        bridge = name;
    }

    /**
     * Enslaves a link of the host to the bridge ({@code brctl addif}).
     *
     * @param port the link
     * @throws Exception if the step fails
     */
    public void addPort(String port) throws Exception {
        walk.run(in + "brctl addif " + bridge + " " + port, () -> bridges.addPort(bridge, port));
    }

    /**
     * Runs a container on this network: {@code docker run -itd --network NET --name ROLE busybox}.
     *
     * @param role the container's name
     * @return the container, attached with the next free address
     * @throws Exception if a step fails
     */
    public Container run(String role) throws Exception {
        if (pool == null) {
            throw new IllegalStateException("network " + network + " hands out no addresses");
        }
        Prefix ip = pool.next();
        walk.section("docker run -itd --network " + network + " --name " + role + " busybox   # gets "
                + IpAddresses.format(ip.address()));
        Container c = Container.create(walk, role);
        c.address(ip.address());
        String hostEnd = hostEnd(role);
        Veth.Builder pair = Veth.pair(hostEnd, Container.ETH0).peerNetns(c.ns());
        if (mtu != null) {
            pair.mtu(mtu).peerMtu(mtu);
        }
        walk.run(in + "ip link add " + hostEnd + (mtu == null ? "" : " mtu " + mtu) + " type veth peer name "
                + Container.ETH0 + (mtu == null ? "" : " mtu " + mtu) + " netns " + c.name(),
                () -> host.links().add(pair));
        addPort(hostEnd);
        walk.run(in + "ip link set " + hostEnd + " up", () -> host.links().setUp(hostEnd));
        c.configure(Container.ETH0, ip);
        if (gateway != null) {
            c.defaultVia(gateway);
        }
        return c;
    }

    /**
     * @param role a container's name
     * @return the name of its veth end in the host: {@code veth} and seven hex digits, as
     *     Docker names them (derived from the name here, so runs are reproducible)
     */
    public static String hostEnd(String role) {
        CRC32 crc = new CRC32();
        crc.update(role.getBytes(StandardCharsets.UTF_8));
        return String.format("veth%07x", crc.getValue() & 0xfffffff);
    }

    /** @return {@code brctl show BRIDGE} */
    public String brctlShow() {
        return BrctlShow.of(host).bridge(bridge).text();
    }
}

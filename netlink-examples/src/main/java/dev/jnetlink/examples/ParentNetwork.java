package dev.jnetlink.examples;

import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.LinkSpec;
import dev.jnetlink.rtnl.view.IpLinkShow;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A Docker network whose driver hangs containers directly on a parent NIC (macvlan, ipvlan):
 * {@code docker network create -d DRIVER --subnet ... --gateway ... -o parent=PARENT NAME}.
 * Creating it makes no device (Docker only remembers parent, subnets and gateway); each
 * container then gets a sub-interface of the parent, made directly in its namespace as
 * {@code eth0}, with its address, the link up and the default route.
 */
public final class ParentNetwork {
    /** Makes the spec of a container's sub-interface. */
    @FunctionalInterface
    public interface SubInterface {
        /**
         * @param parent the parent's name in the host
         * @param name the sub-interface's name
         * @return the spec's builder, e.g. {@code Macvlan.on(parent, name).mode(BRIDGE)}
         */
        LinkSpec.Builder<?> on(String parent, String name);
    }

    private final String driver;
    private final String name;
    private final String parent;
    private final List<Prefix> subnets;
    private final InetAddress gateway;
    private final String options;
    private final String kind;
    private final SubInterface sub;

    /**
     * @param driver {@code macvlan} or {@code ipvlan}
     * @param name the network's name, e.g. {@code subway}
     * @param parent the parent NIC in the host, e.g. {@code ens33}
     * @param subnets its subnets
     * @param gateway the containers' default gateway, or null for {@code default dev eth0}
     * @param options the driver's other options as Docker takes them, e.g.
     *     {@code -o ipvlan_mode=l3}, or empty
     * @param kind the sub-interface's kind as {@code ip link add ... type} takes it, e.g.
     *     {@code macvlan mode bridge}
     * @param sub makes the sub-interface's spec
     * @throws Options.UsageException if the gateway is not in a subnet
     */
    public ParentNetwork(String driver, String name, String parent, List<Prefix> subnets, InetAddress gateway,
            String options, String kind, SubInterface sub) {
        this.driver = driver;
        this.name = name;
        this.parent = parent;
        this.subnets = List.copyOf(subnets);
        this.gateway = gateway;
        this.options = options;
        this.kind = kind;
        this.sub = Objects.requireNonNull(sub, "sub");
        if (gateway != null) {
            subnetOf("gateway", gateway);
        }
    }

    /**
     * @param who what the address belongs to, for the message
     * @param address an address
     * @return the subnet holding it
     * @throws Options.UsageException if none does
     */
    public Prefix subnetOf(String who, InetAddress address) {
        return subnets.stream().filter(s -> s.contains(address)).findFirst()
                .orElseThrow(() -> new Options.UsageException(who + "'s address " + IpAddresses.format(address)
                        + " is not in the subnet" + (subnets.size() > 1 ? "s " : " ") + subnetsText()
                        + " of network " + name));
    }

    /**
     * Checks that every container's address lies in a subnet and is not the gateway, before
     * anything is made (Docker refuses such a {@code --ip} too).
     *
     * @param containers address by container
     * @throws Options.UsageException naming the container
     */
    public void checkAddresses(Map<String, InetAddress> containers) {
        containers.forEach((who, ip) -> {
            subnetOf(who, ip);
            if (ip.equals(gateway)) {
                throw new Options.UsageException(who + "'s address " + IpAddresses.format(ip)
                        + " is the gateway of network " + name);
            }
        });
    }

    private String subnetsText() {
        return subnets.stream().map(Prefix::toString).collect(Collectors.joining(", "));
    }

    /** @return the network's name */
    public String name() {
        return name;
    }

    /** @return the parent NIC */
    public String parent() {
        return parent;
    }

    /**
     * Prints {@code docker network create ...} and what it amounts to: nothing made yet.
     *
     * @param w the walkthrough
     */
    public void create(Walkthrough w) {
        StringBuilder cmd = new StringBuilder("docker network create -d " + driver);
        for (Prefix s : subnets) {
            cmd.append(" --subnet ").append(s);
        }
        if (gateway != null) {
            cmd.append(" --gateway ").append(IpAddresses.format(gateway));
        }
        cmd.append(" -o parent=").append(parent);
        if (!options.isEmpty()) {
            cmd.append(' ').append(options);
        }
        w.section(cmd.append(' ').append(name).toString());
        w.note("makes no device: Docker keeps the parent, subnet" + (subnets.size() > 1 ? "s" : "")
                + " and gateway; each container gets a " + driver + " sub-interface of " + parent);
    }

    /**
     * Creates the network ({@link #create}) and runs its containers ({@link #run}), in order.
     *
     * @param w the walkthrough
     * @param host a client in the parent's namespace
     * @param containers address by container
     * @return the containers
     * @throws Exception if a step fails
     */
    public List<Container> createAndRun(Walkthrough w, Rtnl host, Map<String, InetAddress> containers)
            throws Exception {
        create(w);
        List<Container> all = new ArrayList<>();
        for (Map.Entry<String, InetAddress> e : containers.entrySet()) {
            all.add(run(w, host, e.getKey(), e.getValue()));
        }
        return all;
    }

    /**
     * Runs a container on this network: its namespace, its sub-interface of the parent made
     * directly in it as {@code eth0}, address, up, default route.
     *
     * @param w the walkthrough
     * @param host a client in the parent's namespace
     * @param role the container's name, e.g. {@code milk}
     * @param ip its address
     * @return the container
     * @throws Exception if a step fails
     */
    public Container run(Walkthrough w, Rtnl host, String role, InetAddress ip) throws Exception {
        Prefix subnet = subnetOf(role, ip);
        w.section("docker run -itd --rm --network " + name + " --ip " + IpAddresses.format(ip) + " --name " + role
                + " busybox");
        Container c = Container.create(w, role);
        c.address(ip);
        w.run("ip link add link " + parent + " name " + Container.ETH0 + " netns " + c.name() + " type " + kind,
                () -> host.links().add(sub.on(parent, Container.ETH0).netns(c.ns())));
        c.configure(Container.ETH0, new Prefix(ip, subnet.length()));
        if (gateway == null) {
            c.defaultDev(Container.ETH0);
        } else {
            c.defaultVia(gateway);
        }
        return c;
    }

    /**
     * Verifies that a container's eth0 is a sub-interface of the parent, as the walkthrough
     * points out: {@code eth0@ifN}, N the parent's index in the host.
     *
     * @param w the walkthrough
     * @param host a client in the parent's namespace
     * @param c the container
     */
    public void verifySubInterface(Walkthrough w, Rtnl host, Container c) {
        int index = host.links().indexOf(parent);
        String line = IpLinkShow.of(c.rtnl()).dev(Container.ETH0).text();
        w.verify(c.role() + "'s eth0 is eth0@if" + index + ": a sub-interface of " + parent + " (index " + index
                + " in the host)", line.contains(": " + Container.ETH0 + "@if" + index + ":")
                        && c.rtnl().links().get(Container.ETH0).link() == index);
    }
}

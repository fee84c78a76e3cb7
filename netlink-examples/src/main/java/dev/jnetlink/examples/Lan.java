package dev.jnetlink.examples;

import dev.jnetlink.codec.addr.Prefix;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.view.IpAddrShow;

/**
 * The Docker host of the walkthroughs and the physical network its NIC ({@code ens33}) is
 * plugged into, both played by namespaces of their own so that the machine's own interfaces
 * are never touched: a "host" namespace whose {@code ens33} is one end of a veth pair, and a
 * "lan" namespace holding the other end (the gateway, or the physical machine, of the
 * walkthrough).
 *
 * @param host the Docker host's namespace
 * @param hostRtnl a client bound to it
 * @param lan the physical network's namespace
 * @param lanRtnl a client bound to it
 * @param parent the host's NIC, e.g. {@code ens33}
 * @param lanNic the physical network's end of the cable, e.g. {@code eth0}
 */
public record Lan(NetNs host, Rtnl hostRtnl, NetNs lan, Rtnl lanRtnl, String parent, String lanNic) {
    /** The physical network's end of the stand-in cable. */
    public static final String LAN_NIC = "eth0";

    /**
     * Declares the options every scenario with a host and a physical network has.
     *
     * @param o the options
     * @param hostAddress the walkthrough's address of the host's NIC, or null for none
     */
    public static void declare(Options o, String hostAddress) {
        o.option("host", "host", "namespace that plays the walkthrough's Docker host (its VM)");
        o.option("lan", "lan", "namespace that plays the physical network behind the host's NIC");
        o.option("parent", "ens33", "the host's NIC: here a veth whose other end is in the lan namespace");
        if (hostAddress != null) {
            o.option("host-address", hostAddress, "the host's address on its NIC");
        }
    }

    /**
     * Creates both namespaces and the cable between them, gives each end its address and
     * brings both up.
     *
     * @param w the walkthrough
     * @param o the options {@link #declare} declared
     * @param hostAddress the host NIC's address, or null for none
     * @param lanAddress the physical network's address, or null for none
     * @return the two namespaces and the cable
     * @throws Exception if a step fails
     */
    public static Lan create(Walkthrough w, Options o, Prefix hostAddress, Prefix lanAddress) throws Exception {
        String parent = o.get("parent");
        NetNs host = w.namespace(o.get("host"), "plays the Docker host; its " + parent
                + " is a veth, not a NIC of this machine");
        NetNs lan = w.namespace(o.get("lan"), "plays the physical network on the other side of " + parent);
        Rtnl hostRtnl = w.rtnl(host);
        Rtnl lanRtnl = w.rtnl(lan);
        w.run("ip link set lo up   # on the host, as on any machine", () -> hostRtnl.links().setUp("lo"));
        w.run("ip link add " + parent + " type veth peer name " + LAN_NIC + " netns " + w.name(o.get("lan"))
                + "   # the stand-in NIC and its cable",
                () -> hostRtnl.links().add(Veth.pair(parent, LAN_NIC).peerNetns(lan)));
        if (hostAddress != null) {
            w.run("ip addr add " + hostAddress + " dev " + parent,
                    () -> hostRtnl.addresses().add(parent, hostAddress.toString()));
        }
        w.run("ip link set " + parent + " up", () -> hostRtnl.links().setUp(parent));
        Lan made = new Lan(host, hostRtnl, lan, lanRtnl, parent, LAN_NIC);
        if (lanAddress != null) {
            made.inLan(w, "ip addr add " + lanAddress + " dev " + LAN_NIC,
                    () -> lanRtnl.addresses().add(LAN_NIC, lanAddress.toString()));
        }
        made.inLan(w, "ip link set lo up", () -> lanRtnl.links().setUp("lo"));
        made.inLan(w, "ip link set " + LAN_NIC + " up", () -> lanRtnl.links().setUp(LAN_NIC));
        w.show("ip addr show " + parent + "   # on the host", IpAddrShow.of(hostRtnl).dev(parent).text());
        return made;
    }

    /**
     * Runs a step in the physical network's namespace, printed as {@code ip netns exec LAN ...}.
     *
     * @param w the walkthrough
     * @param command the command it replaces
     * @param action the step
     * @throws Exception what the step threw
     */
    public void inLan(Walkthrough w, String command, Walkthrough.Action action) throws Exception {
        w.run("ip netns exec " + lan.name() + " " + command, action);
    }
}

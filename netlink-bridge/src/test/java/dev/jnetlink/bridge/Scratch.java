package dev.jnetlink.bridge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jnetlink.junit.ReferenceTools;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.testing.Await;
import dev.jnetlink.testing.Ip;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A named scratch namespace (so {@code ip -n}, {@code bridge -n} and {@code ip netns exec ...
 * brctl} see it), a client bound to it and the bridge operations on that client. Closing
 * removes the namespace and everything in it, also after a failed test.
 */
final class Scratch implements AutoCloseable {
    /** How long the waits for asynchronous kernel state may take. */
    private static final java.time.Duration SETTLE = java.time.Duration.ofSeconds(10);

    final ScratchNamespaces namespaces = new ScratchNamespaces();
    final NetNs ns;
    final Rtnl rtnl;
    final Bridges bridges;

    Scratch(String prefix) {
        NetNs n = null;
        Rtnl r = null;
        try {
            n = namespaces.named(prefix);
            r = Rtnl.openIn(n);
        } catch (RuntimeException e) {
            namespaces.close();
            throw e;
        }
        this.ns = n;
        this.rtnl = r;
        this.bridges = Bridges.of(r);
    }

    /** @return the namespace's name, for {@code ip -n} */
    String name() {
        return ns.name();
    }

    /**
     * @param a one end
     * @param b the other
     */
    void veth(String a, String b) {
        rtnl.links().add(Veth.pair(a, b));
    }

    /**
     * @param args arguments of {@code ip -n NS}
     * @return its output
     */
    String ip(String... args) {
        return Ip.ip(name(), args);
    }

    /**
     * @param args arguments of {@code ip -n NS -j}
     * @return the JSON
     */
    JsonNode ipJson(String... args) {
        return Ip.json(name(), args);
    }

    /**
     * @param args arguments of {@code bridge -n NS -j}
     * @return the JSON
     */
    JsonNode bridgeJson(String... args) {
        return Ip.bridgeJson(name(), args);
    }

    /**
     * @param args arguments of {@code bridge -n NS}
     * @return its output
     */
    String bridge(String... args) {
        String[] cmd = new String[args.length + 3];
        cmd[0] = "bridge";
        cmd[1] = "-n";
        cmd[2] = name();
        System.arraycopy(args, 0, cmd, 3, args.length);
        return ReferenceTools.run(cmd);
    }

    /**
     * Runs bridge-utils' {@code brctl} inside the namespace ({@code ip netns exec NS brctl
     * ...}, which also mounts the namespace's sysfs that brctl reads).
     *
     * @param args brctl's arguments
     * @return its output
     */
    String brctl(String... args) {
        String[] cmd = new String[args.length + 5];
        cmd[0] = "ip";
        cmd[1] = "netns";
        cmd[2] = "exec";
        cmd[3] = name();
        cmd[4] = "brctl";
        System.arraycopy(args, 0, cmd, 5, args.length);
        return ReferenceTools.run(cmd);
    }

    /**
     * Waits until a port reaches a state: carrier comes up asynchronously (linkwatch), and the
     * bridge enables the port on that event. Bounded (10 s); nothing about time is asserted.
     *
     * @param port the port's name
     * @param state the state to wait for
     */
    void awaitPortState(String port, PortState state) {
        Await.until(SETTLE, port + " reaching " + state, () -> bridges.portInfo(port).state() == state.value());
    }

    /**
     * Waits until a link's operational state is up (carrier, and with it IFF_RUNNING, is set
     * asynchronously by linkwatch after the link and its peer are up). Bounded (10 s).
     *
     * @param name the link's name
     */
    void awaitOperUp(String name) {
        awaitOperState(name, dev.jnetlink.codec.link.OperState.UP);
    }

    /**
     * Waits until linkwatch has settled a link's operational state. Until it has, a link just
     * set up reports {@code UNKNOWN}, which the kernel counts as IFF_RUNNING, so flags read in
     * that window lack the {@code NO-CARRIER} a moment later would show. Bounded (10 s).
     *
     * @param name the link's name
     * @param state the state to wait for
     */
    void awaitOperState(String name, dev.jnetlink.codec.link.OperState state) {
        Await.until(SETTLE, name + " operationally " + state, () -> rtnl.links().get(name).state() == state);
    }

    /**
     * Turns IPv6 off in the namespace, so that no multicast address is joined later (after
     * DAD) and two dumps taken one after the other see the same FDB. Equivalent to
     * {@code ip netns exec NS sysctl -w net.ipv6.conf.{all,default}.disable_ipv6=1}: a thread
     * inside the namespace sees that namespace's {@code /proc/sys/net}.
     */
    void withoutIpv6() throws IOException {
        ns.run(() -> {
            for (String conf : new String[] {"all", "default"}) {
                Files.writeString(Path.of("/proc/sys/net/ipv6/conf/" + conf + "/disable_ipv6"), "1");
            }
        });
    }

    /** @param names links to set up, in order */
    void up(String... names) {
        for (String n : names) {
            rtnl.links().setUp(n);
        }
    }

    @Override
    public void close() {
        try {
            rtnl.close();
        } finally {
            namespaces.close();
        }
    }
}

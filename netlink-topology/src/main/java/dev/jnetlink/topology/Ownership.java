package dev.jnetlink.topology;

import dev.jnetlink.codec.link.Link;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.socket.NetlinkException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a topology marks what it owns, and finds it again.
 *
 * <ul>
 * <li>Links: the interface alias ({@code IFLA_IFALIAS}, {@code ip link set NAME alias ...}),
 *     which core's {@code Links.add} sets in the request right after the creating one (the
 *     kernel ignores an alias in a create). Every link a topology makes lives in a namespace it
 *     owns, so one a SIGKILL leaves unmarked between the two requests still goes with its
 *     namespace. A veth pair's second end carries no mark: deleting the first deletes it. Not an
 *     alternative name, as containerlab uses: an altname must be unique in its namespace, so
 *     every link would need a marker of its own.</li>
 * <li>Namespaces: the alias of their {@code lo}. A namespace has no attribute of its own, and a
 *     name prefix alone would claim anybody's namespace that happens to share it. The marker is
 *     set right after {@code ip netns add}; for that short moment the namespace's name is in a
 *     pending list ({@code /run/jnetlink-topology/NAME.pending}, written before it is created),
 *     and {@code destroy} takes such a namespace as ours only while it is still as fresh as a
 *     new one ({@code lo} alone, unmarked, down, without addresses).</li>
 * <li>Addresses, routes, neighbours and sysctls live in owned namespaces: the namespace's
 *     ownership is theirs (they go with it).</li>
 * <li>nftables (NAT, published ports): a table per bridge network, in an owned namespace, named
 *     for the topology: {@code jnetlink-topology-NAME-BRIDGE-SUBNET}. A table is what nftables
 *     deletes whole, with its chains and rules, and it is made in one transaction with them, so
 *     it never exists unmarked (the publisher makes tables without userdata, so the name is the
 *     mark); a rule someone else adds to the namespace lives in a table of theirs, which no plan
 *     touches. {@link dev.jnetlink.nftables.publish.PortPublisher} marks each publication's two
 *     rules with a comment naming the namespace and the mapping, which is how an edit finds the
 *     one publication to remove. The subnet is in the name, so a changed subnet is a new table,
 *     and the masquerade rule never has to be read back.</li>
 * <li>Link shaping: the root qdisc of an owned link, with the handle {@code 4a4e:} ("JN"; qdiscs
 *     carry nothing else to mark them); one with another handle is someone else's.</li>
 * </ul>
 */
public final class Ownership {
    /** What every marker starts with. */
    public static final String MARKER_PREFIX = "jnetlink-topology:";
    /** Where locks and pending lists live. */
    public static final Path STATE_DIR = Path.of("/run/jnetlink-topology");

    private Ownership() {
    }

    /**
     * @param topologyName the owner
     * @return the alias that marks its objects
     */
    public static String marker(String topologyName) {
        return MARKER_PREFIX + topologyName;
    }

    /**
     * @param topologyName the owner
     * @return what the names of its nftables tables start with
     */
    static String natTablePrefix(String topologyName) {
        return "jnetlink-topology-" + topologyName + "-";
    }

    /**
     * @param topologyName the owner
     * @param bridge the bridge network's bridge
     * @param subnet its subnet
     * @return the table its NAT lives in: {@code jnetlink-topology-NAME-BRIDGE-172.17.0.0/16}
     */
    static String natTable(String topologyName, String bridge, dev.jnetlink.codec.addr.Prefix subnet) {
        return natTablePrefix(topologyName) + bridge + "-" + subnet;
    }

    /**
     * @param rtnl a client in the namespace
     * @return the owner named by the namespace's {@code lo} alias, if any
     */
    static Optional<String> ownerOf(Rtnl rtnl) {
        String alias = rtnl.links().get("lo").alias();
        if (alias == null || !alias.startsWith(MARKER_PREFIX)) {
            return Optional.empty();
        }
        return Optional.of(alias.substring(MARKER_PREFIX.length()));
    }

    /**
     * @param link a link
     * @param topologyName a topology's name
     * @return whether the link carries the topology's marker
     */
    static boolean owns(Link link, String topologyName) {
        return marker(topologyName).equals(link.alias());
    }

    /**
     * Every named namespace whose {@code lo} carries the topology's marker. Equivalent to
     * {@code for ns in $(ip netns list); do ip -n $ns link show lo; done}, keeping the marked.
     *
     * @param topologyName the owner
     * @return the namespaces' names, as {@code ip netns list} prints them
     */
    public static List<String> ownedNamespaces(String topologyName) {
        List<String> names = new ArrayList<>();
        List<NetNs> handles = new ArrayList<>();
        List<Rtnl> clients = List.of();
        try {
            for (String name : NetNs.list()) {
                try {
                    handles.add(NetNs.open(name));
                    names.add(name);
                } catch (NetlinkException | IllegalArgumentException e) {
                    // deleted meanwhile, or not a namespace at all
                }
            }
            // one thread visits them all: a thread per namespace cost more than the rest of a destroy
            clients = Rtnl.openInEach(handles);
            List<String> owned = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                try {
                    if (topologyName.equals(ownerOf(clients.get(i)).orElse(null))) {
                        owned.add(names.get(i));
                    }
                } catch (NetlinkException e) {
                    // its lo is gone: the namespace is being torn down
                }
            }
            return owned;
        } finally {
            clients.forEach(Rtnl::close);
            handles.forEach(NetNs::close);
        }
    }

    /**
     * @param nsName a named namespace
     * @return whether it looks as {@code ip netns add} leaves it: {@code lo} alone, down,
     *     unmarked, no address
     */
    static boolean isFresh(String nsName) {
        try (NetNs ns = NetNs.open(nsName); Rtnl rtnl = Rtnl.openIn(ns)) {
            List<Link> links = rtnl.links().list();
            return links.size() == 1 && links.get(0).name().equals("lo") && !links.get(0).isUp()
                    && links.get(0).alias() == null && rtnl.addresses().list().isEmpty();
        } catch (NetlinkException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * @param nsName a name in {@code /run/netns}
     * @return whether it is an entry with no namespace mounted on it: what a process killed
     *     inside {@code ip netns add} leaves ({@code ip netns del} removes it)
     */
    static boolean isEmptyEntry(String nsName) {
        try {
            Path entry = Path.of(NetNs.RUN_DIR, nsName);
            return Files.exists(entry) && Files.getAttribute(entry, "unix:dev").equals(
                    Files.getAttribute(entry.getParent(), "unix:dev"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * @param topologyName the owner
     * @param nsName a namespace's name
     * @return whether an apply of the topology was making it when it stopped: written down as
     *     pending, and still an empty entry or as fresh as {@code ip netns add} makes it
     */
    static boolean halfMadeBy(String topologyName, String nsName) {
        return pendingNames(topologyName).contains(nsName) && (isEmptyEntry(nsName) || isFresh(nsName));
    }

    // ------------------------------------------------------------------ pending namespaces

    static Path pendingFile(String topologyName) {
        return STATE_DIR.resolve(topologyName + ".pending");
    }

    /** Writes a namespace's name down before it is created (durable before {@code ip netns add}). */
    static void pending(String topologyName, String nsName) {
        try {
            Files.createDirectories(STATE_DIR);
            Files.writeString(pendingFile(topologyName), nsName + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + pendingFile(topologyName), e);
        }
    }

    /** @return the names written down by {@link #pending} since the last {@link #clearPending} */
    static Set<String> pendingNames(String topologyName) {
        try {
            Path f = pendingFile(topologyName);
            return Files.exists(f) ? new LinkedHashSet<>(Files.readAllLines(f, StandardCharsets.UTF_8)) : Set.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets the pending names: every one of them is now marked, or gone. */
    static void clearPending(String topologyName) {
        try {
            Files.deleteIfExists(pendingFile(topologyName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

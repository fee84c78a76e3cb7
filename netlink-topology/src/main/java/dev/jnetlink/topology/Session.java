package dev.jnetlink.topology;

import dev.jnetlink.netns.NetNs;
import dev.jnetlink.nftables.Nft;
import dev.jnetlink.rtnl.Rtnl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The namespaces of one plan or apply, opened once, and a client in each, closed together.
 * Steps address namespaces by their topology names.
 */
public final class Session implements AutoCloseable {
    private final Topology topology;
    private final Map<String, NetNs> handles = new LinkedHashMap<>();
    private final Map<String, Rtnl> clients = new LinkedHashMap<>();
    private final Map<String, Nft> nfts = new LinkedHashMap<>();

    Session(Topology topology) {
        this.topology = topology;
    }

    /** @return the topology */
    public Topology topology() {
        return topology;
    }

    /**
     * @param ns a namespace's topology name
     * @return its real name
     */
    public String real(String ns) {
        return topology.nsName(ns);
    }

    /** @return the marker of this topology's objects */
    public String marker() {
        return Ownership.marker(topology.name());
    }

    /**
     * @param ns a namespace's topology name
     * @return a handle to it, opened by name the first time
     */
    public NetNs netns(String ns) {
        return handles.computeIfAbsent(ns, n -> NetNs.open(real(n)));
    }

    /**
     * @param ns a namespace's topology name
     * @return a client bound to it
     */
    public Rtnl rtnl(String ns) {
        return clients.computeIfAbsent(ns, n -> Rtnl.openIn(netns(n)));
    }

    /**
     * @param ns a namespace's topology name
     * @return an nftables client bound to it
     */
    Nft nft(String ns) {
        return nfts.computeIfAbsent(ns, n -> Nft.openIn(netns(n)));
    }

    /**
     * Takes a handle made by {@code ip netns add}.
     *
     * @param ns the topology name
     * @param handle the handle
     */
    void created(String ns, NetNs handle) {
        forget(ns);
        handles.put(ns, handle);
    }

    /**
     * Takes a handle made by {@code ip netns add} and a client opened in it as it was made.
     *
     * @param ns the topology name
     * @param made the handle and the client
     */
    void created(String ns, NetNs.Created<Rtnl> made) {
        created(ns, made.namespace());
        clients.put(ns, made.made());
    }

    /**
     * Closes what is open for a namespace about to be deleted.
     *
     * @param ns the topology name
     */
    void forget(String ns) {
        Nft nft = nfts.remove(ns);
        if (nft != null) {
            nft.close();
        }
        Rtnl r = clients.remove(ns);
        if (r != null) {
            r.close();
        }
        NetNs h = handles.remove(ns);
        if (h != null) {
            h.close();
        }
    }

    @Override
    public void close() {
        for (String ns : new ArrayList<>(handles.keySet())) {
            forget(ns);
        }
        List<Rtnl> rest = new ArrayList<>(clients.values());
        clients.clear();
        rest.forEach(Rtnl::close);
        List<Nft> restNft = new ArrayList<>(nfts.values());
        nfts.clear();
        restNft.forEach(Nft::close);
    }
}

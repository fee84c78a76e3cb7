package dev.jnetlink.rtnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.socket.AlreadyExistsException;
import dev.jnetlink.testing.Ip;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Namespace ids against {@code ip netns list-id}, {@code ip netns set} and the
 * {@code link-netnsid} of {@code ip link show}, all read from inside namespace {@code a}.
 */
@NetlinkTest
class NamespaceIdsIT {
    @Scratch
    private ScratchNamespaces scratch;
    @Scratch(value = "ida", named = true)
    private NetNs a;
    @Scratch(value = "idb", named = true)
    private NetNs b;
    @Scratch("ida")
    private Rtnl inA;

    @Test
    void assignedHereIsWhatIpNetnsListIdShows() {
        assertThat(inA.nsids().get(b)).isEmpty();
        assertThat(inA.nsids().list()).isEmpty();
        assertThat(ipListId(a.name())).isEmpty();

        inA.nsids().assign(b, 5);

        assertThat(inA.nsids().get(b)).hasValue(5);
        assertThat(inA.nsids().list()).containsExactly(new NamespaceIds.Entry(5, b.name()));
        assertThat(ipListId(a.name())).containsExactly(Map.entry(5, b.name()));
        assertThat(ipNetnsListIdOf(a.name(), b.name())).isEqualTo(5);
        // Ids belong to the namespace that reads them: b has none for a.
        try (Rtnl inB = Rtnl.openIn(b)) {
            assertThat(inB.nsids().get(a)).isEmpty();
        }
    }

    @Test
    void assignedByIpNetnsSetIsSeenHere() {
        Ip.ip(a.name(), "netns", "set", b.name(), "9");
        assertThat(inA.nsids().get(b)).hasValue(9);
        try (NetNs sameB = NetNs.openPath(Path.of(b.path()))) {
            assertThat(inA.nsids().get(sameB)).hasValue(9);
        }
        assertThat(inA.nsids().list()).containsExactly(new NamespaceIds.Entry(9, b.name()));
    }

    @Test
    void assignAutoTakesTheLowestFreeIdLikeIpNetnsSetAuto() {
        NetNs c = scratch.named("idc");
        inA.nsids().assign(b, 0);
        int picked = inA.nsids().assignAuto(c);
        assertThat(picked).isEqualTo(1);
        assertThat(ipListId(a.name())).containsEntry(0, b.name()).containsEntry(1, c.name());
    }

    @Test
    void theLinkNetnsidOfAVethPeerIsTheKernelsIdForThePeersNamespace() {
        inA.links().add(Veth.pair("nsid0", "nsid1").peerNetns(b));

        JsonNode shown = Ip.json(a.name(), "link", "show", "dev", "nsid0").get(0);
        int linkNetnsid = shown.get("link_netnsid").asInt();
        OptionalInt ours = inA.nsids().get(b);
        assertThat(ours).hasValue(linkNetnsid);
        assertThat(inA.links().get("nsid0").linkNetnsid()).isEqualTo(linkNetnsid);
        assertThat(inA.nsids().list()).contains(new NamespaceIds.Entry(linkNetnsid, b.name()));
    }

    @Test
    void anonymousPeersAreListedWithoutAName() {
        NetNs anon = scratch.anonymous();
        inA.nsids().assign(anon, 11);
        assertThat(inA.nsids().get(anon)).hasValue(11);
        assertThat(inA.nsids().list()).containsExactly(new NamespaceIds.Entry(11, null));
    }

    @Test
    void refusalsNameTheNamespaceAndTheAttributeTheKernelBlames() {
        assertThatThrownBy(() -> inA.nsids().assign(b, -1))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("nsid must be 0 or more, got -1; assignAuto(ns) lets the kernel pick one");

        inA.nsids().assign(b, 3);
        assertThatThrownBy(() -> inA.nsids().assign(b, 4))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessage("RTM_NEWNSID " + b.name()
                        + ": EEXIST (File exists): Peer netns already has a nsid assigned [NETNSA_FD]");
        NetNs c = scratch.named("idc");
        assertThatThrownBy(() -> inA.nsids().assign(c, 3))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessage("RTM_NEWNSID " + c.name()
                        + ": EEXIST (File exists): The specified nsid is already used [NETNSA_NSID]");
        assertThat(inA.nsids().get(b)).hasValue(3);
        assertThat(inA.nsids().get(c)).isEmpty();

        NetNs closed = NetNs.open(b.name());
        closed.close();
        assertThatThrownBy(() -> inA.nsids().get(closed)).isInstanceOf(IllegalStateException.class);
    }

    /** {@code ip -n NETNS -j netns list-id}: nsid to name. */
    private static Map<Integer, String> ipListId(String netns) {
        Map<Integer, String> ids = new LinkedHashMap<>();
        for (JsonNode e : Ip.json(netns, "netns", "list-id")) {
            ids.put(e.get("nsid").asInt(), e.has("name") ? e.get("name").asText() : null);
        }
        return ids;
    }

    /** The {@code (id: N)} of {@code ip -n NETNS netns list} for one name. */
    private static int ipNetnsListIdOf(String netns, String name) {
        for (JsonNode e : Ip.json(netns, "netns", "list")) {
            if (e.get("name").asText().equals(name)) {
                return e.get("id").asInt();
            }
        }
        throw new AssertionError(name + " not in ip -n " + netns + " netns list");
    }
}

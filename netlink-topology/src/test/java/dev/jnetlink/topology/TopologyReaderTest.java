package dev.jnetlink.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.addr.Prefix;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading topology files: the schema, and errors that name file, line, column and field. */
class TopologyReaderTest {
    private static final String S1 = """
            name: s1
            prefix: ex-
            namespaces:
              host: {}
              r1:
                lo: up
                sysctls: {net.ipv4.ip_forward: 1}
                links:
                  - name: veth1.1
                    kind: veth
                    up: true
                    mtu: 1400
                    addresses: [10.1.0.101/24]
                    peer: {namespace: r2, name: eth0, up: true, addresses: [10.1.0.102/24]}
                routes:
                  - {to: default, via: 10.1.0.102}
                neighbours:
                  - {address: 10.1.0.102, lladdr: "02:00:00:00:00:02", dev: veth1.1}
              r2:
            """;

    @Test
    void readsEveryFieldOfTheSchema() {
        Topology t = TopologyReader.read("s1.yaml", S1);

        assertThat(t.name()).isEqualTo("s1");
        assertThat(t.nsName("r1")).isEqualTo("ex-r1");
        assertThat(t.namespaces()).extracting(NamespaceDef::name).containsExactly("host", "r1", "r2");
        NamespaceDef r1 = t.namespace("r1");
        assertThat(r1.loopbackUp()).isTrue();
        assertThat(r1.sysctls()).isEqualTo(Map.of("net.ipv4.ip_forward", "1"));
        LinkDef.VethPair v = (LinkDef.VethPair) r1.links().get(0);
        assertThat(v.self()).isEqualTo(new Iface("r1", "veth1.1", 1400, true, null,
                List.of(Prefix.parse("10.1.0.101/24")), Map.of()));
        assertThat(v.peer()).isEqualTo(new Iface("r2", "eth0", null, true, null,
                List.of(Prefix.parse("10.1.0.102/24")), Map.of()));
        assertThat(r1.routes()).containsExactly(new RouteDef(Prefix.parse("0.0.0.0/0"), "10.1.0.102", null));
        assertThat(r1.neighbours()).containsExactly(new NeighbourDef("10.1.0.102", "02:00:00:00:00:02", "veth1.1"));
        assertThat(t.namespace("r2").links()).isEmpty();
    }

    @Test
    void jsonReadsTheSame() {
        Topology t = TopologyReader.read("t.json", """
                {"name": "s1", "namespaces": {"r1": {"links": [
                  {"name": "br0", "kind": "bridge", "stp": true, "up": true},
                  {"name": "vx0", "kind": "vxlan", "vni": 42, "remote": "10.0.0.2", "dstport": 4789,
                   "learning": false, "master": "br0"},
                  {"name": "mv0", "kind": "macvlan", "parent": "vx0", "mode": "bridge"}]}}}
                """);

        List<LinkDef> links = t.namespace("r1").links();
        assertThat(links.get(0)).isEqualTo(new LinkDef.BridgeLink(
                new Iface("r1", "br0", null, true, null, List.of(), Map.of()), true));
        assertThat(links.get(1)).isEqualTo(new LinkDef.VxlanLink(
                new Iface("r1", "vx0", null, false, "br0", List.of(), Map.of()), 42, "10.0.0.2", null, null, 4789, false));
        assertThat(links.get(2)).isEqualTo(new LinkDef.MacvlanLink(
                new Iface("r1", "mv0", null, false, null, List.of(), Map.of()), "r1", "vx0", "bridge"));
    }

    @Test
    void anUnknownFieldIsNamedWithItsLineAndTheFieldsThereAre() {
        String text = S1.replace("        mtu: 1400", "        mtuu: 1400");
        assertThatThrownBy(() -> TopologyReader.read("s1.yaml", text))
                .isInstanceOf(TopologyException.class)
                .hasMessage("s1.yaml:12:15: namespaces.r1.links[0].mtuu: unknown field; expected one of "
                        + "[addresses, kind, master, mtu, name, peer, shaping, up]");
    }

    @Test
    void aCrossReferenceErrorFoundAfterParsingStillHasItsLine() {
        String text = S1.replace("peer: {namespace: r2,", "peer: {namespace: r9,");
        assertThatThrownBy(() -> TopologyReader.read("s1.yaml", text))
                .hasMessage("s1.yaml:14:27: namespaces.r1.links[0].peer.namespace: no namespace \"r9\" in this topology");
    }

    @Test
    void aMasterThatIsNoBridgeOfTheNamespace() {
        String text = S1.replace("        up: true\n        mtu", "        master: br9\n        up: true\n        mtu");
        assertThatThrownBy(() -> TopologyReader.read("s1.yaml", text))
                .hasMessage("s1.yaml:11:17: namespaces.r1.links[0].master: no bridge \"br9\" in namespace r1");
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> TopologyReader.read("s1.yaml", S1.replace("mtu: 1400", "mtu: big")))
                .hasMessage("s1.yaml:12:14: namespaces.r1.links[0].mtu: expected a whole number; got \"big\"");
        assertThatThrownBy(() -> TopologyReader.read("s1.yaml", S1.replace("[10.1.0.101/24]", "[10.1.0.101]")))
                .hasMessage("s1.yaml:13:21: namespaces.r1.links[0].addresses[0]: expected an address with its length, "
                        + "like 10.0.0.1/24; got \"10.1.0.101\"");
        assertThatThrownBy(() -> TopologyReader.read("s1.yaml", S1.replace("kind: veth", "kind: vethh")))
                .hasMessage("s1.yaml:10:15: namespaces.r1.links[0].kind: one of [bridge, macvlan, veth, vxlan]; got \"vethh\"");
        assertThatThrownBy(() -> TopologyReader.read("s1.yaml", S1.replace("name: veth1.1", "name: a-name-far-too-long")))
                .hasMessageStartingWith("s1.yaml:9:15: namespaces.r1.links[0].name: ");
        assertThatThrownBy(() -> TopologyReader.read("s1.yaml", S1.replace("lo: up", "lo: on")))
                .hasMessage("s1.yaml:6:9: namespaces.r1.lo: up or down; got \"on\"");
    }

    @Test
    void syntaxErrorsAndDuplicateKeysHaveTheirLine() {
        assertThatThrownBy(() -> TopologyReader.read("s1.yaml", "name: s1\nnamespaces: {r1: [}\n"))
                .isInstanceOf(TopologyException.class)
                .hasMessageStartingWith("s1.yaml:2:");
        assertThatThrownBy(() -> TopologyReader.read("s1.yaml", "name: s1\nname: s2\nnamespaces: {}\n"))
                .hasMessage("s1.yaml:2:1: name: given twice");
        assertThatThrownBy(() -> TopologyReader.read("s1.yaml", "name: s1\n"))
                .hasMessage("s1.yaml:1:1: namespaces: missing");
    }

    @Test
    void buildersValidateTheSameWay() {
        assertThatThrownBy(() -> Topology.named("t").namespace("a", ns -> ns.bridge("br0", b -> b.master("br1"))).build())
                .isInstanceOf(TopologyException.class)
                .hasMessage("namespaces.a.links[0].master: no bridge \"br1\" in namespace a");
        assertThatThrownBy(() -> Topology.named("bad name").build())
                .hasMessageStartingWith("name: must be 1 to 64 letters");
    }
}

package dev.jnetlink.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.addr.Prefix;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code nat:} and {@code shaping:} parts of the schema, and their errors with file, line and field. */
class NatAndShapingReaderTest {
    private static final String S2 = """
            name: s2
            namespaces:
              host:
                links:
                  - name: docker0
                    kind: bridge
                    up: true
                    addresses: [172.17.0.1/16]
                  - name: veth1
                    kind: veth
                    master: docker0
                    shaping: {delay: 10ms, jitter: 2ms, loss: 1%, rate: 10mbit}
                    peer: {namespace: c1, name: eth0, addresses: [172.17.0.2/16], shaping: {rate: 1mbit}}
                nat:
                  - bridge: docker0
                    ports:
                      - {port: "8080:80", to: c1}
                      - {port: "127.0.0.1:5353:53/udp", to: 172.17.0.9}
              c1:
            """;

    @Test
    void readsNatAndShaping() {
        Topology t = TopologyReader.read("s2.yaml", S2);

        NamespaceDef host = t.namespace("host");
        assertThat(host.nat()).containsExactly(new NatDef("docker0", null, List.of(
                new NatDef.Port("8080:80", "c1"), new NatDef.Port("127.0.0.1:5353:53/udp", "172.17.0.9"))));
        assertThat(NatSteps.subnet(host, host.nat().get(0))).isEqualTo(Prefix.parse("172.17.0.0/16"));
        assertThat(NatSteps.target(t.namespaces(), Prefix.parse("172.17.0.0/16"), "c1").getHostAddress())
                .isEqualTo("172.17.0.2");
        LinkDef.VethPair v = (LinkDef.VethPair) host.links().get(1);
        assertThat(v.self().shaping()).isEqualTo(Map.of("delay", "10ms", "jitter", "2ms", "loss", "1%", "rate", "10mbit"));
        Shaping s = Shaping.of(v.self().shaping());
        assertThat(s.kind()).isEqualTo("netem");
        assertThat(s.text()).isEqualTo("netem delay 10ms 2ms loss 1% rate 10mbit");
        Shaping peer = Shaping.of(v.peer().shaping());
        assertThat(peer.kind()).isEqualTo("tbf");
        assertThat(peer.text()).isEqualTo("tbf rate 1mbit burst 15140b latency 50ms");
    }

    @Test
    void shapingValuesAreCheckedWithTheirLine() {
        assertThatThrownBy(() -> TopologyReader.read("s2.yaml", S2.replace("delay: 10ms", "delay: 10 parsecs")))
                .isInstanceOf(TopologyException.class)
                .hasMessage("s2.yaml:12:26: namespaces.host.links[1].shaping.delay: a time like 10ms, 1.5ms, 500us or 1s; "
                        + "got \"10 parsecs\"");
        assertThatThrownBy(() -> TopologyReader.read("s2.yaml", S2.replace("loss: 1%", "loss: 150%")))
                .hasMessageStartingWith("s2.yaml:12:51: namespaces.host.links[1].shaping.loss: a percentage from 0 to 100");
        assertThatThrownBy(() -> TopologyReader.read("s2.yaml", S2.replace("{rate: 1mbit}", "{rate: fast}")))
                .hasMessageStartingWith("s2.yaml:13:87: namespaces.host.links[1].peer.shaping.rate: a rate of at least 8bit");
        assertThatThrownBy(() -> TopologyReader.read("s2.yaml", S2.replace("delay: 10ms, ", "")))
                .hasMessage("s2.yaml:12:27: namespaces.host.links[1].shaping.jitter: jitter varies a delay: give delay too");
    }

    @Test
    void natErrorsNameTheField() {
        assertThatThrownBy(() -> TopologyReader.read("s2.yaml", S2.replace("bridge: docker0", "bridge: br9")))
                .hasMessage("s2.yaml:15:17: namespaces.host.nat[0].bridge: no bridge \"br9\" in namespace host; "
                        + "bridges here: [docker0]");
        assertThatThrownBy(() -> TopologyReader.read("s2.yaml", S2.replace("\"8080:80\"", "\"80\"")))
                .hasMessageStartingWith("s2.yaml:17:20: namespaces.host.nat[0].ports[0].port: \"80\" has no host port");
        assertThatThrownBy(() -> TopologyReader.read("s2.yaml", S2.replace("\"8080:80\"", "\"8080:80/sctp\"")))
                .hasMessageStartingWith("s2.yaml:17:20: namespaces.host.nat[0].ports[0].port: ");
        assertThatThrownBy(() -> TopologyReader.read("s2.yaml", S2.replace("to: 172.17.0.9", "to: 10.0.0.9")))
                .hasMessage("s2.yaml:18:49: namespaces.host.nat[0].ports[1].to: 10.0.0.9 is not in the bridge's subnet "
                        + "172.17.0.0/16");
        assertThatThrownBy(() -> TopologyReader.read("s2.yaml", S2.replace("to: c1}", "to: c9}")))
                .hasMessage("s2.yaml:17:35: namespaces.host.nat[0].ports[0].to: \"c9\" is neither a namespace of the "
                        + "topology nor an address");
        assertThatThrownBy(() -> TopologyReader.read("s2.yaml", S2.replace("\"127.0.0.1:5353:53/udp\"", "\"8080:81\"")))
                .hasMessageStartingWith("s2.yaml:18:20: namespaces.host.nat[0].ports[1].port: host port 8080/tcp is "
                        + "published twice");
        assertThatThrownBy(() -> TopologyReader.read("s2.yaml", S2.replace("ports:", "subnet: 172.17.0.0/33\n        ports:")))
                .hasMessageStartingWith("s2.yaml:16:17: namespaces.host.nat[0].subnet: an IPv4 prefix");
    }

    @Test
    void theTableNameCarriesTheOwnerTheBridgeAndTheSubnet() {
        assertThat(Ownership.natTable("s2", "docker0", Prefix.parse("172.17.0.0/16")))
                .isEqualTo("jnetlink-topology-s2-docker0-172.17.0.0/16")
                .startsWith(Ownership.natTablePrefix("s2"));
    }
}

package dev.jnetlink.nftables.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.nftables.Nft;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Port publishing's rules in a scratch namespace: what docker run -p, -P, docker port and docker kill do. */
@NetlinkTest
class PortPublisherIT {
    @Scratch
    private ScratchNamespaces namespaces;

    @Test
    void publishesPicksDynamicPortsAndUnpublishesExactlyOneContainer() {
        NetNs host = namespaces.anonymous();
        try (Nft nft = Nft.openIn(host)) {
            PortPublisher pub = PortPublisher.open(nft, "docker0", "172.17.0.1/16", "docker");
            Publication myweb = pub.publish("myweb", "172.17.0.2", PortSpec.parse("80"));
            assertThat(myweb).hasToString("80/tcp -> 0.0.0.0:32768");
            assertThat(pub.publish("web2", "172.17.0.3", PortSpec.parse("8080:80")).hostPort()).isEqualTo(8080);
            assertThat(pub.publishExposed("web3", "172.17.0.4", "80/tcp", "53/udp"))
                    .extracting(Publication::toString).containsExactly("80/tcp -> 0.0.0.0:32769", "53/udp -> 0.0.0.0:32768");
            assertThat(pub.ports("myweb")).extracting(Publication::toString).containsExactly("80/tcp -> 0.0.0.0:32768");

            int generation = nft.generation();
            assertThatThrownBy(() -> pub.publish("web4", "172.17.0.5", PortSpec.parse("8080:81")))
                    .hasMessage("container web4: host port 8080/tcp is already published for web2 (80/tcp -> 0.0.0.0:8080)");
            assertThatThrownBy(() -> pub.publish("web4", "10.0.0.5", PortSpec.parse("81")))
                    .hasMessage("container web4: 10.0.0.5 is not in docker0's subnet 172.17.0.0/16");
            assertThat(nft.generation()).as("refused before any request").isEqualTo(generation);

            assertThat(text(nft, "docker")).containsExactly(
                    "iifname \"docker0\" return",
                    "iifname != \"docker0\" tcp dport 32768 counter packets 0 bytes 0 dnat to 172.17.0.2:80"
                            + " comment \"myweb 0.0.0.0:32768->172.17.0.2:80/tcp\"",
                    "iifname != \"docker0\" tcp dport 8080 counter packets 0 bytes 0 dnat to 172.17.0.3:80"
                            + " comment \"web2 0.0.0.0:8080->172.17.0.3:80/tcp\"",
                    "iifname != \"docker0\" tcp dport 32769 counter packets 0 bytes 0 dnat to 172.17.0.4:80"
                            + " comment \"web3 0.0.0.0:32769->172.17.0.4:80/tcp\"",
                    "iifname != \"docker0\" udp dport 32768 counter packets 0 bytes 0 dnat to 172.17.0.4:53"
                            + " comment \"web3 0.0.0.0:32768->172.17.0.4:53/udp\"");
            assertThat(text(nft, "postrouting").get(0)).isEqualTo(
                    "ip saddr 172.17.0.0/16 oifname != \"docker0\" counter packets 0 bytes 0 masquerade");

            assertThat(pub.unpublish("myweb")).hasSize(1);
            assertThat(text(nft, "docker")).hasSize(4).noneMatch(l -> l.contains("myweb"));
            assertThat(text(nft, "postrouting")).hasSize(4).noneMatch(l -> l.contains("myweb"));

            // Another publisher (another process, a restart) finds the publications by their comments.
            PortPublisher again = PortPublisher.open(nft, "docker0", "172.17.0.0/16", "docker");
            assertThat(again.publications().keySet()).containsExactly("web2", "web3");
            assertThat(again.ports("web3")).hasSize(2);
            again.unpublish("web3");
            assertThat(text(nft, "docker")).hasSize(2);
            assertThat(again.publish("myweb", "172.17.0.2", PortSpec.parse("80")).hostPort()).isEqualTo(32768);
            again.remove();
            assertThat(nft.listTables()).isEmpty();
        }
    }

    private static List<String> text(Nft nft, String chain) {
        return nft.ruleset().toString().lines()
                .dropWhile(l -> !l.equals("\tchain " + chain + " {")).skip(1)
                .takeWhile(l -> !l.equals("\t}")).filter(l -> !l.contains(" hook "))
                .map(String::strip).toList();
    }
}

package dev.jnetlink.rtnl.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.link.kind.GreInfo;
import dev.jnetlink.codec.link.kind.IpTunnelInfo;
import dev.jnetlink.codec.link.kind.TunnelFlags;
import org.junit.jupiter.api.Test;

/** What the tunnel specs refuse before any syscall, and what they build, without root. */
class TunnelSpecTest {
    private static void refused(LinkSpec.Builder<?> b, String message) {
        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void greRefusesWhatTheKernelOrIpWould() {
        refused(Gre.gre("gre1").remote("fd00::2"),
                "gre gre1: remote fd00::2 is IPv6; this kind runs over IPv4 (use ip6gre)");
        refused(Gre.gretap("gt1").local("fd00::1"),
                "gretap gt1: local fd00::1 is IPv6; this kind runs over IPv4 (use ip6gretap)");
        refused(Gre.gre("gre1").ttl(256), "gre gre1: ttl 256 is outside 0..255");
        refused(Gre.gre("gre1").tos(-1), "gre gre1: tos -1 is outside 0..255");
        refused(Gre.gre("gre1").key(1L << 32), "gre gre1: a GRE key is 32 bits: 0 to 4294967295");
        refused(Gre.gre("gre1").remote("239.1.1.1"),
                "gre gre1: a broadcast tunnel (remote 239.1.1.1) needs a local address");
        refused(Gre.gre("gre1").ignoreDf(true), "gre gre1: ignore-df needs nopmtudisc");
        refused(Gre.gre("gre1").external().key(5), "gre gre1: an external tunnel takes its"
                + " endpoints and options per packet; set none of them");
        refused(Gre.ip6gre("g6").remote("10.0.0.2"),
                "ip6gre g6: remote 10.0.0.2 is IPv4; this kind runs over IPv6 (use gre)");
        refused(Gre.ip6gretap("g6").pmtudisc(false), "ip6gretap g6: nopmtudisc is an IPv4 option");
        refused(Gre.ip6gretap("g6").ignoreDf(false), "ip6gretap g6: ignore-df is an IPv4 option");
        refused(Gre.ip6gre("g6").flowLabel(1 << 20), "ip6gre g6: flowlabel 1048576 is outside 0..1048575");
        refused(Gre.gre("gre1").flowLabel(5),
                "gre gre1: encaplimit, flowlabel and the IPv6 tunnel flags are options of ip6gre");
        assertThatThrownBy(() -> Gre.gre("gre1").ikey("fd00::1"))
                .hasMessage("GRE key \"fd00::1\" is neither a number nor a dotted quad");
        assertThatThrownBy(() -> TunnelEncap.fou(70000))
                .hasMessage("encap-sport 0 / encap-dport 70000: a UDP port is 0 to 65535");
    }

    @Test
    void ipTunnelsRefuseWhatTheKernelOrIpWould() {
        refused(IpTunnel.ipip("t1").remote("fd00::2"),
                "ipip t1: remote fd00::2 is IPv6; this kind runs over IPv4 (use ip6tnl)");
        refused(IpTunnel.ipip("t1").ttl(64).pmtudisc(false),
                "ipip t1: ttl 64 and nopmtudisc are incompatible (nopmtudisc needs ttl inherit)");
        refused(IpTunnel.ipip("t1").isatap(), "ipip t1: isatap and 6rd prefixes are sit options");
        refused(IpTunnel.ipip("t1").mode(IpTunnelInfo.PROTO_IPV6),
                "ipip t1: mode (inner protocol) 41 is none of ipip (4), mplsip (137), any (0)");
        refused(IpTunnel.sit("s1").prefix6rd("10.0.0.0", 8), "sit s1: 6rd-prefix 10.0.0.0 is not IPv6");
        refused(IpTunnel.sit("s1").relayPrefix6rd("10.0.0.0", 33),
                "sit s1: 6rd-relay_prefix length 33 is outside 0..32");
        refused(IpTunnel.ip6tnl("t6").local("10.0.0.1"),
                "ip6tnl t6: local 10.0.0.1 is IPv4; this kind runs over IPv6 (use ipip or sit)");
        refused(IpTunnel.ip6tnl("t6").mode(IpTunnelInfo.PROTO_MPLS),
                "ip6tnl t6: mode (inner protocol) 137 is none of ipip6 (4), ip6ip6 (41), any (0)");
        refused(IpTunnel.ipip("t1").flowLabel(3),
                "ipip t1: encaplimit, flowlabel and the IPv6 tunnel flags are options of ip6tnl");
        refused(IpTunnel.sit("s1").external().ttl(3), "sit s1: an external tunnel takes its"
                + " endpoints and options per packet; set none of them");
    }

    @Test
    void geneveRefusesWhatTheKernelOrIpWould() {
        refused(Geneve.withVni("g0", 1 << 24).remote("10.0.0.2"),
                "geneve g0: VNI 16777216 is outside 0..16777215");
        refused(Geneve.withVni("g0", 5), "geneve g0: needs a remote (or external)");
        refused(Geneve.withVni("g0", 5).remote("239.1.1.1"),
                "geneve g0: remote 239.1.1.1 is multicast; Geneve needs a unicast remote");
        refused(Geneve.withVni("g0", 5).remote("10.0.0.2").ttl(300), "geneve g0: ttl 300 is outside 0..255");
        refused(Geneve.withVni("g0", 5).remote("10.0.0.2").ttl(3).ttlInherit(),
                "geneve g0: ttl 3 and ttl inherit exclude each other");
        refused(Geneve.withVni("g0", 5).remote("fd00::2").flowLabel(1 << 20),
                "geneve g0: flowlabel 1048576 is outside 0..1048575");
        refused(Geneve.external("g0").remote("10.0.0.2"),
                "geneve g0: an external device takes its remote per packet; set none");
    }

    @Test
    void aMulticastRemoteGetsItsGroupAsKeysAsIpGivesIt() {
        GreInfo g = Gre.gre("gre1").remote("239.1.2.3").local("10.0.0.1").build()
                .toInfo(name -> 0);
        assertThat(g.ikey()).isEqualTo(0xef010203);
        assertThat(g.okey()).isEqualTo(0xef010203);
        assertThat(g.iflags()).isEqualTo(TunnelFlags.GRE_KEY);
        assertThat(g.oflags()).isEqualTo(TunnelFlags.GRE_KEY);
    }

    @Test
    void anExternalTunnelSendsOnlyItsFlag() {
        assertThat(Gre.gre("gre2").external().build().toInfo(name -> 0))
                .isEqualTo(GreInfo.builder().collectMetadata(true).build());
    }
}

package dev.jnetlink.rtnl.link;

import static dev.jnetlink.rtnl.link.KindRequestGoldenTest.CAPTURE_NS;
import static dev.jnetlink.rtnl.link.KindRequestGoldenTest.check;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.kind.GeneveInfo;
import dev.jnetlink.codec.link.kind.GreInfo;
import dev.jnetlink.codec.link.kind.IpTunnelFlags;
import dev.jnetlink.codec.link.kind.IpTunnelInfo;
import dev.jnetlink.codec.link.kind.TunnelFlags;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/**
 * {@code ip link add ... type KIND} requests of the tunnel kinds as iproute2 6.1 sends them
 * (captured in the full-kernel VM): our spec writes the same bytes, and the captured request
 * decodes to the record the spec builds ({@code toInfo}).
 */
class TunnelRequestGoldenTest {
    @Test
    void greWithKeysChecksumsAndSequenceNumbers() throws Exception {
        // ip link add name gre1 type gre remote 10.0.0.2 local 10.0.0.1 ttl 64 tos 0x10 key 42 csum seq dev p0
        Gre spec = Gre.gre("gre1").remote("10.0.0.2").local("10.0.0.1").ttl(64).tos(0x10).key(42)
                .csum().seq().dev("p0").build();
        Link l = check("gre-create.hex", spec);
        GreInfo d = l.data(GreInfo.class);
        assertThat(d).isEqualTo(spec.toInfo(CAPTURE_NS::get));
        assertThat(d.remote()).isEqualTo(InetAddress.getByName("10.0.0.2"));
        assertThat(d.ikey()).isEqualTo(42);
        assertThat(d.iflags()).isEqualTo(TunnelFlags.GRE_KEY | TunnelFlags.GRE_SEQ | TunnelFlags.GRE_CSUM);
        assertThat(d.link()).isEqualTo(3);
    }

    @Test
    void externalGre() {
        // ip link add name gre2 type gre external
        Gre spec = Gre.gre("gre2").external().build();
        Link l = check("gre-external-create.hex", spec);
        assertThat(l.data(GreInfo.class)).isEqualTo(spec.toInfo(CAPTURE_NS::get));
        assertThat(l.data(GreInfo.class).isExternal()).isTrue();
    }

    @Test
    void gretapWithADottedKeyAndIgnoreDf() {
        // ip link add name gt1 type gretap remote 10.0.0.2 local 10.0.0.1 ikey 1.2.3.4 okey 7 ocsum
        //   nopmtudisc ignore-df fwmark 9
        Gre spec = Gre.gretap("gt1").remote("10.0.0.2").local("10.0.0.1").ikey("1.2.3.4").okey(7)
                .ocsum().pmtudisc(false).ignoreDf(true).fwmark(9).build();
        Link l = check("gretap-create.hex", spec);
        GreInfo d = l.data(GreInfo.class);
        assertThat(d).isEqualTo(spec.toInfo(CAPTURE_NS::get));
        assertThat(d.ikey()).isEqualTo(0x01020304);
        assertThat(d.ignoreDf()).isEqualTo(1);
        assertThat(d.pmtudisc()).isZero();
    }

    @Test
    void ipip() {
        // ip link add name ipip1 type ipip remote 10.0.0.2 local 10.0.0.1 ttl 64 tos 0x10 dev p0
        IpTunnel spec = IpTunnel.ipip("ipip1").remote("10.0.0.2").local("10.0.0.1").ttl(64)
                .tos(0x10).dev("p0").build();
        Link l = check("ipip-create.hex", spec);
        IpTunnelInfo d = l.data(IpTunnelInfo.class);
        assertThat(d).isEqualTo(spec.toInfo(CAPTURE_NS::get));
        assertThat(d.link()).isEqualTo(3);
        assertThat(d.proto()).isZero();
    }

    @Test
    void externalIpip() {
        // ip link add name ipip2 type ipip external
        IpTunnel spec = IpTunnel.ipip("ipip2").external().build();
        Link l = check("ipip-external-create.hex", spec);
        assertThat(l.data(IpTunnelInfo.class)).isEqualTo(spec.toInfo(CAPTURE_NS::get));
    }

    @Test
    void sitWithIsatapAnd6rd() throws Exception {
        // ip link add name sit1 type sit remote 10.0.0.2 local 10.0.0.1 ttl 32 isatap
        //   6rd-prefix 2001:db8::/32 6rd-relay_prefix 10.0.0.0/8
        IpTunnel spec = IpTunnel.sit("sit1").remote("10.0.0.2").local("10.0.0.1").ttl(32).isatap()
                .prefix6rd("2001:db8::", 32).relayPrefix6rd("10.0.0.0", 8).build();
        Link l = check("sit-create.hex", spec);
        IpTunnelInfo d = l.data(IpTunnelInfo.class);
        assertThat(d).isEqualTo(spec.toInfo(CAPTURE_NS::get));
        assertThat(d.flags()).isEqualTo(IpTunnelFlags.sit(IpTunnelInfo.SIT_ISATAP));
        assertThat(d.prefix6rd()).isEqualTo(InetAddress.getByName("2001:db8::"));
        assertThat(d.prefixLen6rd()).isEqualTo(32);
        assertThat(d.relayPrefix6rd()).isEqualTo(0x0a000000);
        assertThat(d.relayPrefixLen6rd()).isEqualTo(8);
    }

    @Test
    void ip6tnl() throws Exception {
        // ip link add name t6 type ip6tnl mode ip6ip6 remote fd00::2 local fd00::1 ttl 16
        //   encaplimit none tclass 0x10 flowlabel 0x12345 dev p0
        IpTunnel spec = IpTunnel.ip6tnl("t6").mode(IpTunnelInfo.PROTO_IPV6).remote("fd00::2")
                .local("fd00::1").ttl(16).noEncapLimit().tos(0x10).flowLabel(0x12345).dev("p0")
                .build();
        Link l = check("ip6tnl-create.hex", spec);
        IpTunnelInfo d = l.data(IpTunnelInfo.class);
        assertThat(d).isEqualTo(spec.toInfo(CAPTURE_NS::get));
        assertThat(d.proto()).isEqualTo(IpTunnelInfo.PROTO_IPV6);
        assertThat(d.remote()).isEqualTo(InetAddress.getByName("fd00::2"));
        assertThat(d.flowinfo()).isEqualTo(0x10 << 20 | 0x12345);
        assertThat(d.flags()).isEqualTo(IpTunnelFlags.ip6(TunnelFlags.IP6_IGN_ENCAP_LIMIT));
        assertThat(d.link()).isEqualTo(3);
    }

    @Test
    void ip6tnlInheritingClassAndLabel() {
        // ip link add name t7 type ip6tnl mode any remote fd00::3 local fd00::1 tclass inherit
        //   flowlabel inherit allow-localremote
        IpTunnel spec = IpTunnel.ip6tnl("t7").mode(0).remote("fd00::3").local("fd00::1")
                .ip6Flag(TunnelFlags.IP6_USE_ORIG_TCLASS).ip6Flag(TunnelFlags.IP6_USE_ORIG_FLOWLABEL)
                .ip6Flag(TunnelFlags.IP6_ALLOW_LOCAL_REMOTE).build();
        Link l = check("ip6tnl-inherit-create.hex", spec);
        IpTunnelInfo d = l.data(IpTunnelInfo.class);
        assertThat(d).isEqualTo(spec.toInfo(CAPTURE_NS::get));
        assertThat(d.flags().bits()).isEqualTo(TunnelFlags.IP6_USE_ORIG_TCLASS
                | TunnelFlags.IP6_USE_ORIG_FLOWLABEL | TunnelFlags.IP6_ALLOW_LOCAL_REMOTE);
    }

    @Test
    void ip6gre() throws Exception {
        // ip link add name g6 type ip6gre remote fd00::2 local fd00::1 ttl 32 encaplimit 4
        //   tclass 0x10 flowlabel 0x12345 key 7 dev p0
        Gre spec = Gre.ip6gre("g6").remote("fd00::2").local("fd00::1").ttl(32).encapLimit(4)
                .tos(0x10).flowLabel(0x12345).key(7).dev("p0").build();
        Link l = check("ip6gre-create.hex", spec);
        GreInfo d = l.data(GreInfo.class);
        assertThat(d).isEqualTo(spec.toInfo(CAPTURE_NS::get));
        assertThat(d.remote()).isEqualTo(InetAddress.getByName("fd00::2"));
        assertThat(d.encapLimit()).isEqualTo(4);
        assertThat(d.flowinfo()).isEqualTo(0x10 << 20 | 0x12345);
        assertThat(d.ikey()).isEqualTo(7);
        assertThat(d.link()).isEqualTo(3);
    }

    @Test
    void ip6gretap() {
        // ip link add name g6t type ip6gretap remote fd00::3 local fd00::1 ikey 5 okey 6 icsum
        Gre spec = Gre.ip6gretap("g6t").remote("fd00::3").local("fd00::1").ikey(5).okey(6).icsum()
                .build();
        Link l = check("ip6gretap-create.hex", spec);
        GreInfo d = l.data(GreInfo.class);
        assertThat(d).isEqualTo(spec.toInfo(CAPTURE_NS::get));
        assertThat(d.iflags()).isEqualTo(TunnelFlags.GRE_KEY | TunnelFlags.GRE_CSUM);
        assertThat(d.oflags()).isEqualTo(TunnelFlags.GRE_KEY);
    }

    @Test
    void geneveOverIpv4() throws Exception {
        // ip link add name gnv0 type geneve id 5000 remote 10.0.0.2 ttl 32 tos 0x10 dstport 6081
        //   noudpcsum df set
        Geneve spec = Geneve.withVni("gnv0", 5000).remote("10.0.0.2").ttl(32).tos(0x10)
                .dstPort(6081).udpCsum(false).df(1).build();
        Link l = check("geneve-create.hex", spec);
        GeneveInfo d = l.data(GeneveInfo.class);
        assertThat(d).isEqualTo(spec.toInfo());
        assertThat(d.id()).isEqualTo(5000);
        assertThat(d.remote()).isEqualTo(InetAddress.getByName("10.0.0.2"));
        assertThat(d.port()).isEqualTo(6081);
        assertThat(d.udpCsum()).isZero();
        assertThat(d.df()).isEqualTo(1);
    }

    @Test
    void geneveOverIpv6() throws Exception {
        // ip link add name gnv6 type geneve id 7 remote fd00::2 flowlabel 0x123 udp6zerocsumtx
        //   udp6zerocsumrx
        Geneve spec = Geneve.withVni("gnv6", 7).remote("fd00::2").flowLabel(0x123)
                .udp6ZeroCsumTx(true).udp6ZeroCsumRx(true).build();
        Link l = check("geneve6-create.hex", spec);
        GeneveInfo d = l.data(GeneveInfo.class);
        assertThat(d).isEqualTo(spec.toInfo());
        assertThat(d.remote6()).isEqualTo(InetAddress.getByName("fd00::2"));
        assertThat(d.label()).isEqualTo(0x123);
        assertThat(d.udpZeroCsum6Tx()).isEqualTo(1);
        assertThat(d.udpZeroCsum6Rx()).isEqualTo(1);
    }

    @Test
    void externalGeneve() {
        // ip link add name gnve type geneve external
        Geneve spec = Geneve.external("gnve").build();
        Link l = check("geneve-external-create.hex", spec);
        assertThat(l.data(GeneveInfo.class)).isEqualTo(spec.toInfo());
        assertThat(l.data(GeneveInfo.class).isExternal()).isTrue();
    }
}

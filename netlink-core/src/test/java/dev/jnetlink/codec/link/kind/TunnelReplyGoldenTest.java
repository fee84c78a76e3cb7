package dev.jnetlink.codec.link.kind;

import static dev.jnetlink.codec.link.kind.KindReplyGoldenTest.roundTrip61;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.link.Link;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/**
 * Linux 6.1 replies to {@code ip -d link show dev X} for the tunnel kinds (captured in the
 * full-kernel VM): each decodes to what the capture's command line set, and its
 * {@code IFLA_LINKINFO} encodes back to the same bytes.
 */
class TunnelReplyGoldenTest {
    @Test
    void gre() throws Exception {
        // ip link add name gre1 type gre remote 10.0.0.2 local 10.0.0.1 ttl 64 tos 0x10 key 42 csum seq dev p0
        Link l = roundTrip61("gre-show.hex");
        assertThat(l.kind()).isEqualTo("gre");
        assertThat(l.deviceTypeName()).isEqualTo("gre");
        GreInfo d = l.data(GreInfo.class);
        assertThat(d.link()).isEqualTo(3);
        assertThat(d.local()).isEqualTo(InetAddress.getByName("10.0.0.1"));
        assertThat(d.remote()).isEqualTo(InetAddress.getByName("10.0.0.2"));
        assertThat(d.ttl()).isEqualTo(64);
        assertThat(d.tos()).isEqualTo(0x10);
        assertThat(d.pmtudisc()).isEqualTo(1);
        assertThat(d.ikey()).isEqualTo(42);
        assertThat(d.okey()).isEqualTo(42);
        int flags = TunnelFlags.GRE_KEY | TunnelFlags.GRE_SEQ | TunnelFlags.GRE_CSUM;
        assertThat(d.iflags()).isEqualTo(flags);
        assertThat(d.oflags()).isEqualTo(flags);
        assertThat(d.encapType()).isEqualTo(TunnelFlags.ENCAP_NONE);
        assertThat(d.ignoreDf()).isZero();
        assertThat(d.isExternal()).isFalse();
        assertThat(d.unknown()).isEmpty();
    }

    @Test
    void externalGre() {
        // ip link add name gre2 type gre external
        GreInfo d = roundTrip61("gre-external-show.hex").data(GreInfo.class);
        assertThat(d.isExternal()).isTrue();
        assertThat(d.unknown()).isEmpty();
    }

    @Test
    void gretap() {
        // ip link add name gt1 type gretap remote 10.0.0.2 local 10.0.0.1 ikey 1.2.3.4 okey 7 ocsum
        //   nopmtudisc ignore-df fwmark 9
        Link l = roundTrip61("gretap-show.hex");
        assertThat(l.kind()).isEqualTo("gretap");
        assertThat(l.deviceTypeName()).isEqualTo("ether");
        GreInfo d = l.data(GreInfo.class);
        assertThat(d.ikey()).isEqualTo(0x01020304);
        assertThat(d.okey()).isEqualTo(7);
        assertThat(d.iflags()).isEqualTo(TunnelFlags.GRE_KEY);
        assertThat(d.oflags()).isEqualTo(TunnelFlags.GRE_KEY | TunnelFlags.GRE_CSUM);
        assertThat(d.pmtudisc()).isZero();
        assertThat(d.ignoreDf()).isEqualTo(1);
        assertThat(d.fwmark()).isEqualTo(9);
        assertThat(d.unknown()).isEmpty();
    }

    @Test
    void ipip() throws Exception {
        // ip link add name ipip1 type ipip remote 10.0.0.2 local 10.0.0.1 ttl 64 tos 0x10 dev p0
        Link l = roundTrip61("ipip-show.hex");
        assertThat(l.kind()).isEqualTo("ipip");
        IpTunnelInfo d = l.data(IpTunnelInfo.class);
        assertThat(d.link()).isEqualTo(3);
        assertThat(d.remote()).isEqualTo(InetAddress.getByName("10.0.0.2"));
        assertThat(d.local()).isEqualTo(InetAddress.getByName("10.0.0.1"));
        assertThat(d.ttl()).isEqualTo(64);
        assertThat(d.tos()).isEqualTo(0x10);
        assertThat(d.pmtudisc()).isEqualTo(1);
        assertThat(d.unknown()).isEmpty();
    }

    @Test
    void externalIpip() {
        // ip link add name ipip2 type ipip external
        IpTunnelInfo d = roundTrip61("ipip-external-show.hex").data(IpTunnelInfo.class);
        assertThat(d.isExternal()).isTrue();
        assertThat(d.unknown()).isEmpty();
    }

    @Test
    void sit() throws Exception {
        // ip link add name sit1 type sit remote 10.0.0.2 local 10.0.0.1 ttl 32 isatap
        //   6rd-prefix 2001:db8::/32 6rd-relay_prefix 10.0.0.0/8
        Link l = roundTrip61("sit-show.hex");
        assertThat(l.kind()).isEqualTo("sit");
        IpTunnelInfo d = l.data(IpTunnelInfo.class);
        assertThat(d.remote()).isEqualTo(InetAddress.getByName("10.0.0.2"));
        assertThat(d.local()).isEqualTo(InetAddress.getByName("10.0.0.1"));
        assertThat(d.ttl()).isEqualTo(32);
        assertThat(d.pmtudisc()).isEqualTo(1);
        assertThat(d.flags()).isEqualTo(IpTunnelFlags.sit(IpTunnelInfo.SIT_ISATAP));
        assertThat(d.prefix6rd()).isEqualTo(InetAddress.getByName("2001:db8::"));
        assertThat(d.prefixLen6rd()).isEqualTo(32);
        assertThat(d.relayPrefix6rd()).isEqualTo(0x0a000000);
        assertThat(d.relayPrefixLen6rd()).isEqualTo(8);
        assertThat(d.unknown()).isEmpty();
    }

    @Test
    void ip6tnl() throws Exception {
        // ip link add name t6 type ip6tnl mode ip6ip6 remote fd00::2 local fd00::1 ttl 16
        //   encaplimit none tclass 0x10 flowlabel 0x12345 dev p0
        Link l = roundTrip61("ip6tnl-show.hex");
        assertThat(l.kind()).isEqualTo("ip6tnl");
        IpTunnelInfo d = l.data(IpTunnelInfo.class);
        assertThat(d.proto()).isEqualTo(IpTunnelInfo.PROTO_IPV6);
        assertThat(d.link()).isEqualTo(3);
        assertThat(d.remote()).isEqualTo(InetAddress.getByName("fd00::2"));
        assertThat(d.local()).isEqualTo(InetAddress.getByName("fd00::1"));
        assertThat(d.ttl()).isEqualTo(16);
        assertThat(d.flowinfo()).isEqualTo(0x10 << 20 | 0x12345);
        // the kernel adds what the tunnel can do to the flags it was given
        assertThat(d.flags()).isEqualTo(IpTunnelFlags.ip6(TunnelFlags.IP6_IGN_ENCAP_LIMIT
                | TunnelFlags.IP6_CAP_XMIT | TunnelFlags.IP6_CAP_RCV));
        assertThat(d.unknown()).isEmpty();
    }

    @Test
    void ip6tnlInheritingClassAndLabel() throws Exception {
        // ip link add name t7 type ip6tnl mode any remote fd00::3 local fd00::1 tclass inherit
        //   flowlabel inherit allow-localremote
        IpTunnelInfo d = roundTrip61("ip6tnl-inherit-show.hex").data(IpTunnelInfo.class);
        assertThat(d.proto()).isZero();
        assertThat(d.remote()).isEqualTo(InetAddress.getByName("fd00::3"));
        assertThat(d.flags()).isEqualTo(IpTunnelFlags.ip6(TunnelFlags.IP6_USE_ORIG_TCLASS
                | TunnelFlags.IP6_USE_ORIG_FLOWLABEL | TunnelFlags.IP6_ALLOW_LOCAL_REMOTE
                | TunnelFlags.IP6_CAP_XMIT | TunnelFlags.IP6_CAP_RCV));
        assertThat(d.unknown()).isEmpty();
    }

    @Test
    void ip6gre() throws Exception {
        // ip link add name g6 type ip6gre remote fd00::2 local fd00::1 ttl 32 encaplimit 4
        //   tclass 0x10 flowlabel 0x12345 key 7 dev p0
        Link l = roundTrip61("ip6gre-show.hex");
        assertThat(l.kind()).isEqualTo("ip6gre");
        GreInfo d = l.data(GreInfo.class);
        assertThat(d.link()).isEqualTo(3);
        assertThat(d.remote()).isEqualTo(InetAddress.getByName("fd00::2"));
        assertThat(d.local()).isEqualTo(InetAddress.getByName("fd00::1"));
        assertThat(d.ttl()).isEqualTo(32);
        assertThat(d.encapLimit()).isEqualTo(4);
        assertThat(d.flowinfo()).isEqualTo(0x10 << 20 | 0x12345);
        assertThat(d.flags()).isEqualTo(TunnelFlags.IP6_CAP_XMIT | TunnelFlags.IP6_CAP_RCV);
        assertThat(d.ikey()).isEqualTo(7);
        assertThat(d.okey()).isEqualTo(7);
        assertThat(d.iflags()).isEqualTo(TunnelFlags.GRE_KEY);
        assertThat(d.oflags()).isEqualTo(TunnelFlags.GRE_KEY);
        assertThat(d.unknown()).isEmpty();
    }

    @Test
    void ip6gretap() throws Exception {
        // ip link add name g6t type ip6gretap remote fd00::3 local fd00::1 ikey 5 okey 6 icsum
        Link l = roundTrip61("ip6gretap-show.hex");
        assertThat(l.kind()).isEqualTo("ip6gretap");
        assertThat(l.deviceTypeName()).isEqualTo("ether");
        GreInfo d = l.data(GreInfo.class);
        assertThat(d.remote()).isEqualTo(InetAddress.getByName("fd00::3"));
        assertThat(d.ikey()).isEqualTo(5);
        assertThat(d.okey()).isEqualTo(6);
        assertThat(d.iflags()).isEqualTo(TunnelFlags.GRE_KEY | TunnelFlags.GRE_CSUM);
        assertThat(d.oflags()).isEqualTo(TunnelFlags.GRE_KEY);
        assertThat(d.unknown()).isEmpty();
    }

    @Test
    void geneveOverIpv4() throws Exception {
        // ip link add name gnv0 type geneve id 5000 remote 10.0.0.2 ttl 32 tos 0x10 dstport 6081
        //   noudpcsum df set
        Link l = roundTrip61("geneve-show.hex");
        assertThat(l.kind()).isEqualTo("geneve");
        GeneveInfo d = l.data(GeneveInfo.class);
        assertThat(d.id()).isEqualTo(5000);
        assertThat(d.remote()).isEqualTo(InetAddress.getByName("10.0.0.2"));
        assertThat(d.remote6()).isNull();
        assertThat(d.ttl()).isEqualTo(32);
        assertThat(d.tos()).isEqualTo(0x10);
        assertThat(d.df()).isEqualTo(1);
        assertThat(d.port()).isEqualTo(6081);
        assertThat(d.udpCsum()).isZero();
        assertThat(d.isExternal()).isFalse();
        assertThat(d.unknown()).isEmpty();
    }

    @Test
    void geneveOverIpv6() throws Exception {
        // ip link add name gnv6 type geneve id 7 remote fd00::2 flowlabel 0x123 udp6zerocsumtx
        //   udp6zerocsumrx
        GeneveInfo d = roundTrip61("geneve6-show.hex").data(GeneveInfo.class);
        assertThat(d.id()).isEqualTo(7);
        assertThat(d.remote()).isNull();
        assertThat(d.remote6()).isEqualTo(InetAddress.getByName("fd00::2"));
        assertThat(d.label()).isEqualTo(0x123);
        assertThat(d.udpZeroCsum6Tx()).isEqualTo(1);
        assertThat(d.udpZeroCsum6Rx()).isEqualTo(1);
        assertThat(d.port()).isEqualTo(6081);
        assertThat(d.unknown()).isEmpty();
    }

    @Test
    void externalGeneve() {
        // ip link add name gnve type geneve external
        GeneveInfo d = roundTrip61("geneve-external-show.hex").data(GeneveInfo.class);
        assertThat(d.isExternal()).isTrue();
        assertThat(d.unknown()).isEmpty();
    }
}

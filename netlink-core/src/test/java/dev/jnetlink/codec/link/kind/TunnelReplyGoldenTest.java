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
}

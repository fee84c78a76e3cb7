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
}

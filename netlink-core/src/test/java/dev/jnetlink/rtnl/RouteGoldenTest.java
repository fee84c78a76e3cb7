package dev.jnetlink.rtnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.addr.AddressFamily;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.route.NextHop;
import dev.jnetlink.codec.route.Route;
import dev.jnetlink.codec.route.RouteCodec;
import dev.jnetlink.codec.route.RouteType;
import dev.jnetlink.codec.route.RouteVia;
import dev.jnetlink.codec.route.RtMsg;
import dev.jnetlink.testing.Encoded;
import dev.jnetlink.testing.GoldenBytes;
import dev.jnetlink.testing.GoldenMessages;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Route requests byte for byte as {@code ip route add/del/get} sends them, and the kernel's
 * IPv4 and IPv6 route dumps decoded and encoded back to the same bytes. Captured in a
 * namespace where lo is index 1, veth1 index 2 and veth0 index 3.
 */
class RouteGoldenTest {
    private static final Map<String, Integer> INDEX = Map.of("lo", 1, "veth1", 2, "veth0", 3);
    private static final IntFunction<String> NAMES = i -> INDEX.entrySet().stream()
            .filter(e -> e.getValue() == i).map(Map.Entry::getKey).findFirst().orElse(null);

    private static byte[] first(String file, int type) {
        return GoldenMessages.of(GoldenBytes.load("golden/route/" + file), type).get(0);
    }

    private static void assertEncodesAs(String file, int type, RouteSpec.Builder spec) {
        byte[] captured = first(file, type);
        RouteSpec s = spec.build();
        byte[] ours = Encoded.message(type, Encoded.flagsOf(captured), Encoded.seqOf(captured),
                w -> s.write(w, INDEX::get, type == Rtm.DELROUTE));
        assertThat(ours).as(file).isEqualTo(captured);
    }

    @Test
    void addWithTableMetricGatewaySourceDeviceAndMetrics() {
        // ip route add 10.2.0.0/16 table 1000 metric 5 via 10.1.0.2 src 10.1.0.101 dev veth0 mtu 1400 advmss 1300 hoplimit 5
        assertEncodesAs("add.hex", Rtm.NEWROUTE, RouteSpec.to("10.2.0.0/16").table(1000).metric(5)
                .via("10.1.0.2").src("10.1.0.101").dev("veth0").mtu(1400).advmss(1300).hoplimit(5));
    }

    @Test
    void addDefaultVia() {
        assertEncodesAs("add-default.hex", Rtm.NEWROUTE, RouteSpec.defaultVia("10.1.0.254"));
    }

    @Test
    void addMultipathWithWeights() {
        assertEncodesAs("add-multipath.hex", Rtm.NEWROUTE, RouteSpec.to("10.3.0.0/16").metric(7)
                .nexthop(NextHopSpec.via("10.1.0.2").dev("veth0").weight(1))
                .nexthop(NextHopSpec.via("10.1.0.3").dev("veth0").weight(3)));
    }

    @Test
    void addIpv6Multipath() {
        assertEncodesAs("add-multipath-ipv6.hex", Rtm.NEWROUTE, RouteSpec.to("2001:db8:2::/48")
                .nexthop(NextHopSpec.via("2001:db8::2").dev("veth0"))
                .nexthop(NextHopSpec.via("2001:db8::3").dev("veth0")));
    }

    @Test
    void addBlackhole() {
        assertEncodesAs("add-blackhole.hex", Rtm.NEWROUTE, RouteSpec.to("10.5.0.0/16").type(RouteType.BLACKHOLE));
    }

    @Test
    void addLocalGoesToTheLocalTableWithHostScope() {
        assertEncodesAs("add-local.hex", Rtm.NEWROUTE, RouteSpec.to("10.61.0.1").type(RouteType.LOCAL).dev("veth0"));
    }

    @Test
    void addOnlink() {
        assertEncodesAs("add-onlink.hex", Rtm.NEWROUTE,
                RouteSpec.to("10.6.0.0/16").via("192.0.2.1").dev("veth1").onlink());
    }

    @Test
    void addIpv4RouteViaAnIpv6Gateway() {
        // ip route add 10.7.0.0/24 via inet6 fd00::2 dev veth0
        assertEncodesAs("add-via-inet6.hex", Rtm.NEWROUTE,
                RouteSpec.to("10.7.0.0/24").via("inet6 fd00::2").dev("veth0"));
        assertEncodesAs("add-via-inet6.hex", Rtm.NEWROUTE,
                RouteSpec.to("10.7.0.0/24").via("fd00::2").dev("veth0"));
    }

    @Test
    void addIpv4MultipathViaIpv6Gateways() {
        // ip route add 10.8.0.0/24 nexthop via inet6 fd00::2 dev veth0 weight 2 nexthop via inet6 fd00::3 dev veth0
        assertEncodesAs("add-multipath-via-inet6.hex", Rtm.NEWROUTE, RouteSpec.to("10.8.0.0/24")
                .nexthop(NextHopSpec.via("inet6 fd00::2").dev("veth0").weight(2))
                .nexthop(NextHopSpec.via("fd00::3").dev("veth0")));
    }

    @Test
    void viaRequestDecodesToATypedGateway() {
        Route r = GoldenMessages.decode(first("add-via-inet6.hex", Rtm.NEWROUTE), RouteCodec::decode);
        assertThat(r.gateway()).isNull();
        assertThat(r.via()).isEqualTo(RouteVia.of(IpAddresses.parse("fd00::2")));
        assertThat(r.via().family()).isEqualTo(AddressFamily.INET6);
        assertThat(r.via()).hasToString("inet6 fd00::2");
        assertThat(r.nextHops()).singleElement().satisfies(nh -> {
            assertThat(nh.via().inet()).isEqualTo(IpAddresses.parse("fd00::2"));
            assertThat(nh.index()).isEqualTo(3);
        });
    }

    @Test
    void viaDumpRoundTripsWithTypedGateways() {
        List<Route> routes = roundTrip("dump-via.hex");
        assertThat(routes).extracting(r -> r.destination().toString())
                .containsExactly("10.1.0.0/24", "10.7.0.0/24", "10.8.0.0/24");
        assertThat(routes.get(1).via()).hasToString("inet6 fd00::2");
        assertThat(routes.get(2).multipath()).extracting(nh -> nh.via().toString())
                .containsExactly("inet6 fd00::2", "inet6 fd00::3");
        assertThat(routes.get(2).multipath()).extracting(NextHop::weight).containsExactly(2, 1);
    }

    @Test
    void aViaOfAnotherFamilyKeepsItsBytes() {
        RouteVia packet = new RouteVia(17, Bytes.fromHex("020000000001")); // AF_PACKET, a MAC
        assertThat(packet.inet()).isNull();
        assertThat(packet).hasToString("17 020000000001");
        Route r = Route.builder().header(new RtMsg(AddressFamily.INET, 24, 0, 0, 254, 3, 0, 1, 0))
                .dst(IpAddresses.parse("10.9.0.0")).via(packet).oif(3).build();
        byte[] bytes = Encoded.message(Rtm.NEWROUTE, 0, 1, w -> RouteCodec.encode(w, r));
        assertThat(GoldenMessages.decode(bytes, RouteCodec::decode)).isEqualTo(r);
    }

    @Test
    void anIpv6RouteRefusesAnIpv4Gateway() {
        assertThatThrownBy(() -> RouteSpec.to("2001:db8::/64").via("10.1.0.1").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gateway 10.1.0.1 is IPv4 but route 2001:db8::/64 is IPv6");
        assertThatThrownBy(() -> RouteSpec.to("10.0.0.0/8").via("inet6 10.1.0.1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gateway \"inet6 10.1.0.1\": 10.1.0.1 is not an inet6 address");
    }

    @Test
    void delete() {
        assertEncodesAs("del.hex", Rtm.DELROUTE, RouteSpec.to("10.2.0.0/16").table(1000));
    }

    @Test
    void multipathRequestDecodesToItsNextHops() {
        Route r = GoldenMessages.decode(first("add-multipath.hex", Rtm.NEWROUTE), RouteCodec::decode);
        assertThat(r.multipath()).extracting(NextHop::weight).containsExactly(1, 3);
        assertThat(r.multipath()).extracting(NextHop::index).containsExactly(3, 3);
        assertThat(r.multipath()).extracting(nh -> nh.gateway().getHostAddress())
                .containsExactly("10.1.0.2", "10.1.0.3");
        assertThat(r.metric()).isEqualTo(7);
    }

    @Test
    void routeGetReplyDecodes() {
        Route r = GoldenMessages.decode(first("get.hex", Rtm.NEWROUTE), RouteCodec::decode);
        assertThat(r.unknown()).isEmpty();
        assertThat(r.destination().toString()).isEqualTo("10.2.3.4/32");
        assertThat(r.gateway().getHostAddress()).isEqualTo("10.1.0.254");
        assertThat(r.oif()).isEqualTo(3);
        assertThat(r.cacheInfo()).isNotNull();
    }

    private static List<Route> roundTrip(String file) {
        List<byte[]> messages = GoldenMessages.of(GoldenBytes.load("golden/route/" + file), Rtm.NEWROUTE);
        assertThat(messages).isNotEmpty();
        return messages.stream().map(m -> {
            Route r = GoldenMessages.decode(m, RouteCodec::decode);
            assertThat(r.unknown()).as("every attribute modelled: %s", r).isEmpty();
            byte[] again = GoldenMessages.encode(m, r, RouteCodec::encode);
            assertThat(again).as("%s", r).isEqualTo(m);
            assertThat(GoldenMessages.decode(again, RouteCodec::decode)).isEqualTo(r);
            return r;
        }).toList();
    }

    @Test
    void dumpsRoundTrip() {
        assertThat(roundTrip("dump-ipv4.hex")).extracting(Route::tableId).contains(100, 1000, 254, 255);
        assertThat(roundTrip("dump-ipv6.hex")).anyMatch(r -> r.multipath() != null);
    }
}

package dev.jnetlink.rtnl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.route.NextHop;
import dev.jnetlink.codec.route.Route;
import dev.jnetlink.codec.route.RouteCodec;
import dev.jnetlink.codec.route.RouteType;
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

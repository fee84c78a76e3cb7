package dev.jnetlink.rtnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.addr.AddressFamily;
import dev.jnetlink.codec.nexthop.Nha;
import dev.jnetlink.codec.nexthop.NextHopGroupMember;
import dev.jnetlink.codec.nexthop.NextHopObject;
import dev.jnetlink.codec.nexthop.NextHopObjectCodec;
import dev.jnetlink.codec.nexthop.NhMsg;
import dev.jnetlink.codec.route.Route;
import dev.jnetlink.codec.route.RouteCodec;
import dev.jnetlink.testing.Encoded;
import dev.jnetlink.testing.GoldenBytes;
import dev.jnetlink.testing.GoldenMessages;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Nexthop object requests byte for byte as {@code ip nexthop add/del/get} and
 * {@code ip route add ... nhid} send them, and the kernel's dumps decoded and encoded back to
 * the same bytes. Captured in a namespace where veth0 is index 3.
 */
class NextHopObjectGoldenTest {
    private static final Map<String, Integer> INDEX = Map.of("lo", 1, "veth1", 2, "veth0", 3);

    private static List<byte[]> messages(String file, int type) {
        return GoldenMessages.of(GoldenBytes.load("golden/nexthop/" + file), type);
    }

    private static void assertEncodesAs(String file, NextHopObjectSpec.Builder spec) {
        byte[] captured = messages(file, Rtm.NEWNEXTHOP).get(0);
        NextHopObjectSpec s = spec.build();
        byte[] ours = Encoded.message(Rtm.NEWNEXTHOP, Encoded.flagsOf(captured), Encoded.seqOf(captured),
                w -> s.write(w, INDEX::get));
        assertThat(ours).as(file).isEqualTo(captured);
        // and what we send decodes to the object we meant
        assertThat(GoldenMessages.decode(captured, NextHopObjectCodec::decode)).isEqualTo(s.toObject(INDEX::get));
    }

    @Test
    void addAGatewayOnADevice() {
        // ip nexthop add id 1 via 10.1.0.2 dev veth0
        assertEncodesAs("add.hex", NextHopObjectSpec.id(1).via("10.1.0.2").dev("veth0"));
    }

    @Test
    void addAnIpv6Gateway() {
        // ip nexthop add id 2 via fd00::2 dev veth0
        assertEncodesAs("add-ipv6.hex", NextHopObjectSpec.id(2).via("fd00::2").dev("veth0"));
    }

    @Test
    void addABlackhole() {
        assertEncodesAs("add-blackhole.hex", NextHopObjectSpec.id(3).blackhole());
    }

    @Test
    void addADeviceOnly() {
        assertEncodesAs("add-dev.hex", NextHopObjectSpec.id(4).dev("veth0"));
    }

    @Test
    void addAGroupWithWeights() {
        // ip nexthop add id 10 group 1/4,3
        assertEncodesAs("add-group.hex", NextHopObjectSpec.id(10)
                .group(NextHopObjectSpec.member(1), NextHopObjectSpec.member(4, 3)));
    }

    @Test
    void addAResilientGroup() {
        // ip nexthop add id 11 group 1/4 type resilient buckets 8 idle_timer 60
        assertEncodesAs("add-resilient.hex", NextHopObjectSpec.id(11)
                .group(NextHopObjectSpec.member(1), NextHopObjectSpec.member(4))
                .resilient(8, Duration.ofSeconds(60), null));
    }

    @Test
    void deleteAndGetSendOnlyTheId() {
        for (String[] c : new String[][] {{"del.hex", "105"}, {"get.hex", "106"}}) {
            int type = Integer.parseInt(c[1]);
            byte[] captured = messages(c[0], type).get(0);
            byte[] ours = Encoded.message(type, Encoded.flagsOf(captured), Encoded.seqOf(captured), w -> {
                new NhMsg(0, 0, 0, 0).write(w.buffer());
                w.putU32(Nha.ID, type == Rtm.DELNEXTHOP ? 2 : 1);
            });
            assertThat(ours).as(c[0]).isEqualTo(captured);
        }
        NextHopObject got = GoldenMessages.decode(messages("get.hex", Rtm.NEWNEXTHOP).get(0),
                NextHopObjectCodec::decode);
        assertThat(got.id()).isEqualTo(1);
        assertThat(got.gateway().getHostAddress()).isEqualTo("10.1.0.2");
    }

    @Test
    void routeThroughANexthopObject() {
        // ip route add 10.20.0.0/24 nhid 10
        byte[] captured = GoldenMessages.of(GoldenBytes.load("golden/nexthop/route-add.hex"), Rtm.NEWROUTE).get(0);
        RouteSpec s = RouteSpec.to("10.20.0.0/24").nhid(10).build();
        byte[] ours = Encoded.message(Rtm.NEWROUTE, Encoded.flagsOf(captured), Encoded.seqOf(captured),
                w -> s.write(w, INDEX::get, false));
        assertThat(ours).isEqualTo(captured);
    }

    @Test
    void dumpRoundTripsEveryKind() {
        List<NextHopObject> all = messages("dump.hex", Rtm.NEWNEXTHOP).stream().map(m -> {
            NextHopObject o = GoldenMessages.decode(m, NextHopObjectCodec::decode);
            assertThat(o.unknown()).as("every attribute modelled: %s", o).isEmpty();
            byte[] again = GoldenMessages.encode(m, o, NextHopObjectCodec::encode);
            assertThat(again).as("%s", o).isEqualTo(m);
            return o;
        }).toList();
        assertThat(all).extracting(NextHopObject::id).containsExactly(1, 2, 3, 4, 10, 11);
        assertThat(all.get(0).header().family()).isEqualTo(AddressFamily.INET);
        assertThat(all.get(1).gateway().getHostAddress()).isEqualTo("fd00:0:0:0:0:0:0:2");
        assertThat(all.get(2).isBlackhole()).isTrue();
        assertThat(all.get(3).oif()).isEqualTo(3);
        assertThat(all.get(4).group()).containsExactly(new NextHopGroupMember(1, 1), new NextHopGroupMember(4, 3));
        assertThat(all.get(4).groupType()).isEqualTo(NextHopObject.MPATH);
        assertThat(all.get(5).groupType()).isEqualTo(NextHopObject.RESILIENT);
        assertThat(all.get(5).resilient().buckets()).isEqualTo(8);
        assertThat(all.get(5).resilient().idleTimer()).isEqualTo(6000);
        assertThat(all.get(5).opFlags()).isEqualTo(0x80000000);
    }

    @Test
    void routesThroughObjectsRoundTrip() {
        List<Route> routes = GoldenMessages.of(GoldenBytes.load("golden/nexthop/route-dump.hex"), Rtm.NEWROUTE)
                .stream().map(m -> {
                    Route r = GoldenMessages.decode(m, RouteCodec::decode);
                    assertThat(GoldenMessages.encode(m, r, RouteCodec::encode)).isEqualTo(m);
                    return r;
                }).toList();
        assertThat(routes).extracting(Route::nhId).containsExactly(null, 10, 1);
        assertThat(routes.get(1).multipath()).hasSize(2);
        assertThat(routes.get(2).gateway().getHostAddress()).isEqualTo("10.1.0.2");
    }

    @Test
    void badObjectsAreRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> NextHopObjectSpec.id(0))
                .hasMessage("nexthop id 0 is not an id (give 1 to 4294967295)");
        assertThatThrownBy(() -> NextHopObjectSpec.id(5).via("10.1.0.2").build())
                .hasMessage("nexthop id 5 needs a device (dev), unless it is a blackhole or an fdb nexthop");
        assertThatThrownBy(() -> NextHopObjectSpec.id(5).blackhole().dev("veth0").build())
                .hasMessage("nexthop id 5: a blackhole takes no gateway or device");
        assertThatThrownBy(() -> NextHopObjectSpec.id(5).group(NextHopObjectSpec.member(1)).dev("veth0").build())
                .hasMessage("nexthop id 5: a group takes no gateway, device, blackhole or onlink; give them to its members");
        assertThatThrownBy(() -> NextHopObjectSpec.id(5).group(NextHopObjectSpec.member(1), NextHopObjectSpec.member(1)).build())
                .hasMessage("nexthop id 5: member 1 is in the group twice");
        assertThatThrownBy(() -> NextHopObjectSpec.id(5).group(NextHopObjectSpec.member(5)).build())
                .hasMessage("nexthop id 5: a group can not contain itself");
        assertThatThrownBy(() -> NextHopObjectSpec.id(5).group(List.of()).build())
                .hasMessage("nexthop id 5: a group needs at least one member");
        assertThatThrownBy(() -> NextHopObjectSpec.id(5).dev("veth0").resilient(8, null, null).build())
                .hasMessage("nexthop id 5: type resilient is for groups");
        assertThatThrownBy(() -> NextHopObjectSpec.member(1, 0))
                .hasMessage("nexthop group weight must be 1 to 65536, got 0");
        assertThatThrownBy(() -> RouteSpec.to("10.20.0.0/24").nhid(10).dev("veth0").build())
                .hasMessage("route 10.20.0.0/24: a route through nexthop object 10 takes no gateway, device or next hops of its own");
    }
}

package dev.jnetlink.rtnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.nexthop.NextHopObject;
import dev.jnetlink.codec.route.Route;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.monitor.Change;
import dev.jnetlink.rtnl.monitor.Event;
import dev.jnetlink.rtnl.monitor.Group;
import dev.jnetlink.rtnl.monitor.Monitor;
import dev.jnetlink.rtnl.monitor.NextHopEvent;
import dev.jnetlink.rtnl.monitor.Subscription;
import dev.jnetlink.rtnl.view.IpNexthopShow;
import dev.jnetlink.rtnl.view.IpRouteShow;
import dev.jnetlink.socket.AlreadyExistsException;
import dev.jnetlink.socket.NetlinkException;
import dev.jnetlink.socket.NotFoundException;
import dev.jnetlink.testing.Ip;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ip nexthop add/replace/del/get/show}, routes through objects ({@code nhid}) and
 * {@code ip monitor nexthop}, against {@code ip} in a scratch namespace.
 */
@NetlinkTest
class NextHopObjectsIT {
    @Scratch(value = "nh", named = true)
    private NetNs ns;
    @Scratch("nh")
    private Rtnl rtnl;

    @BeforeEach
    void setUp() {
        rtnl.links().add(Veth.pair("veth0", "veth1"));
        rtnl.links().setUp("veth0");
        rtnl.links().setUp("veth1");
        rtnl.links().setUp("lo"); // a blackhole nexthop sits on lo ("Device for nexthop is not up")
        rtnl.addresses().add("veth0", "10.1.0.1/24");
        rtnl.addresses().add(AddressSpec.of("veth0", "2001:db8::1/64").noDad());
    }

    private void addEveryKind() {
        NextHopObjects nh = rtnl.nexthops();
        nh.add(NextHopObjectSpec.id(1).via("10.1.0.2").dev("veth0"));
        nh.add(NextHopObjectSpec.id(2).via("2001:db8::2").dev("veth0"));
        nh.add(NextHopObjectSpec.id(3).blackhole());
        nh.add(NextHopObjectSpec.id(4).dev("veth0"));
        nh.add(NextHopObjectSpec.id(5).via("10.1.0.3").dev("veth0").onlink()
                .protocol(dev.jnetlink.codec.route.RouteProtocol.STATIC));
        nh.add(NextHopObjectSpec.id(10).group(NextHopObjectSpec.member(1), NextHopObjectSpec.member(4, 3)));
        nh.add(NextHopObjectSpec.id(11).group(NextHopObjectSpec.member(1), NextHopObjectSpec.member(4))
                .resilient(8, Duration.ofSeconds(60), Duration.ofMillis(2500)));
    }

    @Test
    void everyKindListsAsIpShowsIt() {
        addEveryKind();
        List<NextHopObject> ours = rtnl.nexthops().list();
        assertThat(ours).extracting(NextHopObject::id).containsExactly(1, 2, 3, 4, 5, 10, 11);
        assertThat(ours).allSatisfy(o -> assertThat(o.unknown()).as("%s", o).isEmpty());

        Map<Integer, String> byIndex = new HashMap<>();
        for (Link l : rtnl.links().list()) {
            byIndex.put(l.index(), l.name());
        }
        JsonNode theirs = Ip.json(ns.name(), "-d", "nexthop", "show");
        List<JsonNode> mine = ours.stream().map(o -> IpJson.tree(IpJson.nexthop(o, byIndex::get))).toList();
        List<JsonNode> ip = new ArrayList<>();
        theirs.forEach(ip::add);
        assertThat(mine).hasSize(ip.size());
        for (int i = 0; i < mine.size(); i++) {
            assertThat(mine.get(i)).as("nexthop %d", i).isEqualTo(ip.get(i));
        }
        assertThat(IpNexthopShow.of(rtnl).text()).isEqualTo(Ip.ip(ns.name(), "nexthop", "show"))
                .contains("id 10 group 1/4,3 \n");

        NextHopObject one = rtnl.nexthops().get(1);
        assertThat(one).isEqualTo(ours.get(0));
    }

    @Test
    void routesGoThroughObjectsAndFollowAReplace() {
        addEveryKind();
        rtnl.routes().add(RouteSpec.to("10.20.0.0/24").nhid(10));
        rtnl.routes().add(RouteSpec.to("10.21.0.0/24").nhid(1).metric(7));
        List<Route> main = rtnl.routes().list(RouteFilter.main().ipv4());
        Route group = main.stream().filter(r -> r.destination().toString().equals("10.20.0.0/24")).findFirst().orElseThrow();
        assertThat(group.nhId()).isEqualTo(10);
        assertThat(group.multipath()).hasSize(2);
        assertThat(IpRouteShow.of(rtnl).text()).isEqualTo(Ip.ip(ns.name(), "route", "show"))
                .contains("10.21.0.0/24 nhid 1 via 10.1.0.2 dev veth0 metric 7 \n");

        // the route follows its object
        rtnl.nexthops().replace(NextHopObjectSpec.id(1).via("10.1.0.9").dev("veth0"));
        assertThat(gatewayOf(rtnl.routes().get("10.21.0.5"))).isEqualTo("10.1.0.9");

        assertThatThrownBy(() -> rtnl.nexthops().add(NextHopObjectSpec.id(1).dev("veth0")))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessageStartingWith("RTM_NEWNEXTHOP id 1 dev veth0: EEXIST");
        assertThatThrownBy(() -> rtnl.nexthops().add(NextHopObjectSpec.id(12).group(NextHopObjectSpec.member(99))))
                .isInstanceOf(NetlinkException.class)
                .hasMessageContaining("RTM_NEWNEXTHOP id 12 group 99");
        assertThatThrownBy(() -> rtnl.nexthops().add(NextHopObjectSpec.id(12).dev("nosuch0")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("nosuch0");

        // deleting an object deletes the routes through it
        rtnl.nexthops().delete(1);
        assertThat(rtnl.routes().list(RouteFilter.main().ipv4()))
                .noneMatch(r -> r.destination().toString().equals("10.21.0.0/24"));
        assertThatThrownBy(() -> rtnl.nexthops().get(1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rtnl.nexthops().delete(1)).isInstanceOf(NotFoundException.class);
    }

    private static String gatewayOf(Route r) {
        return r.gateway().getHostAddress();
    }

    @Test
    void eventsNameEachChange() {
        try (Subscription s = Monitor.in(ns).groups(Group.NEXTHOP).open()) {
            rtnl.nexthops().add(NextHopObjectSpec.id(1).via("10.1.0.2").dev("veth0"));
            rtnl.nexthops().replace(NextHopObjectSpec.id(1).via("10.1.0.3").dev("veth0"));
            rtnl.nexthops().delete(1);
            List<String> seen = new ArrayList<>();
            Event e;
            while ((e = s.next(Duration.ofMillis(500))) != null) {
                if (e instanceof NextHopEvent n) {
                    seen.add(n.change() + " " + n.nexthop().id() + " " + n.nexthop().gateway().getHostAddress());
                }
            }
            assertThat(seen).containsExactly(Change.NEW + " 1 10.1.0.2", Change.CHANGED + " 1 10.1.0.3",
                    Change.DELETED + " 1 10.1.0.3");
        }
    }
}

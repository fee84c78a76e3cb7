package dev.jnetlink.rtnl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jnetlink.codec.addr.Address;
import dev.jnetlink.codec.addr.AddressFamily;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.OperState;
import dev.jnetlink.codec.neigh.NeighbourState;
import dev.jnetlink.codec.route.Route;
import dev.jnetlink.codec.route.RouteProtocol;
import dev.jnetlink.codec.route.RouteType;
import dev.jnetlink.codec.rule.RuleAction;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.ReferenceTools;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.view.IpRouteShow;
import dev.jnetlink.rtnl.view.RouteN;
import dev.jnetlink.testing.Await;
import dev.jnetlink.testing.Ip;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Proof against the real peer: addresses, routes (multipath, several tables, every type),
 * neighbours and rules made in a named scratch namespace, then our decoded lists compared with
 * {@code ip -j addr show}, {@code ip -j route show table all}, {@code ip -j -6 route show},
 * {@code ip -j neigh show} and {@code ip -j rule show}, field by field, and our
 * {@code toString()} lines with {@code ip route show}'s text.
 */
@NetlinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParityIT {
    private NetNs ns;
    private Rtnl rtnl;
    private IntFunction<String> names;

    /** One topology for every comparison, in a class-wide namespace {@code ip -n} sees. */
    @BeforeAll
    void build(@Scratch(value = "parity", named = true) NetNs ns, @Scratch("parity") Rtnl rtnl) {
        this.ns = ns;
        this.rtnl = rtnl;
        rtnl.links().add(Veth.pair("veth0", "veth1"));
        rtnl.links().add(Veth.pair("veth2", "veth3"));
        for (String d : List.of("lo", "veth0", "veth1", "veth2", "veth3")) {
            rtnl.links().setUp(d);
        }
        Addresses a = rtnl.addresses();
        a.add("veth0", "10.1.0.1/24");
        a.add(AddressSpec.of("veth0", "10.1.0.2/24").label("veth0:sec"));
        a.add(AddressSpec.of("veth1", "10.9.0.1").peer("10.9.0.2/32"));
        a.add(AddressSpec.of("veth2", "10.3.0.1/24").metric(50).scope(dev.jnetlink.codec.addr.Scope.LINK));
        a.add(AddressSpec.of("veth2", "10.4.0.1/16").noBroadcast().noPrefixRoute());
        a.add(AddressSpec.of("veth0", "2001:db8::1/64").noDad());
        a.add(AddressSpec.of("veth0", "2001:db8:0:1::1/64").noDad().noPrefixRoute().validLifetime(3000)
                .preferredLifetime(2000));
        a.add(AddressSpec.of("veth2", "2001:db8:2::1/64").noDad().metric(300));

        Routes r = rtnl.routes();
        r.add(RouteSpec.defaultVia("10.1.0.254"));
        r.add(RouteSpec.to("10.2.0.0/16").metric(5).via("10.1.0.3").dev("veth0").mtu(1400).advmss(1300).hoplimit(5));
        r.add(RouteSpec.to("10.5.0.0/16").nexthop(NextHopSpec.via("10.1.0.3").dev("veth0"))
                .nexthop(NextHopSpec.via("10.3.0.7").dev("veth2").weight(4)));
        r.add(RouteSpec.to("10.6.0.0/16").via("10.1.0.3").table(100));
        r.add(RouteSpec.to("10.7.0.0/16").via("10.3.0.9").table(100000).metric(3));
        r.add(RouteSpec.to("10.8.0.0/16").type(RouteType.BLACKHOLE));
        r.add(RouteSpec.to("10.9.9.0/24").type(RouteType.UNREACHABLE).table(100));
        r.add(RouteSpec.to("10.10.0.0/16").type(RouteType.PROHIBIT).metric(9));
        r.add(RouteSpec.to("10.11.0.0/16").via("192.0.2.1").dev("veth3").onlink());
        r.add(RouteSpec.to("10.12.0.0/16").dev("veth3").protocol(RouteProtocol.STATIC).src("10.1.0.1"));
        r.add(RouteSpec.to("10.13.0.5").dev("veth3"));
        r.add(RouteSpec.to("10.14.0.0/16").via("inet6 2001:db8::2").dev("veth0"));
        r.add(RouteSpec.to("10.15.0.0/16").nexthop(NextHopSpec.via("2001:db8::2").dev("veth0").weight(2))
                .nexthop(NextHopSpec.via("2001:db8::3").dev("veth0")));
        r.add(RouteSpec.defaultVia("2001:db8::fe").metric(2048));
        r.add(RouteSpec.to("2001:db8:10::/48").via("2001:db8::2").metric(10).mtu(1380));
        r.add(RouteSpec.to("2001:db8:11::/48").nexthop(NextHopSpec.via("2001:db8::2").dev("veth0"))
                .nexthop(NextHopSpec.via("2001:db8::3").dev("veth0")));
        r.add(RouteSpec.to("2001:db8:12::/48").type(RouteType.UNREACHABLE));
        r.add(RouteSpec.to("2001:db8:13::/48").via("2001:db8::2").table(100));

        Neighbours n = rtnl.neighbours();
        n.add("veth0", "10.1.0.3", "02:00:00:00:01:03");
        n.add(NeighbourSpec.of("10.1.0.4", "veth0").lladdr("02:00:00:00:01:04").state(NeighbourState.STALE));
        n.add(NeighbourSpec.of("2001:db8::2", "veth0").lladdr("02:00:00:00:01:12").router());
        n.add(NeighbourSpec.of("2001:db8::3", "veth0").lladdr("02:00:00:00:01:13").state(NeighbourState.REACHABLE));
        n.add(NeighbourSpec.of("10.1.0.77", "veth0").proxy());

        Rules rules = rtnl.rules();
        rules.add(RuleSpec.from("10.1.0.0/24").to("10.9.0.0/16").priority(1000).table(100));
        rules.add(RuleSpec.all().fwmark(0x10, 0xff).iif("veth0").priority(1001).table(100000));
        rules.add(RuleSpec.from("10.8.0.0/16").not().oif("veth1").priority(1002).action(RuleAction.PROHIBIT));
        rules.add(RuleSpec.from("2001:db8::/32").priority(500).table(200));

        awaitIpv6LinkLocalsSettled(List.of("veth0", "veth1", "veth2", "veth3"));

        Map<Integer, String> byIndex = new HashMap<>();
        for (Link l : rtnl.links().list()) {
            byIndex.put(l.index(), l.name());
        }
        names = byIndex::get;
    }

    /**
     * The kernel finishes each veth's IPv6 set-up on its own time: carrier arrives through
     * linkwatch (up to a second after "up"), which adds the fe80:: address and its fe80::/64
     * route; the address then spends DAD (one to two seconds) tentative, and only when that ends
     * does its local-table route appear. Compare a namespace where that is over, or a dump taken
     * in between races it (the 6.1 VM once listed 47 routes to ip's 48).
     */
    private void awaitIpv6LinkLocalsSettled(List<String> devs) {
        Await.until(Duration.ofSeconds(20), devs + " operationally up, each with a link-local address", () -> {
            List<Link> links = rtnl.links().list();
            List<Address> v6 = rtnl.addresses().list(AddressFamily.INET6);
            return links.stream().filter(l -> devs.contains(l.name())).allMatch(l -> l.state() == OperState.UP
                    && v6.stream().anyMatch(a -> a.index() == l.index() && a.ip().isLinkLocalAddress()));
        });
        for (String dev : devs) {
            rtnl.addresses().settle(dev, Duration.ofSeconds(20));
        }
        List<Address> v6 = rtnl.addresses().list(AddressFamily.INET6);
        Await.until(Duration.ofSeconds(20), "a local route for each of " + v6, () -> {
            List<Route> local = rtnl.routes().list(RouteFilter.allTables().ipv6().table(255).type(RouteType.LOCAL));
            return v6.stream().allMatch(a -> local.stream().anyMatch(r -> r.destination().address().equals(a.ip())));
        });
    }

    private JsonNode ip(String... args) {
        return Ip.json(ns.name(), args);
    }

    /** Lifetimes tick between the two reads: compare them apart, within two seconds. */
    // Ours were read first: they may be larger by the seconds that passed until ip read its own
    // (more than two on a slow machine, such as CI's emulated VM).
    private static void compareLifetimes(ObjectNode ours, ObjectNode theirs, String key, long slack) {
        if (theirs.has(key) && theirs.get(key).asLong() != 4294967295L) {
            assertThat(ours.get(key).asLong()).as(key).isBetween(theirs.get(key).asLong(),
                    theirs.get(key).asLong() + slack);
            ours.remove(key);
            theirs.remove(key);
        }
    }

    @Test
    void addressesMatchIpAddrShow() {
        long started = System.nanoTime();
        List<Address> all = rtnl.addresses().list();
        JsonNode links = ip("addr", "show");
        long slack = 2 + (System.nanoTime() - started) / 1_000_000_000L;
        int compared = 0;
        for (JsonNode link : links) {
            int index = link.get("ifindex").asInt();
            List<JsonNode> ours = new ArrayList<>();
            for (Address a : all) {
                if (a.index() == index) {
                    ours.add(IpJson.tree(IpJson.address(a)));
                }
            }
            JsonNode theirs = link.get("addr_info");
            assertThat(ours).as("addresses of %s", link.get("ifname")).hasSize(theirs.size());
            for (int i = 0; i < ours.size(); i++) {
                ObjectNode o = (ObjectNode) ours.get(i);
                ObjectNode t = (ObjectNode) theirs.get(i).deepCopy();
                compareLifetimes(o, t, "valid_life_time", slack);
                compareLifetimes(o, t, "preferred_life_time", slack);
                assertThat(o).as("address %d of %s", i, link.get("ifname")).isEqualTo(t);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(all.size()).isGreaterThanOrEqualTo(12);
    }

    private void assertRoutesMatch(List<Route> ours, JsonNode theirs) {
        List<JsonNode> mine = ours.stream().map(r -> IpJson.tree(IpJson.route(r, names))).toList();
        List<JsonNode> ip = new ArrayList<>();
        theirs.forEach(ip::add);
        assertThat(mine).hasSize(ip.size());
        for (int i = 0; i < mine.size(); i++) {
            assertThat(mine.get(i)).as("route %d: %s", i, ours.get(i)).isEqualTo(ip.get(i));
        }
    }

    @Test
    void routesOfEveryTableMatchIpRouteShowTableAll() {
        List<Route> ours = rtnl.routes().list(RouteFilter.allTables());
        assertRoutesMatch(ours, ip("route", "show", "table", "all"));
        assertThat(ours).extracting(Route::tableId).contains(100, 100000, 254, 255);
        assertThat(ours).anyMatch(r -> r.multipath() != null && r.family() == AddressFamily.INET);
        assertThat(ours).anyMatch(r -> r.multipath() != null && r.family() == AddressFamily.INET6);
    }

    @Test
    void ipv6MainRoutesMatchIpDash6RouteShow() {
        List<Route> ours = rtnl.routes().list(RouteFilter.main().ipv6());
        assertRoutesMatch(ours, ip("-6", "route", "show"));
        assertThat(ours).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void routeTextIsWhatIpRouteShowPrints() {
        assertThat(IpRouteShow.of(rtnl).allTables().text()).isEqualTo(Ip.ip(ns.name(), "route", "show", "table", "all"));
        assertThat(IpRouteShow.of(rtnl).ipv6().allTables().text())
                .isEqualTo(Ip.ip(ns.name(), "-6", "route", "show", "table", "all"));
        assertThat(IpRouteShow.of(rtnl).table(100).text()).isEqualTo(Ip.ip(ns.name(), "route", "show", "table", "100"));
    }

    @Test
    void neighboursMatchIpNeighShow() {
        // 2001:db8::3 turns from REACHABLE to STALE 15-45 s after it was added: take ip's listing
        // between two of ours that agree, so both saw the same states.
        List<JsonNode> ours = neighbourTrees();
        List<JsonNode> theirs = new ArrayList<>();
        for (int attempt = 0; attempt < 10; attempt++) {
            theirs.clear();
            ip("neigh", "show").forEach(theirs::add);
            List<JsonNode> after = neighbourTrees();
            if (after.equals(ours)) {
                break;
            }
            ours = after;
        }
        assertThat(ours).isEqualTo(theirs).hasSizeGreaterThanOrEqualTo(4);

        List<JsonNode> proxies = rtnl.neighbours().listProxies().stream()
                .map(n -> IpJson.tree(IpJson.neighbour(n, names))).toList();
        List<JsonNode> ipProxies = new ArrayList<>();
        ip("neigh", "show", "proxy").forEach(ipProxies::add);
        assertThat(proxies).isEqualTo(ipProxies).hasSize(1);
    }

    private List<JsonNode> neighbourTrees() {
        return rtnl.neighbours().list().stream().map(n -> IpJson.tree(IpJson.neighbour(n, names))).toList();
    }

    @Test
    void rulesMatchIpRuleShow() {
        for (int family : new int[] {AddressFamily.INET, AddressFamily.INET6}) {
            List<JsonNode> ours = rtnl.rules().list(family).stream().map(r -> IpJson.tree(IpJson.rule(r))).toList();
            List<JsonNode> theirs = new ArrayList<>();
            ip(family == AddressFamily.INET ? "-4" : "-6", "rule", "show").forEach(theirs::add);
            assertThat(ours).as(AddressFamily.name(family)).isEqualTo(theirs);
        }
    }

    @Test
    void routeNMatchesNetTools() {
        assertThat(RouteN.of(rtnl).text()).isEqualTo(ReferenceTools.run("ip", "netns", "exec", ns.name(), "route", "-n"));
    }
}

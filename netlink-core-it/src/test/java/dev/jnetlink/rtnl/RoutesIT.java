package dev.jnetlink.rtnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.jnetlink.codec.addr.AddressFamily;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.route.NextHop;
import dev.jnetlink.codec.route.Route;
import dev.jnetlink.codec.route.RouteFlags;
import dev.jnetlink.codec.route.RouteProtocol;
import dev.jnetlink.codec.route.RouteTable;
import dev.jnetlink.codec.route.RouteType;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.ReferenceTools;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.view.IpRouteShow;
import dev.jnetlink.rtnl.view.RouteN;
import dev.jnetlink.socket.AlreadyExistsException;
import dev.jnetlink.socket.BatchResult;
import dev.jnetlink.socket.Errno;
import dev.jnetlink.socket.NetlinkException;
import dev.jnetlink.socket.NotFoundException;
import dev.jnetlink.testing.Ip;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code ip route add/replace/change/append/del/get/show} and bulk installs, in a scratch namespace. */
@NetlinkTest
class RoutesIT {
    @Scratch(value = "rt", named = true)
    private NetNs ns;
    @Scratch("rt")
    private Rtnl rtnl;
    private int veth0;
    private int veth1;

    @BeforeEach
    void setUp() {
        rtnl.links().add(Veth.pair("veth0", "veth1"));
        rtnl.links().setUp("veth0");
        rtnl.links().setUp("veth1");
        rtnl.addresses().add("veth0", "10.1.0.1/24");
        rtnl.addresses().add("veth1", "10.9.0.1/24");
        rtnl.addresses().add(AddressSpec.of("veth0", "2001:db8::1/64").noDad());
        veth0 = rtnl.links().indexOf("veth0");
        veth1 = rtnl.links().indexOf("veth1");
    }

    private List<Route> main4() {
        return rtnl.routes().list(RouteFilter.main().ipv4());
    }

    private static Route find(List<Route> routes, String dst) {
        List<Route> r = routes.stream().filter(x -> x.destination().toString().equals(dst)).toList();
        assertThat(r).as("routes to %s in %s", dst, routes).hasSize(1);
        return r.get(0);
    }

    @Test
    void addGetAndDeleteAGatewayRoute() {
        rtnl.routes().add(RouteSpec.to("10.2.0.0/16").via("10.1.0.2").dev("veth0").metric(5));
        Route r = find(main4(), "10.2.0.0/16");
        assertThat(IpAddresses.format(r.gateway())).isEqualTo("10.1.0.2");
        assertThat(r.oif()).isEqualTo(veth0);
        assertThat(r.metric()).isEqualTo(5);
        assertThat(r.protocol()).isEqualTo(RouteProtocol.BOOT);
        assertThat(r.tableId()).isEqualTo(RouteTable.MAIN);
        assertThat(r.type()).isEqualTo(RouteType.UNICAST);

        Route got = rtnl.routes().get("10.2.3.4");
        assertThat(got.destination().toString()).isEqualTo("10.2.3.4/32");
        assertThat(IpAddresses.format(got.gateway())).isEqualTo("10.1.0.2");
        assertThat(got.oif()).isEqualTo(veth0);
        assertThat(IpAddresses.format(got.prefsrc())).isEqualTo("10.1.0.1");
        assertThat(got.tableId()).isEqualTo(RouteTable.MAIN);

        Route entry = rtnl.routes().get(RouteQuery.to("10.2.3.4").withFibMatch());
        assertThat(entry.destination().toString()).isEqualTo("10.2.0.0/16");

        rtnl.routes().delete(RouteSpec.to("10.2.0.0/16"));
        assertThat(main4()).noneMatch(x -> x.destination().toString().equals("10.2.0.0/16"));
        assertThatThrownBy(() -> rtnl.routes().get("10.2.3.4"))
                .isInstanceOf(NetlinkException.class)
                .hasMessageStartingWith("RTM_GETROUTE 10.2.3.4: ENETUNREACH");
    }

    @Test
    void defaultRouteShowsInRouteNAsNetToolsPrintsIt() {
        rtnl.routes().add(RouteSpec.defaultVia("10.1.0.254"));
        rtnl.routes().add(RouteSpec.to("10.5.0.0/16").type(RouteType.BLACKHOLE));
        rtnl.routes().add(RouteSpec.to("10.6.0.0/16").type(RouteType.UNREACHABLE));
        rtnl.routes().add(RouteSpec.to("10.7.0.0/16").via("10.9.0.2").metric(9));
        Route d = find(main4(), "0.0.0.0/0");
        assertThat(d.isDefault()).isTrue();
        assertThat(IpRouteShow.of(rtnl).text()).startsWith("default via 10.1.0.254 dev veth0 \n");
        String ours = RouteN.of(rtnl).text();
        String theirs = ReferenceTools.run("ip", "netns", "exec", ns.name(), "route", "-n");
        assertThat(ours).isEqualTo(theirs);
        assertThat(ours).contains("0.0.0.0         10.1.0.254      0.0.0.0         UG    0      0        0 veth0");
    }

    @Test
    void tablesTypesAndKernelSideFilters() {
        rtnl.routes().add(RouteSpec.to("10.20.0.0/16").via("10.1.0.2").table(100));
        rtnl.routes().add(RouteSpec.to("10.21.0.0/16").via("10.1.0.2").table(100000));
        rtnl.routes().add(RouteSpec.to("10.22.0.0/16").type(RouteType.BLACKHOLE));
        rtnl.routes().add(RouteSpec.to("10.23.0.0/16").type(RouteType.PROHIBIT));
        rtnl.routes().add(RouteSpec.to("10.24.0.0/16").dev("veth1").protocol(RouteProtocol.STATIC));
        rtnl.routes().add(RouteSpec.to("2001:db8:20::/48").via("2001:db8::2").table(100));

        assertThat(rtnl.routes().list(RouteFilter.main().table(100)))
                .extracting(r -> r.destination().toString())
                .containsExactly("10.20.0.0/16", "2001:db8:20::/48");
        Route big = find(rtnl.routes().list(RouteFilter.allTables().ipv4().table(100000)), "10.21.0.0/16");
        assertThat(big.tableId()).isEqualTo(100000);
        assertThat(big.header().table()).isEqualTo(RouteTable.COMPAT);
        assertThat(rtnl.routes().list(RouteFilter.main().table(4242))).isEmpty();
        assertThat(rtnl.routes().list(RouteFilter.main().ipv6().table(4242))).isEmpty();

        assertThat(rtnl.routes().list(RouteFilter.main().type(RouteType.BLACKHOLE)))
                .extracting(r -> r.destination().toString()).containsExactly("10.22.0.0/16");
        assertThat(rtnl.routes().list(RouteFilter.main().ipv4().protocol(RouteProtocol.KERNEL)))
                .extracting(r -> r.destination().toString())
                .containsExactlyInAnyOrder("10.1.0.0/24", "10.9.0.0/24");
        assertThat(rtnl.routes().list(RouteFilter.main().ipv4().dev("veth1")))
                .extracting(r -> r.destination().toString())
                .containsExactlyInAnyOrder("10.9.0.0/24", "10.24.0.0/16");
        Route stat = find(main4(), "10.24.0.0/16");
        assertThat(stat.protocol()).isEqualTo(RouteProtocol.STATIC);
        assertThat(stat.scope().name()).isEqualTo("link");
        assertThat(find(main4(), "10.23.0.0/16").type()).isEqualTo(RouteType.PROHIBIT);

        rtnl.routes().add(RouteSpec.to("10.60.0.1").type(RouteType.LOCAL).dev("veth0"));
        Route local = find(rtnl.routes().list(RouteFilter.allTables().ipv4().table(RouteTable.LOCAL)), "10.60.0.1/32");
        assertThat(local.type()).isEqualTo(RouteType.LOCAL);
        assertThat(local.scope().name()).isEqualTo("host");
        assertThat(rtnl.routes().get("10.60.0.1").type()).isEqualTo(RouteType.LOCAL);

        List<Route> all = rtnl.routes().list(RouteFilter.allTables());
        assertThat(all).anyMatch(r -> r.tableId() == RouteTable.LOCAL && r.type().equals(RouteType.LOCAL)
                && r.destination().toString().equals("10.1.0.1/32"));
        assertThat(all).anyMatch(r -> r.family() == AddressFamily.INET6 && r.tableId() == RouteTable.LOCAL);
        assertThat(all).extracting(Route::tableId).contains(100, 100000, RouteTable.MAIN);
    }

    @Test
    void multipathWithWeightsAndMetrics() {
        rtnl.addresses().add("veth0", "10.1.0.3/24");
        rtnl.routes().add(RouteSpec.to("10.30.0.0/16").metric(7)
                .nexthop(NextHopSpec.via("10.1.0.2").dev("veth0"))
                .nexthop(NextHopSpec.via("10.9.0.2").dev("veth1").weight(3)));
        rtnl.routes().add(RouteSpec.to("2001:db8:30::/48")
                .nexthop(NextHopSpec.via("2001:db8::2").dev("veth0"))
                .nexthop(NextHopSpec.via("2001:db8::3").dev("veth0")));
        rtnl.routes().add(RouteSpec.to("10.31.0.0/16").via("10.1.0.2").mtu(1400).advmss(1300).hoplimit(5));

        Route mp = find(main4(), "10.30.0.0/16");
        assertThat(mp.multipath()).hasSize(2);
        assertThat(mp.multipath()).extracting(NextHop::weight).containsExactly(1, 3);
        assertThat(mp.multipath()).extracting(NextHop::index).containsExactly(veth0, veth1);
        assertThat(mp.nextHops()).extracting(nh -> IpAddresses.format(nh.gateway()))
                .containsExactly("10.1.0.2", "10.9.0.2");
        Route mp6 = find(rtnl.routes().list(RouteFilter.main().ipv6()), "2001:db8:30::/48");
        assertThat(mp6.multipath()).extracting(nh -> IpAddresses.format(nh.gateway()))
                .containsExactly("2001:db8::2", "2001:db8::3");
        Route m = find(main4(), "10.31.0.0/16");
        assertThat(m.metrics().mtu()).isEqualTo(1400);
        assertThat(m.metrics().advmss()).isEqualTo(1300);
        assertThat(m.metrics().hoplimit()).isEqualTo(5);
        assertThat(IpRouteShow.of(rtnl).text()).contains(" mtu 1400 advmss 1300 hoplimit 5 \n");
    }

    @Test
    void replaceChangeAppend() {
        rtnl.routes().add(RouteSpec.to("10.40.0.0/16").via("10.1.0.2"));
        rtnl.routes().replace(RouteSpec.to("10.40.0.0/16").via("10.9.0.2").build());
        assertThat(IpAddresses.format(find(main4(), "10.40.0.0/16").gateway())).isEqualTo("10.9.0.2");
        rtnl.routes().change(RouteSpec.to("10.40.0.0/16").via("10.1.0.5").build());
        assertThat(IpAddresses.format(find(main4(), "10.40.0.0/16").gateway())).isEqualTo("10.1.0.5");
        assertThatThrownBy(() -> rtnl.routes().change(RouteSpec.to("10.41.0.0/16").via("10.1.0.5").build()))
                .isInstanceOf(NotFoundException.class)
                .hasMessageStartingWith("RTM_NEWROUTE 10.41.0.0/16 via 10.1.0.5");
        rtnl.routes().replace(RouteSpec.to("10.42.0.0/16").via("10.1.0.2").build()); // replace creates
        rtnl.routes().append(RouteSpec.to("10.42.0.0/16").via("10.9.0.2").build());
        assertThat(main4()).filteredOn(r -> r.destination().toString().equals("10.42.0.0/16"))
                .extracting(r -> IpAddresses.format(r.gateway())).containsExactly("10.1.0.2", "10.9.0.2");
    }

    @Test
    void ipv6RoutesAndLookups() {
        rtnl.routes().add(RouteSpec.to("2001:db8:1::/48").via("2001:db8::2").metric(10));
        rtnl.routes().add(RouteSpec.defaultVia("2001:db8::fe"));
        List<Route> v6 = rtnl.routes().list(RouteFilter.main().ipv6());
        Route r = find(v6, "2001:db8:1::/48");
        assertThat(r.family()).isEqualTo(AddressFamily.INET6);
        assertThat(r.metric()).isEqualTo(10);
        assertThat(r.pref()).isZero();
        assertThat(IpRouteShow.of(rtnl).ipv6().text()).contains("default via 2001:db8::fe dev veth0 metric 1024 pref medium\n");
        Route got = rtnl.routes().get("2001:db8:1::77");
        assertThat(IpAddresses.format(got.gateway())).isEqualTo("2001:db8::2");
        assertThat(got.oif()).isEqualTo(veth0);
    }

    @Test
    void onlinkAndTheKernelsNexthopError() {
        assertThatThrownBy(() -> rtnl.routes().add(RouteSpec.to("10.50.0.0/16").via("192.0.2.1").dev("veth1")))
                .isInstanceOf(NetlinkException.class)
                .hasMessageStartingWith("RTM_NEWROUTE 10.50.0.0/16 via 192.0.2.1 dev veth1: ")
                .hasMessageContaining("Nexthop has invalid gateway");
        rtnl.routes().add(RouteSpec.to("10.50.0.0/16").via("192.0.2.1").dev("veth1").onlink());
        Route r = find(main4(), "10.50.0.0/16");
        assertThat(r.flags() & RouteFlags.ONLINK).isNotZero();
        assertThat(IpRouteShow.of(rtnl).text()).contains("10.50.0.0/16 via 192.0.2.1 dev veth1 onlink \n");
    }

    @Test
    void anIpv4RouteViaAnIpv6GatewayTravelsAsRtaVia() {
        // ip route add 10.30.0.0/16 via inet6 2001:db8::2 dev veth0
        rtnl.routes().add(RouteSpec.to("10.30.0.0/16").via("inet6 2001:db8::2").dev("veth0"));
        rtnl.routes().add(RouteSpec.to("10.31.0.0/16")
                .nexthop(NextHopSpec.via("2001:db8::2").dev("veth0").weight(2))
                .nexthop(NextHopSpec.via("2001:db8::3").dev("veth0")));
        Route single = find(main4(), "10.30.0.0/16");
        assertThat(single.gateway()).isNull();
        assertThat(single.via()).hasToString("inet6 2001:db8::2");
        assertThat(single.oif()).isEqualTo(veth0);
        assertThat(find(main4(), "10.31.0.0/16").multipath())
                .extracting(nh -> nh.via().inet().getHostAddress(), NextHop::weight)
                .containsExactly(tuple("2001:db8:0:0:0:0:0:2", 2),
                        tuple("2001:db8:0:0:0:0:0:3", 1));
        Route got = rtnl.routes().get("10.30.1.1");
        assertThat(got.via()).isEqualTo(single.via());

        String text = IpRouteShow.of(rtnl).text();
        assertThat(text).isEqualTo(Ip.ip(ns.name(), "route", "show"))
                .contains("10.30.0.0/16 via inet6 2001:db8::2 dev veth0 \n",
                        "\tnexthop via inet6 2001:db8::2 dev veth0 weight 2 \n");
        assertThat(RouteN.of(rtnl).text())
                .isEqualTo(ReferenceTools.run("ip", "netns", "exec", ns.name(), "route", "-n"))
                .contains("10.30.0.0       0.0.0.0         255.255.0.0     UG    0      0        0 veth0");

        rtnl.routes().replace(RouteSpec.to("10.30.0.0/16").via("inet6 2001:db8::3").dev("veth0").build());
        assertThat(find(main4(), "10.30.0.0/16").via()).hasToString("inet6 2001:db8::3");
        rtnl.routes().delete(RouteSpec.to("10.30.0.0/16"));
        rtnl.routes().delete(RouteSpec.to("10.31.0.0/16"));
        assertThat(main4()).noneMatch(r -> r.destination().toString().startsWith("10.3"));
    }

    @Test
    void badInputIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> RouteSpec.to("10.2.0.0/40"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prefix length 40 is out of range");
        assertThatThrownBy(() -> RouteSpec.to("2001:db8:5::/48").via("10.1.0.2").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is IPv4 but route");
        assertThatThrownBy(() -> RouteSpec.to("10.2.3.0/16").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the network is 10.2.0.0/16");
        assertThatThrownBy(() -> RouteSpec.to("10.2.0.0/16").type(RouteType.BLACKHOLE).via("10.1.0.2").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("can not be specified");
        assertThatThrownBy(() -> NextHopSpec.via("10.1.0.2").weight(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 256");
        assertThatThrownBy(() -> rtnl.routes().add(RouteSpec.to("10.2.0.0/16").dev("nosuch0")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("nosuch0");
        rtnl.routes().add(RouteSpec.to("10.2.0.0/16").via("10.1.0.2"));
        assertThatThrownBy(() -> rtnl.routes().add(RouteSpec.to("10.2.0.0/16").via("10.1.0.2")))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessageStartingWith("RTM_NEWROUTE 10.2.0.0/16 via 10.1.0.2: EEXIST (File exists)");
    }

    @Test
    void bulkInstallMapsEveryFailureToItsRoute() {
        List<RouteSpec> specs = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            specs.add(RouteSpec.to("10." + (100 + i / 256) + "." + (i % 256) + ".0/24").via("10.1.0.2")
                    .dev("veth0").build());
        }
        specs.set(700, RouteSpec.to("10.200.0.0/24").via("192.0.2.9").build()); // unreachable gateway
        specs.set(1500, specs.get(3));                                          // a duplicate
        BatchResult r = rtnl.routes().addAll(specs);
        assertThat(r.size()).isEqualTo(2000);
        assertThat(r.failedIndexes()).containsExactly(700, 1500);
        assertThat(r.failure(700)).hasMessageStartingWith("RTM_NEWROUTE 10.200.0.0/24 via 192.0.2.9: ")
                .hasMessageContaining("Nexthop has invalid gateway");
        assertThat(r.failure(1500).errno()).isEqualTo(Errno.EEXIST);
        assertThat(r.failure(1500)).hasMessageStartingWith("RTM_NEWROUTE 10.100.3.0/24 via 10.1.0.2 dev veth0: EEXIST");
        assertThat(rtnl.routes().list(RouteFilter.main().ipv4().protocol(RouteProtocol.BOOT))).hasSize(1998);

        BatchResult d = rtnl.routes().deleteAll(specs);
        assertThat(d.failedIndexes()).containsExactly(700, 1500);
        assertThat(d.failure(700).errno()).isEqualTo(Errno.ESRCH);
        assertThat(rtnl.routes().list(RouteFilter.main().ipv4().protocol(RouteProtocol.BOOT))).isEmpty();
    }
}

package dev.jnetlink.rtnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.addr.AddressFamily;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.neigh.Neighbour;
import dev.jnetlink.codec.neigh.NeighbourState;
import dev.jnetlink.codec.route.RouteTable;
import dev.jnetlink.codec.rule.Rule;
import dev.jnetlink.codec.rule.RuleAction;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.view.IpNeighShow;
import dev.jnetlink.rtnl.view.IpRuleShow;
import dev.jnetlink.socket.AlreadyExistsException;
import dev.jnetlink.socket.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code ip neigh add/replace/del/show/flush} and {@code ip rule add/del/show}, in a scratch namespace. */
@NetlinkTest
class NeighboursRulesIT {
    @Scratch
    private Rtnl rtnl;

    @BeforeEach
    void setUp() {
        rtnl.links().add(Veth.pair("veth0", "veth1"));
        rtnl.links().setUp("veth0");
        rtnl.links().setUp("veth1");
        rtnl.addresses().add("veth0", "10.1.0.1/24");
        rtnl.addresses().add(AddressSpec.of("veth0", "2001:db8::1/64").noDad());
    }

    private static Neighbour entry(List<Neighbour> list, String ip) {
        List<Neighbour> n = list.stream().filter(x -> IpAddresses.format(x.dst()).equals(ip)).toList();
        assertThat(n).as("entries for %s in %s", ip, list).hasSize(1);
        return n.get(0);
    }

    @Test
    void arpAndNdpEntriesInEveryState() {
        int veth0 = rtnl.links().indexOf("veth0");
        rtnl.neighbours().add("veth0", "10.1.0.2", "02:00:00:00:00:02");
        rtnl.neighbours().add(NeighbourSpec.of("10.1.0.3", "veth0").lladdr("02:00:00:00:00:03")
                .state(NeighbourState.STALE));
        rtnl.neighbours().add(NeighbourSpec.of("10.1.0.4", "veth0").lladdr("02:00:00:00:00:04")
                .state(NeighbourState.REACHABLE));
        rtnl.neighbours().add(NeighbourSpec.of("2001:db8::2", "veth0").lladdr("02:00:00:00:00:12").router());
        List<Neighbour> all = rtnl.neighbours().list("veth0");
        Neighbour perm = entry(all, "10.1.0.2");
        assertThat(perm.state()).isEqualTo(NeighbourState.PERMANENT);
        assertThat(perm.lladdr().toString()).isEqualTo("02:00:00:00:00:02");
        assertThat(perm.index()).isEqualTo(veth0);
        assertThat(perm.family()).isEqualTo(AddressFamily.INET);
        assertThat(entry(all, "10.1.0.3").state()).isEqualTo(NeighbourState.STALE);
        assertThat(entry(all, "10.1.0.4").state().bits()).isNotZero();
        Neighbour ndp = entry(all, "2001:db8::2");
        assertThat(ndp.isRouter()).isTrue();
        assertThat(IpNeighShow.of(rtnl).ipv6().text()).contains("2001:db8::2 dev veth0 lladdr 02:00:00:00:00:12 router PERMANENT \n");
        assertThat(rtnl.neighbours().list()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(rtnl.neighbours().list()).noneMatch(n -> n.state().has(NeighbourState.NOARP));
        assertThat(rtnl.neighbours().listAll()).hasSizeGreaterThanOrEqualTo(rtnl.neighbours().list().size());

        rtnl.neighbours().replace(NeighbourSpec.of("10.1.0.2", "veth0").lladdr("02:00:00:00:00:22").build());
        assertThat(entry(rtnl.neighbours().list("veth0"), "10.1.0.2").lladdr().toString()).isEqualTo("02:00:00:00:00:22");
        assertThatThrownBy(() -> rtnl.neighbours().add("veth0", "10.1.0.2", "02:00:00:00:00:02"))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessageStartingWith("RTM_NEWNEIGH 10.1.0.2 dev veth0: EEXIST");

        rtnl.neighbours().delete("veth0", "10.1.0.2");
        assertThat(rtnl.neighbours().list("veth0")).noneMatch(n -> IpAddresses.format(n.dst()).equals("10.1.0.2"));
        assertThatThrownBy(() -> rtnl.neighbours().delete("veth0", "10.1.0.99"))
                .isInstanceOf(NotFoundException.class).hasMessageStartingWith("RTM_DELNEIGH 10.1.0.99 dev veth0: ENOENT");
    }

    @Test
    void proxyEntriesAndFlushByLink() {
        rtnl.neighbours().add(NeighbourSpec.of("10.1.0.77", "veth0").proxy());
        rtnl.neighbours().add(NeighbourSpec.of("2001:db8::77", "veth0").proxy());
        List<Neighbour> proxies = rtnl.neighbours().listProxies();
        assertThat(proxies).extracting(n -> IpAddresses.format(n.dst())).containsExactlyInAnyOrder("10.1.0.77", "2001:db8::77");
        assertThat(proxies).allMatch(Neighbour::isProxy);
        assertThat(rtnl.neighbours().list()).noneMatch(Neighbour::isProxy);
        rtnl.neighbours().delete(NeighbourSpec.of("10.1.0.77", "veth0").proxy().build());
        assertThat(rtnl.neighbours().listProxies()).hasSize(1);

        rtnl.neighbours().add("veth0", "10.1.0.2", "02:00:00:00:00:02");
        rtnl.neighbours().add(NeighbourSpec.of("10.1.0.3", "veth0").lladdr("02:00:00:00:00:03").state(NeighbourState.STALE));
        rtnl.neighbours().add(NeighbourSpec.of("10.1.0.4", "veth0").lladdr("02:00:00:00:00:04").state(NeighbourState.STALE));
        assertThat(rtnl.neighbours().flush("veth0")).isEqualTo(2);
        assertThat(rtnl.neighbours().list("veth0")).extracting(n -> IpAddresses.format(n.dst())).containsExactly("10.1.0.2");
        rtnl.neighbours().flush("veth0", true);
        assertThat(rtnl.neighbours().list("veth0")).isEmpty();
        assertThatThrownBy(() -> NeighbourSpec.of("10.1.0.5", "veth0").proxy().lladdr("02:00:00:00:00:05").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no link-layer address");
    }

    @Test
    void rulesAddListDelete() {
        assertThat(IpRuleShow.of(rtnl).text())
                .isEqualTo("0:\tfrom all lookup local\n32766:\tfrom all lookup main\n32767:\tfrom all lookup default\n");

        rtnl.rules().add(RuleSpec.from("10.1.0.0/24").to("10.9.0.0/16").table(100).priority(1000));
        rtnl.rules().add(RuleSpec.all().fwmark(0x10, 0xff).iif("veth0").table(100000).priority(1001));
        rtnl.rules().add(RuleSpec.all().oif("veth1").action(RuleAction.BLACKHOLE).priority(1002));
        rtnl.rules().add(RuleSpec.from("2001:db8::/32").table(200).priority(500));

        List<Rule> v4 = rtnl.rules().list(AddressFamily.INET);
        assertThat(IpRuleShow.of(rtnl).text().lines()).containsExactly(
                "0:\tfrom all lookup local",
                "1000:\tfrom 10.1.0.0/24 to 10.9.0.0/16 lookup 100",
                "1001:\tfrom all fwmark 0x10/0xff iif veth0 lookup 100000",
                "1002:\tfrom all oif veth1 blackhole",
                "32766:\tfrom all lookup main",
                "32767:\tfrom all lookup default");
        Rule r = v4.get(2);
        assertThat(r.tableId()).isEqualTo(100000);
        assertThat(r.fwmark()).isEqualTo(0x10);
        assertThat(r.fwmask()).isEqualTo(0xff);
        assertThat(r.iifName()).isEqualTo("veth0");
        Rule v6 = rtnl.rules().list(AddressFamily.INET6).stream().filter(x -> x.preference() == 500).findFirst().orElseThrow();
        assertThat(v6.from().toString()).isEqualTo("2001:db8::/32");
        assertThat(v6.tableId()).isEqualTo(200);
        assertThat(rtnl.rules().list()).hasSize(v4.size() + rtnl.rules().list(AddressFamily.INET6).size());

        assertThatThrownBy(() -> rtnl.rules().add(RuleSpec.from("10.1.0.0/24").to("10.9.0.0/16").table(100).priority(1000)))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessageStartingWith("RTM_NEWRULE from 10.1.0.0/24 to 10.9.0.0/16 priority 1000 table 100: EEXIST");
        rtnl.rules().delete(RuleSpec.all().priority(1001));
        rtnl.rules().delete(RuleSpec.from("10.1.0.0/24").to("10.9.0.0/16").table(100));
        assertThat(rtnl.rules().list(AddressFamily.INET)).extracting(Rule::preference)
                .containsExactly(0, 1002, 32766, 32767);
        assertThatThrownBy(() -> rtnl.rules().delete(RuleSpec.all().priority(4242)))
                .isInstanceOf(NotFoundException.class).hasMessageStartingWith("RTM_DELRULE from all priority 4242: ENOENT");
        assertThatThrownBy(() -> RuleSpec.from("10.0.0.0/8").to("2001:db8::/32").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mixes families");
        assertThat(RouteTable.name(v4.get(0).tableId())).isEqualTo("local");
    }
}

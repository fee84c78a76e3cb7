package dev.jnetlink.rtnl.view.tc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.tc.ActionControl;
import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.kind.SkbeditOptions;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.tc.Basic;
import dev.jnetlink.rtnl.tc.Filters;
import dev.jnetlink.rtnl.tc.Flower;
import dev.jnetlink.rtnl.tc.Fq;
import dev.jnetlink.rtnl.tc.FqCodel;
import dev.jnetlink.rtnl.tc.Fw;
import dev.jnetlink.rtnl.tc.Gact;
import dev.jnetlink.rtnl.tc.Htb;
import dev.jnetlink.rtnl.tc.Ingress;
import dev.jnetlink.rtnl.tc.Matchall;
import dev.jnetlink.rtnl.tc.Police;
import dev.jnetlink.rtnl.tc.Sfq;
import dev.jnetlink.rtnl.tc.Skbedit;
import dev.jnetlink.rtnl.tc.TrafficControl;
import dev.jnetlink.rtnl.view.LinkNames;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The fq_codel, fq, sfq, matchall, flower, fw, basic, gact, police and skbedit views, byte for
 * byte against {@code tc -s -d ... show}, and their decoded values field by field against
 * {@code tc -j -s -d}, on one namespace that holds each kind the kernel has: made with the
 * library, and where the library has no word for a setting (fq_codel's ce_threshold_selector,
 * a port mask, packet-rate police, a classifier's own policer) with {@code tc} once the library
 * has shown the kind is there. A kind the kernel lacks is left out
 * and its test skips with the kernel's reason (this host lacks them all; the VM pass runs them,
 * strict). A peer namespace pings through the qdiscs and the ingress filters.
 */
@NetlinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TcKindViewsIT {
    private TcLab lab;
    private Rtnl rtnl;

    @BeforeAll
    void build() {
        lab = new TcLab("tckinds", "tckpeer");
        rtnl = lab.rtnl();
        var links = rtnl.links();
        links.add(Veth.pair("v1", "v1p"));
        links.add(Veth.pair("v2", "v2p"));
        links.add(Veth.pair("v3", "v3p"));
        links.add(Veth.pair("v4", "v4p"));
        for (String l : List.of("v1", "v1p", "v2", "v2p", "v3", "v3p", "v4", "v4p")) {
            links.setUp(l);
        }

        TrafficControl tc = rtnl.tc();
        lab.optional("sfq", () -> {
            tc.qdiscs().add("v0", "root", "100:", Sfq.builder().perturb(10).quantum(1514).divisor(512).build());
            tc.qdiscs().add("v1", "root", "101:", Sfq.builder().limit(100).depth(20).headdrop().redFlowLimit(40_000)
                    .redThresholds(8000, 20_000).redProbability(0.2).ecn().harddrop().build());
        });
        lab.optional("fq_codel", () -> {
            tc.qdiscs().add("v1p", "root", "102:", FqCodel.builder().limit(1000).flows(512).quantum(1514)
                    .target(Duration.ofMillis(5)).interval(Duration.ofMillis(100)).memoryLimit(32 << 20).ecn(true)
                    .ceThreshold(Duration.ofMillis(2)).dropBatch(32).build());
            lab.tc("qdisc", "add", "dev", "v2", "root", "handle", "103:", "fq_codel", "ce_threshold", "3ms",
                    "ce_threshold_selector", "0x1/0x3");
        });
        lab.optional("fq", () -> {
            tc.qdiscs().add("v2p", "root", "104:", Fq.builder().limit(1000).flowLimit(50).buckets(256).quantum(3028)
                    .initialQuantum(15140).maxRate(10_000_000).refillDelay(Duration.ofMillis(40)).build());
            lab.tc("qdisc", "add", "dev", "v3", "root", "handle", "105:", "fq", "nopacing", "horizon_cap",
                    "defrate", "1mbit", "low_rate_threshold", "550kbit", "ce_threshold", "3ms", "timer_slack",
                    "20us", "horizon", "5s", "orphan_mask", "511");
        });

        // matchall and flower filters with gact, police and skbedit under an htb: tc -j prints them as JSON
        tc.qdiscs().add("v3p", "root", "1:", Htb.qdisc().defaultClass(0x10));
        tc.classes().add("v3p", "1:", "1:10", Htb.rate(10_000_000));
        tc.classes().add("v3p", "1:", "1:20", Htb.rate(5_000_000));
        lab.optional("matchall", () -> {
            tc.filters().add("v3p", "1:", 5, Filters.IP, Matchall.all().classid("1:10")
                    .action(Gact.of(ActionControl.DROP).everyNth(ActionControl.PASS, 10)));
            tc.filters().add("v3p", "1:", 6, Filters.ALL, Matchall.all().skipHw()
                    .action(Police.rate(1_000_000, 10 * 1024).mtu(2048).peakRate(2_000_000)
                            .conformExceed(ActionControl.DROP, ActionControl.PIPE)));
            tc.filters().add("v3p", "1:", 7, Filters.IP, Matchall.all()
                    .action(Skbedit.set().priority("1:5").mark(7, 0xff).ptype(SkbeditOptions.PACKET_HOST)));
            lab.tc("filter", "add", "dev", "v3p", "parent", "1:", "protocol", "all", "prio", "8", "matchall",
                    "action", "police", "pkts_rate", "1000", "pkts_burst", "100", "action", "gact", "continue");
            lab.tc("filter", "add", "dev", "v3p", "parent", "1:", "protocol", "ip", "prio", "9", "matchall",
                    "action", "police", "rate", "50gbit", "burst", "100m", "overhead", "20", "linklayer", "atm",
                    "action", "skbedit", "queue_mapping", "0", "inheritdsfield", "pipe");
        });
        lab.optional("flower", () -> {
            tc.filters().add("v3p", "1:", 10, Filters.IP, Flower.ip().dstIp("10.0.0.0/8").srcIp("10.1.2.3/32")
                    .ipProto(Flower.TCP).dstPort(80).classid("1:10").skipHw());
            tc.filters().add("v3p", "1:", 11, Filters.IPV6, Flower.ipv6().indev("v3").dstIp("2001:db8::/64")
                    .ipProto(Flower.UDP).dstPort(53).action(Gact.of(ActionControl.PASS)));
            tc.filters().add("v3p", "1:", 12, Flower.VLAN, Flower.vlan().vlanId(10)
                    .action(Gact.of(ActionControl.DROP)));
            lab.tc("filter", "add", "dev", "v3p", "parent", "1:", "protocol", "802.1q", "prio", "13", "flower",
                    "vlan_id", "11", "vlan_prio", "3", "vlan_ethtype", "ipv4", "action", "gact", "reclassify");
            lab.tc("filter", "add", "dev", "v3p", "parent", "1:", "protocol", "ip", "prio", "14", "flower",
                    "ip_proto", "udp", "src_port", "1024/0xfc00", "classid", "1:20");
        });
        // fw and basic on a device of their own: tc -j writes their options as text, not JSON
        tc.qdiscs().add("v4", "root", "2:", Htb.qdisc().defaultClass(0x10));
        tc.classes().add("v4", "2:", "2:10", Htb.rate(10_000_000));
        lab.optional("fw", () -> {
            tc.filters().add("v4", "2:", 1, Filters.IP, Fw.mark(5).classid("2:10"));
            tc.filters().add("v4", "2:", 2, Filters.IP, Fw.mark(6, 0xff).classid("2:10").indev("v4p")
                    .action(Skbedit.set().mark(9)));
            lab.tc("filter", "add", "dev", "v4", "parent", "2:", "protocol", "ip", "prio", "3", "handle", "7",
                    "fw", "classid", "2:10", "police", "rate", "1mbit", "burst", "10k");
        });
        lab.optional("basic", () -> {
            tc.filters().add("v4", "2:", 4, Filters.IP, Basic.all().classid("2:10")
                    .action(Gact.of(ActionControl.PIPE)));
            lab.tc("filter", "add", "dev", "v4", "parent", "2:", "protocol", "ip", "prio", "5", "basic",
                    "classid", "2:10", "police", "rate", "2mbit", "burst", "20k", "mtu", "2k");
        });
        // ingress filters that the peer's pings pass through
        tc.qdiscs().add("v0", Ingress.clsact());
        lab.optional("ingress flower", () -> tc.filters().add("v0", "ingress", 1, Filters.IP,
                Flower.ip().ipProto(Flower.UDP).action(Skbedit.set().mark(9))));
        lab.optional("ingress matchall", () -> tc.filters().add("v0", "ingress", 2, Filters.IP,
                Matchall.all().action(Gact.of(ActionControl.PASS))));
        lab.ping();
    }

    @AfterAll
    void tearDown() {
        lab.close();
    }

    /** Every way of showing one device's qdiscs equals tc's. */
    private String qdiscs(String dev) {
        TcQdiscShow show = TcQdiscShow.of(rtnl).dev(dev);
        return lab.assertSameEveryWay(show, show.stats(), show.details(), show.stats().details(),
                "qdisc", "show", "dev", dev);
    }

    @Test
    void sfq() {
        lab.present("sfq");
        assertThat(qdiscs("v0")).contains("qdisc sfq 100: root refcnt 3 limit 127p quantum 1514b depth 127",
                "divisor 512 perturb 10sec");
        assertThat(qdiscs("v1")).contains("headdrop", "ewma", "min 8000b max 20000b probability 0.2 ecn harddrop");
    }

    @Test
    void fqCodel() {
        lab.present("fq_codel");
        assertThat(qdiscs("v1p")).contains("limit 1000p flows 512 quantum 1514 target 5ms ce_threshold 2ms",
                "memory_limit 32Mb ecn drop_batch 32");
        assertThat(qdiscs("v2")).contains("ce_threshold_selector 0x1/0x3");
    }

    @Test
    void fq() {
        lab.present("fq");
        assertThat(qdiscs("v2p")).contains("limit 1000p flow_limit 50p buckets 256", "maxrate 10Mbit",
                "refill_delay 40ms");
        assertThat(qdiscs("v3")).contains("orphan_mask 511 nopacing", "timer_slack 20us horizon 5s horizon_cap");
    }

    @Test
    void qdiscsDecodeAsTcJsonShowsThem() {
        lab.present("sfq", "fq_codel", "fq");
        lab.assertJsonParity("tc -j -s -d qdisc show", () -> {
            LinkNames links = LinkNames.of(rtnl);
            return rtnl.tc().qdiscs().list().stream().map(q -> TcKindJson.qdisc(q, links)).toList();
        }, "qdisc", "show");
    }

    /** Every way of showing one device's filters equals tc's. */
    private String filters(String dev) {
        TcFilterShow show = TcFilterShow.of(rtnl, dev);
        return lab.assertSameEveryWay(show, show.stats(), show.details(), show.stats().details(),
                "filter", "show", "dev", dev);
    }

    @Test
    void matchallWithGactPoliceAndSkbedit() {
        lab.present("matchall");
        assertThat(filters("v3p")).contains("matchall chain 0 handle 0x1 flowid 1:10",
                "gact action drop\n\t random type determ pass val 10",
                " police 0x1 rate 1Mbit burst 10Kb mtu 2Kb peakrate 2Mbit action drop/pipe",
                "skbedit  priority 1:5 mark 7/0xff ptype host pipe", "pkts_rate 1000 pkts_burst 100",
                "rate 50Gbit", "skbedit queue_mapping 0 inheritdsfield pipe");
    }

    @Test
    void flower() {
        lab.present("flower");
        assertThat(filters("v3p")).contains("flower chain 0 handle 0x1 classid 1:10",
                "\n  dst_ip 10.0.0.0/8\n  src_ip 10.1.2.3\n  dst_port 80\n  skip_hw", "\n  indev v3",
                "\n  dst_ip 2001:db8::/64", "\n  vlan_id 11\n  vlan_prio 3\n  vlan_ethtype ip",
                "\n  src_port 1024/0xfc00");
    }

    @Test
    void fwAndBasic() {
        lab.present("fw", "basic");
        assertThat(filters("v4")).contains("fw chain 0 handle 0x5 classid 2:10",
                "handle 0x6/0xff classid 2:10 input dev v4p", "classid 2:10  police 0x",
                "basic chain 0 handle 0x1 flowid 2:10");
    }

    @Test
    void ingressFilters() {
        lab.present("ingress flower", "ingress matchall");
        TcFilterShow show = TcFilterShow.of(rtnl, "v0").parent("ingress");
        lab.assertSameAs(show, "filter", "show", "dev", "v0", "ingress");
        lab.assertSameAs(show.stats().details(), "-s", "-d", "filter", "show", "dev", "v0", "ingress");
    }

    @Test
    void filtersDecodeAsTcJsonShowsThem() {
        lab.present("matchall", "flower", "ingress flower", "ingress matchall");
        lab.assertJsonParity("tc -j -s -d filter show dev v3p", () -> {
            LinkNames links = LinkNames.of(rtnl);
            return rtnl.tc().filters().list("v3p", "none").stream().map(f -> TcKindJson.filter(f, links, 0))
                    .toList();
        }, "filter", "show", "dev", "v3p");
        int ingress = TcHandle.INGRESS_FILTERS;
        lab.assertJsonParity("tc -j -s -d filter show dev v0 ingress", () -> {
            LinkNames links = LinkNames.of(rtnl);
            return rtnl.tc().filters().list("v0", "ingress").stream().map(f -> TcKindJson.filter(f, links, ingress))
                    .toList();
        }, "filter", "show", "dev", "v0", "ingress");
    }
}

package dev.jnetlink.rtnl.tc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcObject;
import dev.jnetlink.codec.tc.kind.FifoOptions;
import dev.jnetlink.codec.tc.kind.HtbClassOptions;
import dev.jnetlink.codec.tc.kind.HtbQdiscOptions;
import dev.jnetlink.codec.tc.kind.MirredOptions;
import dev.jnetlink.codec.tc.kind.MirredParms;
import dev.jnetlink.codec.tc.kind.NetemOptions;
import dev.jnetlink.codec.tc.kind.TbfOptions;
import dev.jnetlink.codec.tc.kind.U32Options;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.ReferenceTools;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.GenericLink;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.monitor.Change;
import dev.jnetlink.rtnl.monitor.Event;
import dev.jnetlink.rtnl.monitor.Group;
import dev.jnetlink.rtnl.monitor.Monitor;
import dev.jnetlink.rtnl.monitor.Subscription;
import dev.jnetlink.rtnl.monitor.TcEvent;
import dev.jnetlink.socket.AlreadyExistsException;
import dev.jnetlink.socket.NetlinkException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code tc qdisc/class/filter add/change/replace/del/show} on a veth pair in a named scratch
 * namespace, checked against what {@code tc -j -s -d ... show} prints for it. netem is a
 * module the host kernel lacks: that test skips there and runs in the full-kernel VM.
 */
@NetlinkTest
class TrafficControlIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Scratch(value = "tc", named = true)
    private NetNs ns;
    @Scratch("tc")
    private Rtnl rtnl;

    @BeforeEach
    void setUp() {
        rtnl.links().add(Veth.pair("v0", "v1"));
        rtnl.links().setUp("v0");
        rtnl.links().setUp("v1");
    }

    private JsonNode tc(String... args) {
        List<String> cmd = new ArrayList<>(List.of("tc", "-n", ns.name(), "-j", "-s", "-d"));
        cmd.addAll(List.of(args));
        try {
            return JSON.readTree(ReferenceTools.run(cmd.toArray(String[]::new)));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static TcObject only(List<TcObject> list, String kind) {
        List<TcObject> k = list.stream().filter(o -> kind.equals(o.kind())).toList();
        assertThat(k).as("%s in %s", kind, list).hasSize(1);
        return k.get(0);
    }

    @Test
    void htbWithClassesALeafQdiscAndAU32FilterAsTcSeesThem() {
        TrafficControl tc = rtnl.tc();
        tc.qdiscs().add("v0", "root", "1:", Htb.qdisc().defaultClass(0x10));
        tc.classes().add("v0", "1:", "1:10", Htb.rate(10_000_000).ceil(20_000_000).prio(1));
        tc.classes().add("v0", "1:", "1:20", Htb.rate(1_000_000));
        tc.qdiscs().add("v0", "1:10", "20:", Fifo.pfifo(100));
        tc.filters().add("v0", "1:", 1, Filters.IP, U32.match().ipDst("10.0.0.2/32").flowid("1:20"));

        List<TcObject> qdiscs = tc.qdiscs().list("v0");
        TcObject htb = only(qdiscs, "htb");
        assertThat(htb.handle()).isEqualTo(TcHandle.parse("1:"));
        assertThat(htb.options(HtbQdiscOptions.class).init().defaultClass()).isEqualTo(0x10);
        assertThat(htb.stats()).isNotNull();
        assertThat(only(qdiscs, "pfifo").options(FifoOptions.class).limit()).isEqualTo(100);

        JsonNode theirs = tc("qdisc", "show", "dev", "v0");
        List<String> kinds = new ArrayList<>();
        theirs.forEach(q -> kinds.add(q.get("kind").asText() + " " + q.get("handle").asText()));
        assertThat(qdiscs).extracting(q -> q.kind() + " " + TcHandle.format(q.handle()))
                .containsExactlyInAnyOrderElementsOf(kinds);

        List<TcObject> classes = tc.classes().list("v0");
        assertThat(classes).extracting(c -> TcHandle.format(c.handle())).containsExactlyInAnyOrder("1:10", "1:20");
        TcObject c10 = classes.stream().filter(c -> c.handle() == TcHandle.parse("1:10")).findFirst().orElseThrow();
        HtbClassOptions o = c10.options(HtbClassOptions.class);
        // tc 6.1 prints htb classes as text even with -j
        assertThat(o.rate()).isEqualTo(1_250_000);
        assertThat(o.ceil()).isEqualTo(2_500_000);
        assertThat(ReferenceTools.run("tc", "-n", ns.name(), "class", "show", "dev", "v0"))
                .contains("class htb 1:10 root leaf 20: prio 1 rate 10Mbit ceil 20Mbit burst 1600b cburst 1600b")
                .contains("class htb 1:20 root prio 0 rate 1Mbit ceil 1Mbit burst 1600b cburst 1600b");

        List<TcObject> filters = tc.filters().list("v0", "1:");
        TcObject node = filters.stream().filter(f -> f.options() instanceof U32Options u && u.sel() != null)
                .findFirst().orElseThrow();
        assertThat(node.options(U32Options.class).classId()).isEqualTo(TcHandle.parse("1:20"));
        assertThat(node.header().filterProtocol()).isEqualTo(Filters.IP);
        assertThat(tc("filter", "show", "dev", "v0", "parent", "1:").toString()).contains("\"flowid\":\"1:20\"");

        tc.filters().delete("v0", "1:", 1, Filters.IP);
        assertThat(tc.filters().list("v0", "1:")).isEmpty();
        tc.classes().delete("v0", "1:20");
        assertThat(tc.classes().list("v0")).hasSize(1);
        tc.qdiscs().delete("v0", "root", "1:");
        assertThat(tc.qdiscs().list("v0")).noneMatch(q -> "htb".equals(q.kind()));
    }

    @Test
    void tbfAddChangeReplaceDelete() {
        Qdiscs q = rtnl.tc().qdiscs();
        q.add("v1", "root", "1:", Tbf.latency(10_000_000, 4096, Duration.ofMillis(400)));
        assertThatThrownBy(() -> q.add("v1", "root", "1:", Tbf.latency(10_000_000, 4096, Duration.ofMillis(400))))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessageStartingWith("RTM_NEWQDISC dev v1 root handle 1: tbf: EEXIST");
        q.change("v1", "root", "1:", Tbf.latency(5_000_000, 4096, Duration.ofMillis(400)));
        assertThat(only(q.list("v1"), "tbf").options(TbfOptions.class).rate()).isEqualTo(625_000);
        assertThat(tc("qdisc", "show", "dev", "v1").get(0).get("options").get("rate").asLong()).isEqualTo(625_000);
        q.replace("v1", "root", "1:", Tbf.limit(20_000_000, 8192, 30_000));
        TbfOptions t = only(q.list("v1"), "tbf").options(TbfOptions.class);
        assertThat(t.rate()).isEqualTo(2_500_000);
        assertThat(t.parms().limit()).isEqualTo(30_000);
        q.delete("v1", "root", "1:");
        assertThat(q.list("v1")).noneMatch(x -> "tbf".equals(x.kind()));
        // the kernel's own refusal, with its extended ack
        assertThatThrownBy(() -> q.delete("v1", "root", "1:")).isInstanceOf(NetlinkException.class)
                .hasMessage("RTM_DELQDISC dev v1 root handle 1:: EINVAL (Invalid argument): Invalid handle");
    }

    @Test
    void ingressRedirectThroughIfbWithMirred() {
        rtnl.links().add(GenericLink.of("ifb", "ifb0"));
        rtnl.links().setUp("ifb0");
        TrafficControl tc = rtnl.tc();
        tc.qdiscs().add("v1", Ingress.ingress());
        tc.filters().add("v1", "ffff:", 1, Filters.ALL, U32.match().u32(0, 0, 0)
                .action(Mirred.egressRedirect("ifb0")));
        TcObject ingress = only(tc.qdiscs().list("v1"), "ingress");
        assertThat(ingress.parent()).isEqualTo(TcHandle.INGRESS);
        TcObject node = tc.filters().list("v1", "ffff:").stream()
                .filter(f -> f.options() instanceof U32Options u && u.actions() != null).findFirst().orElseThrow();
        MirredParms p = ((MirredOptions) node.options(U32Options.class).actions().get(0).options()).parms();
        assertThat(p.eaction()).isEqualTo(MirredParms.EGRESS_REDIRECT);
        assertThat(p.ifindex()).isEqualTo(rtnl.links().indexOf("ifb0"));
        assertThat(tc("filter", "show", "dev", "v1", "ingress").toString())
                .contains("\"to_dev\":\"ifb0\"").contains("\"mirred_action\":\"redirect\"");
    }

    @Test
    void netemDelayJitterLossAndSeed() {
        Qdiscs q = rtnl.tc().qdiscs();
        q.add("v0", "root", "1:", Netem.builder().delay(Duration.ofMillis(100), Duration.ofMillis(10))
                .loss(1).build());
        NetemOptions n = only(q.list("v0"), "netem").options(NetemOptions.class);
        assertThat(n.latencyNanos()).isEqualTo(100_000_000);
        assertThat(n.jitterNanos()).isEqualTo(10_000_000);
        assertThat(n.qopt().limit()).isEqualTo(1000);
        JsonNode theirs = tc("qdisc", "show", "dev", "v0").get(0).get("options");
        assertThat(theirs.get("delay").get("delay").asDouble()).isEqualTo(0.1);
        assertThat(theirs.get("loss-random").get("loss").asDouble()).isEqualTo(0.01);
    }

    @Test
    void qdiscEventsReachTheMonitor() {
        try (Subscription s = Monitor.in(ns).groups(Group.TC).open()) {
            rtnl.tc().qdiscs().add("v1", "root", "1:", Tbf.limit(10_000_000, 4096, 30_000));
            TcEvent added = next(s, e -> "tbf".equals(e.object().kind()));
            assertThat(added.change()).isEqualTo(Change.NEW);
            assertThat(added.object().options(TbfOptions.class).rate()).isEqualTo(1_250_000);
            rtnl.tc().qdiscs().delete("v1", "root", "1:");
            TcEvent deleted = next(s, e -> "tbf".equals(e.object().kind()) && e.change() == Change.DELETED);
            assertThat(deleted.object().handle()).isEqualTo(TcHandle.parse("1:"));
        }
    }

    private static TcEvent next(Subscription s, java.util.function.Predicate<TcEvent> wanted) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < end) {
            Event e = s.next(Duration.ofSeconds(1));
            if (e instanceof TcEvent t && wanted.test(t)) {
                return t;
            }
        }
        throw new AssertionError("no such tc event within 10 s");
    }

    @Test
    void badInputIsRefusedBeforeAnyRequest() {
        TrafficControl tc = rtnl.tc();
        assertThatThrownBy(() -> Htb.rate(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("htb rate must be above 0 bit/s, got 0");
        assertThatThrownBy(() -> Netem.builder().loss(101)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a probability must be 0% to 100%, got 101.0%");
        assertThatThrownBy(() -> tc.qdiscs().add("v0", "root", "1:10", Fifo.pfifo(10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a qdisc handle has no minor number: \"1:10\" (use 1:)");
        assertThatThrownBy(() -> tc.qdiscs().add("v0", "root", "ffff:", Htb.qdisc()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("handle ffff: is ingress's and clsact's, not htb's");
        assertThatThrownBy(() -> tc.qdiscs().add("v0", "1:", "12345:", Htb.qdisc()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tc handle \"12345:\": \"12345\" is more than 16 bits");
        tc.qdiscs().add("v0", "root", "1:", Tbf.limit(10_000_000, 4096, 30_000));
        assertThatThrownBy(() -> tc.classes().add("v0", "1:", "1:10", Htb.rate(1_000_000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("class 1:10 on v0: qdisc 1: is tbf, which takes no classes");
        assertThat(tc.classes().list("v0")).noneMatch(c -> c.handle() == TcHandle.parse("1:10"));
    }

    @Test
    void aSetupThatFailsHalfWayRemovesWhatItAdded() {
        TrafficControl tc = rtnl.tc();
        assertThatThrownBy(() -> tc.setup()
                .qdisc("v0", "root", "1:", Htb.qdisc().defaultClass(0x10))
                .klass("v0", "1:", "1:10", Htb.rate(10_000_000))
                .filter("v0", "5:", 1, Filters.IP, U32.match().ipDst("10.0.0.2/32").flowid("1:10"))
                .apply())
                .isInstanceOf(NetlinkException.class)
                .hasMessageStartingWith("RTM_NEWTFILTER dev v0 parent 5: protocol 0x800 prio 1 u32: ");
        assertThat(tc.qdiscs().list("v0")).noneMatch(q -> "htb".equals(q.kind()));

        try (Setup.Applied applied = tc.setup()
                .qdisc("v0", "root", "1:", Htb.qdisc().defaultClass(0x10))
                .klass("v0", "1:", "1:10", Htb.rate(10_000_000))
                .filter("v0", "1:", 1, Filters.IP, U32.match().ipDst("10.0.0.2/32").flowid("1:10"))
                .apply()) {
            assertThat(tc.filters().list("v0", "1:")).isNotEmpty();
        }
        assertThat(tc.qdiscs().list("v0")).noneMatch(q -> "htb".equals(q.kind()));
    }
}

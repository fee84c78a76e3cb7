package dev.jnetlink.rtnl.tc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jnetlink.codec.tc.Action;
import dev.jnetlink.codec.tc.ActionControl;
import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcObject;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.FqCodelOptions;
import dev.jnetlink.codec.tc.kind.BasicOptions;
import dev.jnetlink.codec.tc.kind.FlowerOptions;
import dev.jnetlink.codec.tc.kind.FqOptions;
import dev.jnetlink.codec.tc.kind.FwOptions;
import dev.jnetlink.codec.tc.kind.GactOptions;
import dev.jnetlink.codec.tc.kind.MatchallOptions;
import dev.jnetlink.codec.tc.kind.NetemDistribution;
import dev.jnetlink.codec.tc.kind.NetemOptions;
import dev.jnetlink.codec.tc.kind.PoliceOptions;
import dev.jnetlink.codec.tc.kind.SfqOptions;
import dev.jnetlink.codec.tc.kind.SkbeditOptions;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.ReferenceTools;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.socket.KernelLacksFeatureException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * fq_codel, fq, sfq, matchall, fw, flower, basic, gact, police, skbedit and netem's distribution
 * tables on a veth pair in a named scratch namespace, each installed through the specs and read
 * back through the client, field by field against what {@code tc -j -s -d ... show} (or, where
 * iproute2 6.1 prints no JSON for it, {@code tc -s -d ... show}) prints. The host kernel here
 * has none of these modules: the tests skip there with the module named and run in the
 * full-kernel VM.
 */
@NetlinkTest
class TrafficControlKindsIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Scratch(value = "tck", named = true)
    private NetNs ns;
    @Scratch("tck")
    private Rtnl rtnl;

    @BeforeEach
    void setUp() {
        rtnl.links().add(Veth.pair("v0", "v1"));
        rtnl.links().setUp("v0");
        rtnl.links().setUp("v1");
    }

    private JsonNode tcJson(String... args) {
        try {
            return JSON.readTree(tcText(prepend("-j", args)));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private String tcText(String... args) {
        List<String> cmd = new ArrayList<>(List.of("tc", "-n", ns.name(), "-s", "-d"));
        cmd.addAll(List.of(args));
        return ReferenceTools.run(cmd.toArray(String[]::new));
    }

    private static String[] prepend(String first, String... rest) {
        String[] out = new String[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    private static TcObject only(List<TcObject> list, String kind) {
        List<TcObject> k = list.stream().filter(o -> kind.equals(o.kind())).toList();
        assertThat(k).as("%s in %s", kind, list).hasSize(1);
        return k.get(0);
    }

    private static JsonNode qdiscJson(JsonNode all, String kind) {
        for (JsonNode q : all) {
            if (kind.equals(q.get("kind").asText())) {
                return q.get("options");
            }
        }
        throw new AssertionError("no " + kind + " in " + all);
    }

    /** The filter entries of {@code tc -j filter show} with options (not the per-priority heads). */
    private static JsonNode filterJson(JsonNode all, String kind) {
        for (JsonNode f : all) {
            if (kind.equals(f.path("kind").asText()) && f.has("options")) {
                return f.get("options");
            }
        }
        throw new AssertionError("no " + kind + " filter with options in " + all);
    }

    private static TcObject filterOf(List<TcObject> list, String kind) {
        return list.stream().filter(f -> kind.equals(f.kind()) && f.options() != null).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " filter with options in " + list));
    }

    private static <T extends TcOptions> T firstAction(List<Action> actions, Class<T> type) {
        assertThat(actions).isNotNull().hasSize(1);
        return type.cast(actions.get(0).options());
    }

    @Test
    void fqCodelAsTcSeesIt() {
        Qdiscs q = rtnl.tc().qdiscs();
        q.add("v0", "root", "1:", FqCodel.builder().limit(2000).flows(512).quantum(1000)
                .target(Duration.ofMillis(10)).interval(Duration.ofMillis(200)).ecn(true)
                .ceThreshold(Duration.ofMillis(2)).memoryLimit(16_777_216).dropBatch(32).build());
        FqCodelOptions o = only(q.list("v0"), "fq_codel").options(FqCodelOptions.class);
        assertThat(o.limit()).isEqualTo(2000);
        // the kernel keeps codel's times in 1024 ns units: 10ms reads back as 9999 us, in tc too
        assertThat(o.target()).isBetween(9_990, 10_000);
        JsonNode theirs = qdiscJson(tcJson("qdisc", "show", "dev", "v0"), "fq_codel");
        assertThat(theirs.get("limit").asLong()).isEqualTo((long) o.limit());
        assertThat(theirs.get("flows").asLong()).isEqualTo((long) o.flows()).isEqualTo(512);
        assertThat(theirs.get("quantum").asLong()).isEqualTo((long) o.quantum()).isEqualTo(1000);
        assertThat(theirs.get("target").asLong()).isEqualTo((long) o.target());
        assertThat(theirs.get("interval").asLong()).isEqualTo((long) o.interval());
        assertThat(theirs.get("ce_threshold").asLong()).isEqualTo((long) o.ceThreshold());
        assertThat(theirs.get("memory_limit").asLong()).isEqualTo((long) o.memoryLimit()).isEqualTo(16_777_216);
        assertThat(theirs.get("drop_batch").asLong()).isEqualTo((long) o.dropBatchSize()).isEqualTo(32);
        assertThat(theirs.path("ecn").asBoolean()).isEqualTo(o.ecn() == 1).isTrue();

        q.change("v0", "root", "1:", FqCodel.builder().limit(500).ecn(false).build());
        FqCodelOptions changed = only(q.list("v0"), "fq_codel").options(FqCodelOptions.class);
        assertThat(changed.limit()).isEqualTo(500);
        assertThat(changed.ecn()).isZero();
        assertThat(qdiscJson(tcJson("qdisc", "show", "dev", "v0"), "fq_codel").has("ecn")).isFalse();
        q.delete("v0", "root", "1:");
        assertThat(q.list("v0")).noneMatch(x -> "fq_codel".equals(x.kind()));
    }

    @Test
    void fqAsTcSeesIt() {
        Qdiscs q = rtnl.tc().qdiscs();
        q.add("v0", "root", "1:", Fq.builder().limit(5000).flowLimit(50).quantum(3028).initialQuantum(15140)
                .maxRate(100_000_000).buckets(2048).refillDelay(Duration.ofMillis(40)).pacing(false).build());
        FqOptions o = only(q.list("v0"), "fq").options(FqOptions.class);
        assertThat(o.flowMaxRate()).isEqualTo(12_500_000);
        assertThat(o.bucketsLog()).isEqualTo(11);
        JsonNode theirs = qdiscJson(tcJson("qdisc", "show", "dev", "v0"), "fq");
        assertThat(theirs.get("limit").asLong()).isEqualTo((long) o.plimit()).isEqualTo(5000);
        assertThat(theirs.get("flow_limit").asLong()).isEqualTo((long) o.flowPlimit()).isEqualTo(50);
        assertThat(theirs.get("buckets").asLong()).isEqualTo(1L << o.bucketsLog());
        assertThat(theirs.get("quantum").asLong()).isEqualTo((long) o.quantum()).isEqualTo(3028);
        assertThat(theirs.get("initial_quantum").asLong()).isEqualTo((long) o.initialQuantum()).isEqualTo(15140);
        assertThat(theirs.get("maxrate").asLong()).isEqualTo((long) o.flowMaxRate());
        assertThat(theirs.get("refill_delay").asLong()).isEqualTo((long) o.flowRefillDelay()).isEqualTo(40_000);
        assertThat(theirs.get("orphan_mask").asLong()).isEqualTo((long) o.orphanMask());
        assertThat(theirs.get("pacing").asBoolean()).isEqualTo(o.rateEnable() == 1).isFalse();
    }

    @Test
    void sfqAsTcSeesIt() {
        Qdiscs q = rtnl.tc().qdiscs();
        q.add("v0", "root", "1:", Sfq.builder().perturb(10).quantum(1514).limit(127).flows(128)
                .divisor(1024).depth(64).headdrop().build());
        SfqOptions o = only(q.list("v0"), "sfq").options(SfqOptions.class);
        assertThat(o.divisor()).isEqualTo(1024);
        JsonNode theirs = qdiscJson(tcJson("qdisc", "show", "dev", "v0"), "sfq");
        assertThat(theirs.get("limit").asLong()).isEqualTo((long) o.limit());
        assertThat(theirs.get("quantum").asLong()).isEqualTo((long) o.quantum()).isEqualTo(1514);
        assertThat(theirs.get("depth").asLong()).isEqualTo((long) o.depth()).isEqualTo(64);
        assertThat(theirs.get("headdrop").asBoolean()).isEqualTo(o.headdrop() == 1).isTrue();
        assertThat(theirs.get("flows").asLong()).isEqualTo((long) o.flows());
        assertThat(theirs.get("divisor").asLong()).isEqualTo((long) o.divisor());
        assertThat(theirs.get("perturb").asLong()).isEqualTo((long) o.perturbPeriod()).isEqualTo(10);
    }

    @Test
    void matchallWithGactOnClsactIngressAsTcSeesIt() {
        TrafficControl tc = rtnl.tc();
        tc.qdiscs().add("v1", Ingress.clsact());
        tc.filters().add("v1", "ingress", 1, Filters.ALL, Matchall.all().skipHw()
                .action(Gact.of(ActionControl.DROP).everyNth(ActionControl.PASS, 10)));
        TcObject f = filterOf(tc.filters().list("v1", "ingress"), "matchall");
        MatchallOptions m = f.options(MatchallOptions.class);
        assertThat(m.flags() & MatchallOptions.SKIP_HW).isEqualTo(MatchallOptions.SKIP_HW);
        GactOptions g = firstAction(m.actions(), GactOptions.class);
        assertThat(g.parms().action()).isEqualTo(ActionControl.DROP.value());
        assertThat(g.prob()).isEqualTo(new GactOptions.Prob(GactOptions.Prob.DETERM, 10, ActionControl.PASS.value()));

        JsonNode theirs = filterJson(tcJson("filter", "show", "dev", "v1", "ingress"), "matchall");
        assertThat(theirs.get("handle").asLong()).isEqualTo(Integer.toUnsignedLong(f.handle()));
        assertThat(theirs.get("skip_hw").asBoolean()).isTrue();
        JsonNode action = theirs.get("actions").get(0);
        assertThat(action.get("order").asInt()).isEqualTo(m.actions().get(0).order());
        assertThat(action.get("kind").asText()).isEqualTo(m.actions().get(0).kind()).isEqualTo("gact");
        assertThat(action.get("control_action").get("type").asText())
                .isEqualTo(ActionControl.of(g.parms().action()).tcName());
        assertThat(action.get("prob").get("random_type").asText()).isEqualTo("determ");
        assertThat(action.get("prob").get("control_action").get("type").asText())
                .isEqualTo(ActionControl.of(g.prob().paction()).tcName());
        assertThat(action.get("prob").get("val").asInt()).isEqualTo(g.prob().pval());
        assertThat(action.get("index").asLong()).isEqualTo(g.parms().index());
    }

    @Test
    void skbeditOnClsactEgressAsTcSeesIt() {
        TrafficControl tc = rtnl.tc();
        tc.qdiscs().add("v0", Ingress.clsact());
        tc.filters().add("v0", "egress", 1, Filters.ALL, Matchall.all().classid("1:10").action(Skbedit.set()
                .priority("1:10").mark(5, 0xff).queueMapping(0).ptype(SkbeditOptions.PACKET_HOST)));
        MatchallOptions m = filterOf(tc.filters().list("v0", "egress"), "matchall").options(MatchallOptions.class);
        assertThat(m.classId()).isEqualTo(TcHandle.parse("1:10"));
        SkbeditOptions s = firstAction(m.actions(), SkbeditOptions.class);
        assertThat(s.parms().action()).isEqualTo(ActionControl.PIPE.value());

        JsonNode theirs = filterJson(tcJson("filter", "show", "dev", "v0", "egress"), "matchall");
        assertThat(theirs.get("flowid").asText()).isEqualTo(TcHandle.format(m.classId()));
        JsonNode action = theirs.get("actions").get(0);
        assertThat(action.get("kind").asText()).isEqualTo("skbedit");
        assertThat(action.get("priority").asText()).isEqualTo(TcHandle.format(s.priority())).isEqualTo("1:10");
        assertThat(action.get("mark").asLong()).isEqualTo((long) s.mark()).isEqualTo(5);
        assertThat(hex(action.get("mask").asText())).isEqualTo((long) s.mask()).isEqualTo(0xff);
        assertThat(action.get("queue_mapping").asInt()).isEqualTo(s.queueMapping()).isZero();
        assertThat(action.get("ptype").asText()).isEqualTo("host");
        assertThat(action.get("control_action").get("type").asText()).isEqualTo("pipe");
    }

    @Test
    void flowerAsTcSeesIt() {
        TrafficControl tc = rtnl.tc();
        tc.qdiscs().add("v1", Ingress.clsact());
        Flower spec = Flower.ip().ipProto(Flower.TCP).dstIp("10.0.0.0/24").srcIp("10.1.2.3").dstPort(80)
                .skipHw().action(Gact.of(ActionControl.DROP));
        assertThatThrownBy(() -> tc.filters().add("v1", "ingress", 1, Filters.IPV6, spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("flower filter built for protocol 0x800 added as protocol 0x86dd");
        tc.filters().add("v1", "ingress", 1, Filters.IP, spec);
        FlowerOptions o = filterOf(tc.filters().list("v1", "ingress"), "flower").options(FlowerOptions.class);
        assertThat(o.ethType()).isEqualTo(Filters.IP);
        assertThat(o.ipProto()).isEqualTo(Flower.TCP);
        assertThat(o.tcpDst()).isEqualTo(80);
        assertThat(o.tcpDstMask()).isEqualTo(0xffff);
        assertThat(o.ipv4DstMask().getHostAddress()).isEqualTo("255.255.255.0");
        assertThat(firstAction(o.actions(), GactOptions.class).parms().action()).isEqualTo(ActionControl.DROP.value());

        JsonNode theirs = filterJson(tcJson("filter", "show", "dev", "v1", "ingress"), "flower");
        JsonNode keys = theirs.get("keys");
        assertThat(keys.get("eth_type").asText()).isEqualTo("ipv4");
        assertThat(keys.get("ip_proto").asText()).isEqualTo("tcp");
        assertThat(keys.get("dst_ip").asText()).isEqualTo(o.ipv4Dst().getHostAddress() + "/"
                + prefixLength(o.ipv4DstMask()));
        assertThat(keys.get("src_ip").asText()).isEqualTo(o.ipv4Src().getHostAddress());
        assertThat(prefixLength(o.ipv4SrcMask())).isEqualTo(32);
        assertThat(keys.get("dst_port").asInt()).isEqualTo(o.tcpDst());
        assertThat(theirs.get("skip_hw").asBoolean()).isEqualTo((o.flags() & MatchallOptions.SKIP_HW) != 0).isTrue();
        assertThat(theirs.get("actions").get(0).get("control_action").get("type").asText()).isEqualTo("drop");
    }

    /** A number {@code tc} prints with {@code print_hex}, with or without {@code 0x}. */
    private static long hex(String text) {
        return Long.parseLong(text.startsWith("0x") ? text.substring(2) : text, 16);
    }

    private static int prefixLength(java.net.InetAddress mask) {
        int n = 0;
        for (byte b : mask.getAddress()) {
            n += Integer.bitCount(b & 0xff);
        }
        return n;
    }

    @Test
    void policeAsTcPrintsIt() {
        TrafficControl tc = rtnl.tc();
        tc.qdiscs().add("v1", Ingress.clsact());
        tc.filters().add("v1", "ingress", 1, Filters.IP, Matchall.all().action(
                Police.rate(1_000_000, 10 * 1024).mtu(2048).conformExceed(ActionControl.DROP, ActionControl.PIPE)));
        tc.filters().add("v1", "ingress", 2, Filters.IPV6, Matchall.all().action(
                Police.rate(50_000_000_000L, 1024 * 1024).conformExceed(ActionControl.DROP, ActionControl.PASS)));
        List<TcObject> filters = tc.filters().list("v1", "ingress").stream()
                .filter(f -> f.options() instanceof MatchallOptions).toList();
        assertThat(filters).hasSize(2);
        PoliceOptions slow = firstAction(filters.get(0).options(MatchallOptions.class).actions(), PoliceOptions.class);
        PoliceOptions fast = firstAction(filters.get(1).options(MatchallOptions.class).actions(), PoliceOptions.class);
        assertThat(slow.rate()).isEqualTo(125_000);
        assertThat(slow.tbf().mtu()).isEqualTo(2048);
        assertThat(slow.tbf().action()).isEqualTo(ActionControl.DROP.value());
        assertThat(slow.result()).isEqualTo(ActionControl.PIPE.value());
        assertThat(fast.rate64()).isEqualTo(6_250_000_000L);
        assertThat(fast.result()).isNull();
        // iproute2 6.1 prints a police action's rate, burst and verdicts as text only
        String theirs = tcText("filter", "show", "dev", "v1", "ingress");
        assertThat(theirs).contains("rate 1Mbit burst 10Kb mtu 2Kb action drop/pipe")
                .contains("rate 50Gbit ");
    }

    @Test
    void fwUnderHtbAsTcPrintsIt() {
        TrafficControl tc = rtnl.tc();
        tc.qdiscs().add("v0", "root", "1:", Htb.qdisc().defaultClass(0x10));
        tc.classes().add("v0", "1:", "1:10", Htb.rate(10_000_000));
        tc.filters().add("v0", "1:", 4, Filters.IP, Fw.mark(5, 0xff).classid("1:10"));
        TcObject f = filterOf(tc.filters().list("v0", "1:"), "fw");
        assertThat(f.handle()).isEqualTo(5);
        FwOptions o = f.options(FwOptions.class);
        assertThat(o.mask()).isEqualTo(0xff);
        assertThat(o.classId()).isEqualTo(TcHandle.parse("1:10"));
        // iproute2 6.1's fw prints no JSON
        assertThat(tcText("filter", "show", "dev", "v0", "parent", "1:"))
                .contains("handle 0x" + Integer.toHexString(f.handle()) + "/0x" + Integer.toHexString(o.mask())
                        + " classid " + TcHandle.format(o.classId()));
    }

    @Test
    void basicUnderHtbAsTcSeesIt() {
        TrafficControl tc = rtnl.tc();
        tc.qdiscs().add("v0", "root", "1:", Htb.qdisc().defaultClass(0x10));
        tc.classes().add("v0", "1:", "1:10", Htb.rate(10_000_000));
        tc.filters().add("v0", "1:", 9, Filters.IP, Basic.all().classid("1:10").action(Gact.of(ActionControl.PASS)));
        TcObject f = filterOf(tc.filters().list("v0", "1:"), "basic");
        BasicOptions o = f.options(BasicOptions.class);
        assertThat(o.classId()).isEqualTo(TcHandle.parse("1:10"));
        assertThat(firstAction(o.actions(), GactOptions.class).parms().action()).isEqualTo(ActionControl.PASS.value());
        JsonNode theirs = filterJson(tcJson("filter", "show", "dev", "v0", "parent", "1:"), "basic");
        assertThat(hex(theirs.get("handle").asText())).isEqualTo(Integer.toUnsignedLong(f.handle()));
        assertThat(theirs.get("flowid").asText()).isEqualTo(TcHandle.format(o.classId()));
        assertThat(theirs.get("actions").get(0).get("kind").asText()).isEqualTo("gact");
    }

    @Test
    void netemWithAGeneratedDistributionTable() {
        Qdiscs q = rtnl.tc().qdiscs();
        q.add("v0", "root", "1:", Netem.builder().delay(Duration.ofMillis(100), Duration.ofMillis(10))
                .distribution(NetemDistribution.PARETO).build());
        NetemOptions n = only(q.list("v0"), "netem").options(NetemOptions.class);
        assertThat(n.latencyNanos()).isEqualTo(100_000_000);
        assertThat(n.jitterNanos()).isEqualTo(10_000_000);
        JsonNode theirs = qdiscJson(tcJson("qdisc", "show", "dev", "v0"), "netem");
        assertThat(theirs.get("delay").get("delay").asDouble()).isEqualTo(0.1);
        assertThat(theirs.get("delay").get("jitter").asDouble()).isEqualTo(0.01);
    }

    @Test
    void aMissingKindIsKernelLacksFeatureNamingItsModule() {
        TrafficControl tc = rtnl.tc();
        QdiscSpec noQdisc = new QdiscSpec() {
            @Override
            public String kind() {
                return "jnlnoq";
            }

            @Override
            public TcOptions options() {
                return null;
            }
        };
        assertThatThrownBy(() -> tc.qdiscs().add("v0", "root", "1:", noQdisc))
                .isInstanceOf(KernelLacksFeatureException.class)
                .hasMessageContaining("this kernel lacks qdisc jnlnoq (sch_jnlnoq)");
        tc.qdiscs().add("v0", "root", "1:", Htb.qdisc());
        assertThatThrownBy(() -> tc.filters().add("v0", "1:", 1, Filters.ALL, filter("jnlnocls")))
                .isInstanceOf(KernelLacksFeatureException.class)
                .hasMessageContaining("this kernel lacks classifier jnlnocls (cls_jnlnocls)");
        // u32 is in both kernels; the action is in neither
        assertThatThrownBy(() -> tc.filters().add("v0", "1:", 1, Filters.ALL, U32.match().action(action("jnlnoact"))))
                .isInstanceOf(KernelLacksFeatureException.class)
                .hasMessageContaining("this kernel lacks action jnlnoact (act_jnlnoact)");
    }

    private static FilterSpec filter(String kind) {
        return new FilterSpec() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public TcOptions options(ToIntFunction<String> ifindex) {
                return null;
            }
        };
    }

    private static ActionSpec action(String kind) {
        return new ActionSpec() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public TcOptions options(ToIntFunction<String> ifindex) {
                return null;
            }
        };
    }
}

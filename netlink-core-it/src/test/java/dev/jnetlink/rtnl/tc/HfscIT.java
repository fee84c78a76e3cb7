package dev.jnetlink.rtnl.tc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcObject;
import dev.jnetlink.codec.tc.kind.HfscClassOptions;
import dev.jnetlink.codec.tc.kind.HfscCurve;
import dev.jnetlink.codec.tc.kind.HfscQdiscOptions;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.view.tc.TcClassShow;
import dev.jnetlink.rtnl.view.tc.TcQdiscShow;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An hfsc tree made through the specs, read back through the client and printed by the views,
 * against {@code tc -s -d qdisc/class show} (iproute2 6.1 prints hfsc only as text: its
 * {@code q_hfsc.c} writes no JSON). The host kernel lacks sch_hfsc: the test skips there with
 * that reason and runs in the full-kernel VM, strict.
 */
@NetlinkTest
class HfscIT {
    @Scratch(value = "hfsc", named = true)
    private NetNs ns;
    @Scratch("hfsc")
    private Rtnl rtnl;

    private static HfscClassOptions curves(List<TcObject> classes, String id) {
        int handle = TcHandle.parse(id);
        return classes.stream().filter(c -> c.handle() == handle).findFirst()
                .orElseThrow(() -> new AssertionError("no class " + id + " in " + classes))
                .options(HfscClassOptions.class);
    }

    // the kernel keeps a curve as scaled slopes and gives back what they round to
    private static void near(HfscCurve c, long m1, long d, long m2) {
        assertThat(c).isNotNull();
        assertThat((double) c.m1()).isCloseTo(m1, within(m1 / 1000.0 + 1));
        assertThat((double) c.d()).isCloseTo(d, within(d / 1000.0 + 1));
        assertThat((double) c.m2()).isCloseTo(m2, within(m2 / 1000.0 + 1));
    }

    @Test
    void treeOfCurvesAsTcShowsIt() {
        rtnl.links().add(Veth.pair("v0", "v1"));
        rtnl.links().setUp("v0");
        rtnl.links().setUp("v1");
        TrafficControl tc = rtnl.tc();
        tc.qdiscs().add("v0", "root", "1:", Hfsc.qdisc().defaultClass(0x10));
        tc.classes().add("v0", "1:", "1:1", Hfsc.classBuilder().sc(Hfsc.Curve.rate(100_000_000)).build());
        tc.classes().add("v0", "1:1", "1:10", Hfsc.classBuilder().sc(Hfsc.Curve.rate(10_000_000))
                .ul(Hfsc.Curve.rate(20_000_000)).build());
        tc.classes().add("v0", "1:1", "1:20", Hfsc.classBuilder()
                .rt(Hfsc.Curve.of(20_000_000, Duration.ofMillis(10), 5_000_000))
                .ls(Hfsc.Curve.rate(8_000_000)).ul(Hfsc.Curve.rate(30_000_000)).build());

        TcObject q = tc.qdiscs().list("v0").stream().filter(o -> "hfsc".equals(o.kind())).findFirst().orElseThrow();
        assertThat(q.options(HfscQdiscOptions.class).defaultClass()).isEqualTo(0x10);
        List<TcObject> classes = tc.classes().list("v0");
        assertThat(classes).extracting(TcObject::kind).containsOnly("hfsc");
        assertThat(classes).extracting(c -> TcHandle.format(c.handle())).contains("1:", "1:1", "1:10", "1:20");
        HfscClassOptions ten = curves(classes, "1:10");
        assertThat(ten.realTime()).isEqualTo(ten.linkShare());
        near(ten.realTime(), 0, 0, 1_250_000);
        near(ten.upperLimit(), 0, 0, 2_500_000);
        HfscClassOptions twenty = curves(classes, "1:20");
        near(twenty.realTime(), 2_500_000, 10_000, 625_000);
        near(twenty.linkShare(), 0, 0, 1_000_000);
        near(twenty.upperLimit(), 0, 0, 3_750_000);

        TcTool.assertSameAs(ns, TcQdiscShow.of(rtnl).dev("v0"), "qdisc", "show", "dev", "v0");
        TcTool.assertSameAs(ns, TcQdiscShow.of(rtnl).dev("v0").stats().details(),
                "-s", "-d", "qdisc", "show", "dev", "v0");
        TcTool.assertSameAs(ns, TcClassShow.of(rtnl, "v0"), "class", "show", "dev", "v0");
        TcTool.assertSameAs(ns, TcClassShow.of(rtnl, "v0").stats().details(),
                "-s", "-d", "class", "show", "dev", "v0");
        assertThat(TcClassShow.of(rtnl, "v0").text()).contains("class hfsc 1:10 parent 1:1 sc m1 0bit d 0us m2 10Mbit ul ");

        tc.classes().delete("v0", "1:20");
        assertThat(tc.classes().list("v0")).extracting(c -> TcHandle.format(c.handle())).doesNotContain("1:20");
        tc.qdiscs().delete("v0", "root", "1:");
        assertThat(tc.qdiscs().list("v0")).extracting(TcObject::kind).doesNotContain("hfsc");
    }
}

package dev.jnetlink.rtnl.tc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.HfscClassOptions;
import dev.jnetlink.codec.tc.kind.HfscCurve;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * hfsc's specs build {@code tc}'s requests byte for byte and the captured requests decode to
 * the specs' options; each case is the command line in the golden file's header (iproute2 6.1;
 * the host kernel lacks sch_hfsc and refused them after the capture, where v0 had index 2).
 */
class HfscRequestGoldenTest {
    private static final int V0 = 2;

    private static void request(String file, int type, int parent, int handle, String kind, TcOptions options) {
        TcKindsRequestGoldenTest.request(file, type, V0, parent, handle, 0, kind, options);
    }

    private static void refused(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void qdiscWithDefaultClassAsTc() {
        // tc qdisc add dev v0 root handle 1: hfsc default 10
        QdiscSpec s = Hfsc.qdisc().defaultClass(0x10);
        request("qdisc-hfsc-add", Rtm.NEWQDISC, TcHandle.ROOT, TcHandle.parse("1:"), s.kind(), s.options());
    }

    @Test
    void classWithScAndUlAsTc() {
        // tc class add dev v0 parent 1: classid 1:10 hfsc sc rate 10mbit ul rate 20mbit
        ClassSpec s = Hfsc.classBuilder().sc(Hfsc.Curve.rate(10_000_000)).ul(Hfsc.Curve.rate(20_000_000)).build();
        request("class-hfsc-add", Rtm.NEWTCLASS, TcHandle.parse("1:"), TcHandle.parse("1:10"), s.kind(), s.options());
        HfscClassOptions o = (HfscClassOptions) s.options();
        assertThat(o.realTime()).isEqualTo(new HfscCurve(0, 0, 1_250_000)).isEqualTo(o.linkShare());
        assertThat(o.upperLimit()).isEqualTo(new HfscCurve(0, 0, 2_500_000));
    }

    @Test
    void classWithThreeCurvesAsTc() {
        // tc class add dev v0 parent 1: classid 1:20 hfsc rt m1 20mbit d 10ms m2 5mbit ls m2 8mbit
        // ul m2 30mbit
        ClassSpec s = Hfsc.classBuilder()
                .rt(Hfsc.Curve.of(20_000_000, Duration.ofMillis(10), 5_000_000))
                .ls(Hfsc.Curve.rate(8_000_000))
                .ul(Hfsc.Curve.rate(30_000_000)).build();
        request("class-hfsc-curves-add", Rtm.NEWTCLASS, TcHandle.parse("1:"), TcHandle.parse("1:20"), s.kind(),
                s.options());
    }

    @Test
    void curvesByUmaxDmaxRateAsTc() {
        // tc class add dev v0 parent 1: classid 1:30 hfsc rt umax 1500b dmax 10ms rate 1mbit ls umax 1500b
        // dmax 30ms rate 10mbit
        ClassSpec s = Hfsc.classBuilder()
                .rt(Hfsc.Curve.umax(1500, Duration.ofMillis(10), 1_000_000))
                .ls(Hfsc.Curve.umax(1500, Duration.ofMillis(30), 10_000_000)).build();
        request("class-hfsc-umax-add", Rtm.NEWTCLASS, TcHandle.parse("1:"), TcHandle.parse("1:30"), s.kind(),
                s.options());
        HfscClassOptions o = (HfscClassOptions) s.options();
        assertThat(o.realTime()).isEqualTo(new HfscCurve(150_000, 10_000, 125_000));
        assertThat(o.linkShare()).isEqualTo(new HfscCurve(0, 28_800, 1_250_000));
    }

    @Test
    void refusesWhatTcOrTheKernelWould() {
        refused(() -> Hfsc.classBuilder().build(),
                "hfsc class needs rt, ls or sc: the kernel refuses a class without a real-time or link-sharing curve");
        refused(() -> Hfsc.classBuilder().rt(Hfsc.Curve.rate(1_000_000)).ul(Hfsc.Curve.rate(2_000_000)).build(),
                "hfsc ul needs ls or sc: an upper limit caps link sharing, and a class without a link-sharing"
                        + " curve has none to cap");
        refused(() -> Hfsc.Curve.rate(0), "hfsc curve m2 must be above 0 bit/s, got 0");
        refused(() -> Hfsc.Curve.rate(40_000_000_000L), "hfsc curve m2 must be at most 4294967295 bytes/s"
                + " (34359738360 bit/s): tc_service_curve holds 32 bits, got 40000000000 bit/s");
        refused(() -> Hfsc.Curve.of(20_000_000, Duration.ZERO, 5_000_000), "hfsc curve d must be 1us to"
                + " 4294967295us, got PT0S: a first slope m1 without a length d has no effect, use rate");
        refused(() -> new Hfsc.Curve(2_500_000, 0, 625_000),
                "hfsc curve m1 needs a length d: without one the kernel ignores the first slope");
        refused(() -> new Hfsc.Curve(0, 10_000, 0), "hfsc curve has two zero slopes");
        refused(() -> Hfsc.Curve.umax(0, Duration.ofMillis(10), 1_000_000),
                "hfsc curve umax must be 1 to 4294967295 bytes, got 0");
        refused(() -> Hfsc.Curve.umax(1500, Duration.ZERO, 1_000_000),
                "hfsc curve dmax must be 1us to 4294967295us, got PT0S");
        refused(() -> Hfsc.qdisc().defaultClass(0x10000), "hfsc default class is a 16-bit minor above 0, got 0x10000");
    }
}

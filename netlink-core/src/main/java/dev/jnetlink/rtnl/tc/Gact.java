package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.tc.ActionControl;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.GactOptions;
import dev.jnetlink.codec.tc.kind.TcGen;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * The generic action, a verdict: {@code action gact CONTROL [random (netrand | determ) CONTROL
 * VAL]} (CONTROL: {@code pass}, {@code drop}, {@code pipe}, {@code reclassify},
 * {@code continue}, ...). The request is what iproute2 6.1's {@code m_gact.c} sends.
 */
public final class Gact implements ActionSpec {
    /** The largest {@code VAL} {@code tc} accepts. */
    public static final int MAX_VAL = 10000;
    private final ActionControl control;
    private final GactOptions.Prob prob;

    private Gact(ActionControl control, GactOptions.Prob prob) {
        this.control = Objects.requireNonNull(control, "control");
        this.prob = prob;
    }

    /** @param control the verdict ({@code action gact drop}) @return the action */
    public static Gact of(ActionControl control) {
        return new Gact(control, null);
    }

    /**
     * @param other the verdict taken instead, at random
     * @param oneIn it is taken with probability 1/{@code oneIn}, 1 to 10000
     *     ({@code action gact pass random netrand drop 10})
     * @return a copy of this action
     */
    public Gact randomly(ActionControl other, int oneIn) {
        return new Gact(control, prob(GactOptions.Prob.NETRAND, other, oneIn));
    }

    /**
     * @param other the verdict taken instead every {@code n}-th packet
     * @param n 1 to 10000 ({@code action gact drop random determ pass 10})
     * @return a copy of this action
     */
    public Gact everyNth(ActionControl other, int n) {
        return new Gact(control, prob(GactOptions.Prob.DETERM, other, n));
    }

    private static GactOptions.Prob prob(int type, ActionControl other, int val) {
        Objects.requireNonNull(other, "other");
        if (val < 1 || val > MAX_VAL) {
            throw new IllegalArgumentException("gact random value must be 1 to 10000, got " + val);
        }
        return new GactOptions.Prob(type, val, other.value());
    }

    @Override
    public String kind() {
        return "gact";
    }

    @Override
    public TcOptions options(ToIntFunction<String> ifindex) {
        return new GactOptions(TcGen.of(control.value()), prob, null, List.of());
    }

    @Override
    public String toString() {
        return "gact " + control.tcName() + (prob == null ? "" : " random "
                + (prob.ptype() == GactOptions.Prob.NETRAND ? "netrand " : "determ ")
                + ActionControl.of(prob.paction()).tcName() + " " + prob.pval());
    }
}

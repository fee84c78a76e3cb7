package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.MirredOptions;
import dev.jnetlink.codec.tc.kind.MirredParms;
import dev.jnetlink.rtnl.InterfaceNames;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The mirred action: {@code action mirred (egress|ingress) (redirect|mirror) dev DEV}. A
 * redirect ends the packet's way here ({@code TC_ACT_STOLEN}); a mirror sends a copy and lets
 * it go on ({@code TC_ACT_PIPE}), as {@code tc}'s defaults are.
 */
public final class Mirred implements ActionSpec {
    private final int eaction;
    private final String device;

    private Mirred(int eaction, String device) {
        InterfaceNames.validate(device);
        this.eaction = eaction;
        this.device = device;
    }

    /** @param device the target ({@code action mirred egress redirect dev DEV}) @return the action */
    public static Mirred egressRedirect(String device) {
        return new Mirred(MirredParms.EGRESS_REDIRECT, device);
    }

    /** @param device the target ({@code action mirred egress mirror dev DEV}) @return the action */
    public static Mirred egressMirror(String device) {
        return new Mirred(MirredParms.EGRESS_MIRROR, device);
    }

    /** @param device the target ({@code action mirred ingress redirect dev DEV}) @return the action */
    public static Mirred ingressRedirect(String device) {
        return new Mirred(MirredParms.INGRESS_REDIRECT, device);
    }

    /** @param device the target ({@code action mirred ingress mirror dev DEV}) @return the action */
    public static Mirred ingressMirror(String device) {
        return new Mirred(MirredParms.INGRESS_MIRROR, device);
    }

    @Override
    public String kind() {
        return "mirred";
    }

    @Override
    public TcOptions options(ToIntFunction<String> ifindex) {
        boolean redirect = eaction == MirredParms.EGRESS_REDIRECT || eaction == MirredParms.INGRESS_REDIRECT;
        return new MirredOptions(new MirredParms(0, 0, redirect ? MirredParms.ACT_STOLEN
                : MirredParms.ACT_PIPE, 0, 0, eaction, ifindex.applyAsInt(device)), null, null, List.of());
    }

    @Override
    public String toString() {
        return "mirred " + switch (eaction) {
            case MirredParms.EGRESS_REDIRECT -> "egress redirect";
            case MirredParms.EGRESS_MIRROR -> "egress mirror";
            case MirredParms.INGRESS_REDIRECT -> "ingress redirect";
            default -> "ingress mirror";
        } + " dev " + device;
    }
}

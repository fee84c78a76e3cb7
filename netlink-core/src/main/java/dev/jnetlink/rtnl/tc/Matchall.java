package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.MatchallOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The matchall classifier, every packet matches: {@code tc filter add ... matchall [classid
 * CLASSID] [skip_hw | skip_sw] [action ...]}. The request is what iproute2 6.1's
 * {@code f_matchall.c} sends; with nothing set, no options at all.
 */
public final class Matchall implements FilterSpec {
    private Integer classId;
    private int flags;
    private final List<ActionSpec> actions = new ArrayList<>();

    private Matchall() {
    }

    /** @return a filter matching every packet ({@code matchall}) */
    public static Matchall all() {
        return new Matchall();
    }

    /** @param classId the class packets go to ({@code classid 1:10}) @return this filter */
    public Matchall classid(String classId) {
        this.classId = TcHandle.parse(classId);
        return this;
    }

    /** @param action an action to run on every packet ({@code action gact drop}) @return this filter */
    public Matchall action(ActionSpec action) {
        actions.add(java.util.Objects.requireNonNull(action, "action"));
        return this;
    }

    /** Keeps the filter out of hardware ({@code skip_hw}). @return this filter */
    public Matchall skipHw() {
        return flag(ClsFlags.SKIP_HW);
    }

    /** Runs the filter only in hardware ({@code skip_sw}). @return this filter */
    public Matchall skipSw() {
        return flag(ClsFlags.SKIP_SW);
    }

    private Matchall flag(int f) {
        flags = ClsFlags.with("matchall", flags, f);
        return this;
    }

    @Override
    public String kind() {
        return "matchall";
    }

    @Override
    public List<ActionSpec> actions() {
        return List.copyOf(actions);
    }

    @Override
    public TcOptions options(ToIntFunction<String> ifindex) {
        if (classId == null && flags == 0 && actions.isEmpty()) {
            return null;
        }
        return new MatchallOptions(classId, flags == 0 ? null : flags, null, Actions.of(actions, ifindex),
                List.of());
    }
}

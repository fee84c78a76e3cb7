package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.BasicOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * The basic classifier: {@code tc filter add ... basic [match EMATCH_TREE] [classid CLASSID]
 * [action ...]}. Without a match every packet matches. The extended match tree is given as the
 * payload of {@code TCA_BASIC_EMATCHES} (as {@code tc} encodes {@code match ...}); the library
 * does not build ematch trees. The request is what iproute2 6.1's {@code f_basic.c} sends.
 */
public final class Basic implements FilterSpec {
    private Bytes ematches;
    private Integer classId;
    private final List<ActionSpec> actions = new ArrayList<>();

    private Basic() {
    }

    /** @return a filter matching every packet ({@code basic}) */
    public static Basic all() {
        return new Basic();
    }

    /**
     * @param tree the nested {@code TCA_EMATCH_TREE_*} attributes, as {@code tc} encodes
     *     {@code match EXPR}
     * @return this filter
     */
    public Basic ematches(Bytes tree) {
        ematches = Objects.requireNonNull(tree, "tree");
        return this;
    }

    /** @param classId the class packets go to ({@code classid 1:10}) @return this filter */
    public Basic classid(String classId) {
        this.classId = TcHandle.parse(classId);
        return this;
    }

    /** @param action an action to run on matching packets @return this filter */
    public Basic action(ActionSpec action) {
        actions.add(Objects.requireNonNull(action, "action"));
        return this;
    }

    @Override
    public String kind() {
        return "basic";
    }

    @Override
    public List<ActionSpec> actions() {
        return List.copyOf(actions);
    }

    @Override
    public TcOptions options(ToIntFunction<String> ifindex) {
        return new BasicOptions(classId, null, null, Actions.of(actions, ifindex), ematches, List.of());
    }
}

package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.tc.Action;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/** The action list a filter spec sends ({@code action A ... action B ...}). */
final class Actions {
    private Actions() {
    }

    /**
     * @param specs the actions in the order they run
     * @param ifindex resolves device names in the filter's namespace
     * @return the list numbered from 1, or null when there is none (no attribute is sent)
     */
    static List<Action> of(List<ActionSpec> specs, ToIntFunction<String> ifindex) {
        if (specs.isEmpty()) {
            return null;
        }
        List<Action> out = new ArrayList<>(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            ActionSpec a = specs.get(i);
            out.add(Action.of(i + 1, a.kind(), a.options(ifindex)));
        }
        return out;
    }
}

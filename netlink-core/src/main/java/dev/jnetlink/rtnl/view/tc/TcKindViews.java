package dev.jnetlink.rtnl.view.tc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;

/** The {@link TcKindView}s on the class path, by role and kind, loaded once. */
final class TcKindViews {
    private static final Map<String, TcKindView> QDISCS = load(TcKindView::qdiscKinds);
    private static final Map<String, TcKindView> FILTERS = load(TcKindView::filterKinds);
    private static final Map<String, TcKindView> ACTIONS = load(TcKindView::actionKinds);

    private TcKindViews() {
    }

    private static Map<String, TcKindView> load(Function<TcKindView, List<String>> kinds) {
        Map<String, TcKindView> out = new HashMap<>();
        for (TcKindView v : ServiceLoader.load(TcKindView.class, TcKindView.class.getClassLoader())) {
            for (String kind : kinds.apply(v)) {
                out.putIfAbsent(kind, v);
            }
        }
        return Map.copyOf(out);
    }

    /** @param kind e.g. {@code htb} @return its view, or null */
    static TcKindView qdisc(String kind) {
        // pfifo_fast is generic enough to warrant the hardcoding (tc_qdisc.c): printed as prio
        return kind == null ? null : QDISCS.get("pfifo_fast".equals(kind) ? "prio" : kind);
    }

    /** @param kind e.g. {@code u32} @return its view, or null */
    static TcKindView filter(String kind) {
        return kind == null ? null : FILTERS.get(kind);
    }

    /** @param kind e.g. {@code mirred} @return its view, or null */
    static TcKindView action(String kind) {
        return kind == null ? null : ACTIONS.get(kind);
    }
}

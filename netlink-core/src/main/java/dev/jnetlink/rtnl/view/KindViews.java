package dev.jnetlink.rtnl.view;

import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

/** The {@link KindView}s on the class path, by kind, loaded once. */
final class KindViews {
    private static final Map<String, KindView> BY_KIND = load();

    private KindViews() {
    }

    private static Map<String, KindView> load() {
        Map<String, KindView> out = new HashMap<>();
        for (KindView v : ServiceLoader.load(KindView.class, KindView.class.getClassLoader())) {
            for (String kind : v.kinds()) {
                out.putIfAbsent(kind, v);
            }
        }
        return Map.copyOf(out);
    }

    /**
     * @param kind {@code macvlan}, or {@code bridge_slave} for a port's details
     * @return its view, or null ({@code ip} then prints the kind's name alone)
     */
    static KindView of(String kind) {
        return BY_KIND.get(kind);
    }
}

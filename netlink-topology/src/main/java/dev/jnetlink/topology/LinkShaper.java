package dev.jnetlink.topology;

import java.util.List;
import java.util.Map;

/**
 * The extension point for link shaping (tc qdiscs and filters), found with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.jnetlink.topology.LinkShaper}),
 * beside the built-in one for {@code delay}, {@code jitter}, {@code loss} and {@code rate}
 * (netem and tbf through core's {@link dev.jnetlink.rtnl.tc}). An interface's {@code shaping:}
 * map is handed to the shapers that {@link #handles} its keys, and to every shaper for a link
 * that exists (to remove what it made and is no longer wanted); the steps it returns run in
 * {@link Phase#SHAPING}, after the link is up, and are rolled back like any other. Without a
 * shaper for a key, planning fails and says so before any change.
 */
public interface LinkShaper {
    /**
     * @param key a key of an interface's {@code shaping:} map, e.g. {@code delay}
     * @return whether this shaper understands it
     */
    boolean handles(String key);

    /**
     * @param session open namespaces and clients, to read the live shaping
     * @param iface the interface, its {@link Iface#shaping()} the wanted shaping (the keys this
     *     shaper does not handle are another's; none of its keys: remove what it made)
     * @param live whether the link exists now (false: it is created by this apply)
     * @return the steps that make the link's shaping what is wanted (none if it is), each
     *     {@link Phase#SHAPING}
     * @throws IllegalStateException if what is there stands in the way: a conflict, the plan
     *     cannot be applied
     * @throws Exception what reading the live state threw
     */
    List<Step> plan(Session session, Iface iface, boolean live) throws Exception;

    /**
     * @param shaping an interface's shaping map
     * @param shapers the shapers there are
     * @return the key no shaper handles, or null
     */
    static String unhandled(Map<String, Object> shaping, List<LinkShaper> shapers) {
        for (String key : shaping.keySet()) {
            if (shapers.stream().noneMatch(s -> s.handles(key))) {
                return key;
            }
        }
        return null;
    }
}

package dev.jnetlink.rtnl.view;

import dev.jnetlink.codec.link.Link;
import dev.jnetlink.rtnl.Rtnl;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The links of one namespace by index, from one dump: how a view names another link (a
 * master, a parent, a route's device) and asks whether it is up, as iproute2's
 * {@code ll_index_to_name} and {@code ll_index_to_flags} do with their cache.
 */
public final class LinkNames {
    private final Map<Integer, Link> byIndex;
    private final IntFunction<String> names;

    private LinkNames(List<Link> links) {
        byIndex = new LinkedHashMap<>(links.size() * 2);
        for (Link l : links) {
            byIndex.put(l.index(), l);
        }
        names = i -> {
            Link l = byIndex.get(i);
            return l == null ? null : l.name();
        };
    }

    private LinkNames(IntFunction<String> names) {
        this.byIndex = Map.of();
        this.names = names;
    }

    /**
     * Names alone, for printing messages decoded elsewhere (a capture, a golden test) without
     * the links themselves: no link counts as down and no device type is known.
     *
     * @param names index to name, or null for an index without one
     * @return the lookups
     */
    public static LinkNames named(IntFunction<String> names) {
        return new LinkNames(names);
    }

    /**
     * @param rtnl a client
     * @return the links of its namespace, from one dump ({@code ip link show})
     */
    public static LinkNames of(Rtnl rtnl) {
        return new LinkNames(rtnl.links().list());
    }

    /**
     * @param links every link of a namespace, as a dump returned them
     * @return them by index
     */
    public static LinkNames of(List<Link> links) {
        return new LinkNames(links);
    }

    /** @return every link, in the dump's order */
    public List<Link> links() {
        return List.copyOf(byIndex.values());
    }

    /**
     * @param index an interface index
     * @return the link, or null if this namespace has none of that index
     */
    public Link link(int index) {
        return byIndex.get(index);
    }

    /**
     * @param index an interface index
     * @return its name; {@code *} for 0 and {@code ifN} for an index this namespace does not
     *     have, as {@code ll_index_to_name} prints them
     */
    public String name(int index) {
        if (index == 0) {
            return "*";
        }
        String n = names.apply(index);
        return n != null ? n : "if" + Integer.toUnsignedString(index);
    }

    /**
     * @param index an interface index
     * @return whether a link of that index is here and administratively down: what makes
     *     {@code ip link show} and {@code bridge link show} add {@code M-DOWN} to the link that
     *     names it as its peer or parent (an index not found here never does:
     *     {@code ll_index_to_flags} answers all bits set)
     */
    public boolean isDown(int index) {
        Link l = byIndex.get(index);
        return l != null && !l.isUp();
    }

    /**
     * @param index an interface index
     * @return its {@code ARPHRD_*} device type, or -1 if unknown here
     */
    public int deviceType(int index) {
        Link l = byIndex.get(index);
        return l == null ? -1 : l.deviceType();
    }
}

package dev.jnetlink.bridge.view;

import dev.jnetlink.bridge.codec.BridgeId;
import dev.jnetlink.bridge.codec.BridgeInfo;
import dev.jnetlink.bridge.codec.BridgeKind;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.rtnl.InterfaceNames;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.view.TextView;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * {@code brctl show [BRIDGE]} (bridge-utils 1.7): each bridge with its id, whether STP is on,
 * and its ports, bridges and ports sorted by name, printed byte for byte as {@code brctl} does:
 * <pre>
 * bridge name	bridge id		STP enabled	interfaces
 * docker0		8000.0242ac110001	no		veth1
 * 							veth2
 * </pre>
 * {@link #bridges()} gives the same as values.
 */
public final class BrctlShow implements TextView {
    private static final String HEADER = "bridge name\tbridge id\t\tSTP enabled\tinterfaces\n";
    private static final Comparator<String> BYTE_ORDER = (a, b) -> Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    /**
     * One bridge.
     *
     * @param name the bridge's name
     * @param id its bridge id ({@code 8000.020000000001}), or null if the kernel sent none
     * @param stpEnabled true if spanning tree is on
     * @param ports its ports' names, sorted
     */
    public record Entry(String name, BridgeId id, boolean stpEnabled, List<String> ports) {
        /**
         * @param name name
         * @param id id, or null
         * @param stpEnabled STP on
         * @param ports copied
         */
        public Entry {
            Objects.requireNonNull(name, "name");
            ports = List.copyOf(ports);
        }
    }

    private final Rtnl rtnl;
    private final String bridge;

    private BrctlShow(Rtnl rtnl, String bridge) {
        this.rtnl = rtnl;
        this.bridge = bridge;
    }

    /**
     * Equivalent to {@code brctl show} in the client's namespace.
     *
     * @param rtnl the client
     * @return the view
     */
    public static BrctlShow of(Rtnl rtnl) {
        return new BrctlShow(Objects.requireNonNull(rtnl, "rtnl"), null);
    }

    /**
     * @param name a bridge
     * @return the view of that bridge alone: {@code brctl show NAME}
     */
    public BrctlShow bridge(String name) {
        return new BrctlShow(rtnl, InterfaceNames.validate(name));
    }

    @Override
    public String command() {
        return "brctl show" + (bridge == null ? "" : " " + bridge);
    }

    /**
     * @return the bridges with their ids, STP state and ports, sorted by name
     * @throws IllegalArgumentException if {@link #bridge} names no bridge ({@code brctl} says
     *     {@code bridge NAME does not exist!})
     */
    public List<Entry> bridges() {
        List<Link> links = rtnl.links().list();
        List<Entry> out = new ArrayList<>();
        for (Link br : links) {
            if (!BridgeKind.NAME.equals(br.kind()) || bridge != null && !bridge.equals(br.name())) {
                continue;
            }
            List<String> ports = new ArrayList<>();
            for (Link l : links) {
                if (l.master() != null && l.master() == br.index()) {
                    ports.add(l.name());
                }
            }
            ports.sort(BYTE_ORDER);
            BridgeInfo info = br.data(BridgeInfo.class);
            out.add(new Entry(br.name(), info == null ? null : info.bridgeId(),
                    info != null && info.stpEnabled(), ports));
        }
        if (bridge != null && out.isEmpty()) {
            throw new IllegalArgumentException("bridge " + bridge + " does not exist!");
        }
        out.sort(Comparator.comparing(Entry::name, BYTE_ORDER));
        return out;
    }

    /**
     * @param name a bridge's name
     * @return its entry, or null if there is no such bridge here
     */
    public Entry entry(String name) {
        for (Entry e : bridges()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /**
     * @return what {@code brctl show} prints: the header and a line per bridge and port;
     *     nothing at all when there is no bridge (bridge-utils prints the header with the
     *     first bridge)
     */
    @Override
    public String text() {
        return format(bridges());
    }

    /**
     * @param bridges entries, in the order to print them
     * @return them as {@code brctl show} prints them
     */
    static String format(List<Entry> bridges) {
        if (bridges.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(HEADER);
        for (Entry e : bridges) {
            sb.append(e.name()).append("\t\t")
              .append(e.id() == null ? "" : e.id().toBrctlString())
              .append('\t').append(e.stpEnabled() ? "yes" : "no").append("\t\t");
            if (e.ports().isEmpty()) {
                sb.append('\n');
            }
            for (int i = 0; i < e.ports().size(); i++) {
                if (i > 0) {
                    sb.append("\t\t\t\t\t\t\t");
                }
                sb.append(e.ports().get(i)).append('\n');
            }
        }
        return sb.toString();
    }
}

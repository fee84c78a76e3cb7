package dev.jnetlink.bridge;

import dev.jnetlink.bridge.codec.BridgeId;
import dev.jnetlink.bridge.codec.BridgeInfo;
import dev.jnetlink.bridge.codec.BridgeKind;
import dev.jnetlink.codec.link.Link;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What {@code brctl show} shows: each bridge with its id, whether STP is on, and its ports.
 * {@link #toString()} prints it byte for byte as bridge-utils 1.7 does, bridges and ports
 * sorted by name:
 * <pre>
 * bridge name	bridge id		STP enabled	interfaces
 * docker0		8000.0242ac110001	no		veth1
 * 							veth2
 * </pre>
 *
 * @param bridges the bridges, sorted by name
 */
public record BrctlShow(List<Entry> bridges) {
    private static final String HEADER = "bridge name\tbridge id\t\tSTP enabled\tinterfaces\n";
    private static final Comparator<String> BYTE_ORDER = (a, b) -> Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    /**
     * One bridge.
     *
     * @param name the bridge's name
     * @param id its bridge id ({@code 8000.020000000001})
     * @param stpEnabled true if spanning tree is on
     * @param ports its ports' names, sorted
     */
    public record Entry(String name, BridgeId id, boolean stpEnabled, List<String> ports) {
        /**
         * @param name name
         * @param id id, or null if the kernel did not send one
         * @param stpEnabled STP on
         * @param ports copied
         */
        public Entry {
            Objects.requireNonNull(name, "name");
            ports = List.copyOf(ports);
        }
    }

    /** @param bridges copied */
    public BrctlShow {
        bridges = List.copyOf(bridges);
    }

    /**
     * Builds the view from a link dump of one namespace.
     *
     * @param links every link ({@code rtnl.links().list()})
     * @return the bridges in it with their ports
     */
    public static BrctlShow of(List<Link> links) {
        List<Entry> out = new ArrayList<>();
        for (Link br : links) {
            if (!BridgeKind.NAME.equals(br.kind())) {
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
        out.sort(Comparator.comparing(Entry::name, BYTE_ORDER));
        return new BrctlShow(out);
    }

    /**
     * @param name a bridge's name
     * @return a view of that bridge alone ({@code brctl show NAME})
     * @throws IllegalArgumentException if this view has no such bridge
     */
    public BrctlShow only(String name) {
        for (Entry e : bridges) {
            if (e.name().equals(name)) {
                return new BrctlShow(List.of(e));
            }
        }
        throw new IllegalArgumentException("bridge " + name + " does not exist!");
    }

    /**
     * @param name a bridge's name
     * @return its entry, or null
     */
    public Entry bridge(String name) {
        for (Entry e : bridges) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /**
     * Prints exactly what {@code brctl show} prints: the header and a line per bridge and
     * port; nothing at all when there is no bridge (bridge-utils prints the header with the
     * first bridge).
     */
    @Override
    public String toString() {
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

package dev.jnetlink.junit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which tests and classes of this JVM run under the extension, so that a leak is blamed on the
 * right one when JUnit runs them in parallel.
 *
 * <p>Descriptors, threads and the machine's namespaces are shared by the whole process, so the
 * difference between the state before a test and after it belongs to that test only if nothing
 * else started or ended meanwhile (its own descendants aside: a class's tests run inside it).
 * Such a node is checked on its own; a class whose tests overlapped one another is still checked
 * on its own when nothing outside it ran meanwhile, and names those tests. When nodes of
 * different classes overlap, their leak check waits until the JVM's last running node ends: the state then is compared with the state when the first of them
 * started, and what leaked is reported on that last node, naming every node of the window
 * (netlink-junit cannot tell which of them it was). Run sequentially, every node is exact.
 *
 * <p>Every leak is reported once: a class does not report again what one of its tests did.
 */
final class Activity {
    static final Activity JVM = new Activity();
    private static final int NAMED_IN_WINDOW = 20;

    private long epoch;
    private int running;
    private MachineState window;
    private boolean windowDirty;
    private final Set<String> windowNodes = new LinkedHashSet<>();
    private final Set<String> reported = new HashSet<>();

    /** A running class or test. */
    static final class Node {
        private final Node parent;
        private final String name;
        private final boolean checked;
        private long startEpoch;
        private long descendantEvents;
        private MachineState before;
        private final Set<String> overlapped = new LinkedHashSet<>();

        private Node(Node parent, String name, boolean checked) {
            this.parent = parent;
            this.name = name;
            this.checked = checked;
        }

        /** @return whether it wants a leak check */
        boolean checked() {
            return checked;
        }
    }

    /**
     * @param parent the enclosing node, or null
     * @param name how reports name it
     * @param checked whether it wants a leak check
     * @return the started node
     */
    synchronized Node start(Node parent, String name, boolean checked) {
        Node n = new Node(parent, name, checked);
        boolean first = running == 0;
        MachineState now = checked || first ? MachineState.take() : null;
        if (first) {
            window = now;
            windowDirty = false;
            windowNodes.clear();
        }
        if (windowNodes.size() < NAMED_IN_WINDOW) {
            windowNodes.add(name);
        }
        running++;
        event(n);
        n.startEpoch = epoch;
        n.before = checked ? now : null;
        return n;
    }

    /**
     * Ends a node and checks it for leaks: its own, if nothing else ran meanwhile, and the
     * window's, if it is the last running node of a window in which nodes overlapped.
     *
     * @param n the node
     * @return the leaks to report on it, each a line; empty when none
     */
    synchronized List<String> end(Node n) {
        List<String> lines = new ArrayList<>();
        if (n.checked) {
            boolean exact = epoch - n.startEpoch == n.descendantEvents;
            if (exact) {
                List<String> found = report(MachineState.leaksSince(n.before));
                if (!found.isEmpty() && !n.overlapped.isEmpty()) {
                    lines.add("in it or in one of its tests, which ran in parallel (which one cannot be told apart): "
                            + names(n.overlapped));
                }
                lines.addAll(found);
            } else {
                windowDirty = true;
                for (Node a = n.parent; a != null; a = a.parent) {
                    if (a.overlapped.size() < NAMED_IN_WINDOW) {
                        a.overlapped.add(n.name);
                    }
                }
            }
        }
        running--;
        event(n);
        if (running == 0 && windowDirty) {
            List<String> windowLeaks = report(MachineState.leaksSince(window));
            if (!windowLeaks.isEmpty()) {
                lines.add("while these ran in parallel (which of them leaked cannot be told apart): "
                        + names(windowNodes));
                lines.addAll(windowLeaks);
            }
            windowDirty = false;
        }
        return lines;
    }

    private static String names(Set<String> names) {
        return String.join("; ", names) + (names.size() == NAMED_IN_WINDOW ? "; ..." : "");
    }

    // The leaks not reported yet, each removed if it is surely ours.
    private List<String> report(List<MachineState.Leak> leaks) {
        List<String> lines = new ArrayList<>();
        for (MachineState.Leak leak : leaks) {
            if (reported.add(leak.key())) {
                lines.add(leak.description());
                if (leak.cleanup() != null) {
                    leak.cleanup().run();
                }
            }
        }
        return lines;
    }

    // A start or end: the JVM's epoch moves, and each ancestor counts it as its descendants'.
    private void event(Node n) {
        epoch++;
        for (Node a = n.parent; a != null; a = a.parent) {
            a.descendantEvents++;
        }
    }
}

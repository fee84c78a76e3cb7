package dev.jnetlink.junit;

import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the extension made for one test, or for one class (its static fields and
 * {@code @BeforeAll} parameters): the labelled namespaces and their clients, the
 * {@link ScratchNamespaces} the test created itself, and the node the leak check follows. A
 * test's scope sees its class's labels.
 */
final class Scope {
    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();
    private static final int STATE_LINES_PER_NAMESPACE = 200;

    private final ExtensionContext context;
    private final Scope parent;
    private final Declarations declared;
    private final ScratchNamespaces fixture = new ScratchNamespaces(false);
    private final Map<String, Labelled> labels = new LinkedHashMap<>();
    private final List<ScratchNamespaces> adopted = new ArrayList<>();
    private Activity.Node node;
    private Scope previous;
    private Map<String, String> previousSettings;
    private boolean closed;

    /** A namespace made for a label, and the client opened in it when one was asked for. */
    private static final class Labelled {
        final NetNs ns;
        Rtnl rtnl;

        Labelled(NetNs ns) {
            this.ns = ns;
        }
    }

    Scope(ExtensionContext context, Scope parent) {
        this.context = context;
        this.parent = parent;
        this.declared = Declarations.of(context);
    }

    // ------------------------------------------------------------------ the running test's scope

    /**
     * Starts following the node for leaks and makes this the calling thread's current scope,
     * which {@link ScratchNamespaces} created meanwhile join.
     */
    void enter(boolean checkLeaks) {
        node = Activity.JVM.start(parent == null ? null : parent.node, readableName(context), checkLeaks);
        previous = CURRENT.get();
        CURRENT.set(this);
        previousSettings = StrictMode.enter(context);
    }

    // A test as a person finds it in a report: "works(NetNs) > repetition 3 of 6"; a class by its name.
    private static String readableName(ExtensionContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            parts.push(c.getDisplayName());
            if (c.getTestMethod().isEmpty()) {
                break;
            }
        }
        if (context.getTestMethod().isPresent()) {
            parts.pop(); // the class, named by the report's header already
        }
        return String.join(" > ", parts);
    }

    static void adoptIntoCurrent(ScratchNamespaces scratch) {
        Scope s = CURRENT.get();
        if (s != null) {
            synchronized (s) {
                s.adopted.add(scratch);
            }
        }
    }

    // ------------------------------------------------------------------ injection

    /** @return the namespace of a label, made on first use (in the class's scope if it has the label) */
    synchronized NetNs namespace(Scratch spec) {
        return labelled(spec).ns;
    }

    /** @return the client in a label's namespace, opened on first use */
    synchronized Rtnl client(Scratch spec) {
        Labelled l = labelled(spec);
        synchronized (l) { // a class's label may be asked for by tests running in parallel
            if (l.rtnl == null) {
                l.rtnl = Rtnl.openIn(l.ns);
            }
            return l.rtnl;
        }
    }

    /** @return this scope's own set, for {@code @Scratch ScratchNamespaces} */
    ScratchNamespaces fixture() {
        return fixture;
    }

    private Labelled labelled(Scratch spec) {
        String label = spec.value();
        Labelled l = parent == null ? null : parent.existing(label);
        if (l == null) {
            requireOpen();
            l = labels.get(label);
            if (l == null) {
                NetNs ns = declared.named(label) ? fixture.named(label.isEmpty() ? "scratch" : label) : fixture.anonymous();
                l = new Labelled(ns);
                labels.put(label, l);
                if (declared.loopbackUp(label)) {
                    try (Rtnl r = Rtnl.openIn(ns)) {
                        r.links().setUp("lo");
                    }
                }
            }
        }
        return l;
    }

    private synchronized Labelled existing(String label) {
        Labelled l = labels.get(label);
        return l != null || parent == null ? l : parent.existing(label);
    }

    private void requireOpen() {
        if (closed) {
            throw new ExtensionConfigurationException("the scratch namespaces of " + context.getDisplayName()
                    + " are already removed");
        }
    }

    // ------------------------------------------------------------------ failure report

    /**
     * @return the state of every namespace the test can reach: its labels and sets, then its
     *     class's; empty if there are none
     */
    String describeNamespaces() {
        StringBuilder sb = new StringBuilder();
        for (Scope s = this; s != null; s = s.parent) {
            s.describeOwn(sb);
        }
        return sb.toString();
    }

    private synchronized void describeOwn(StringBuilder sb) {
        Map<NetNs, String> seen = new LinkedHashMap<>();
        labels.forEach((label, l) -> seen.put(l.ns, label.isEmpty() ? "@Scratch" : "@Scratch(\"" + label + "\")"));
        for (NetNs ns : fixture.namespaces()) {
            seen.putIfAbsent(ns, "@Scratch ScratchNamespaces");
        }
        for (ScratchNamespaces s : adopted) {
            for (NetNs ns : s.namespaces()) {
                seen.putIfAbsent(ns, "ScratchNamespaces");
            }
        }
        seen.forEach((ns, how) -> {
            if (ns.isClosed()) {
                return;
            }
            sb.append("scratch namespace ").append(ns.describe()).append(" (").append(how).append(", ")
                    .append(context.getDisplayName()).append("):\n");
            String[] lines = NamespaceState.of(ns).split("\n");
            for (int i = 0; i < Math.min(lines.length, STATE_LINES_PER_NAMESPACE); i++) {
                sb.append("  ").append(lines[i]).append('\n');
            }
            if (lines.length > STATE_LINES_PER_NAMESPACE) {
                sb.append("  ... ").append(lines.length - STATE_LINES_PER_NAMESPACE).append(" more lines\n");
            }
        });
    }

    // ------------------------------------------------------------------ the end

    /**
     * Removes everything the extension made, closes the test's own sets it left open (a leak,
     * reported), restores the thread's previous scope and checks the node for leaks.
     *
     * @param failures collects what failed while closing
     * @return the leaks, one line each
     */
    List<String> exit(List<Throwable> failures) {
        List<String> leaks = new ArrayList<>();
        synchronized (this) {
            closed = true;
            for (Labelled l : labels.values()) {
                if (l.rtnl != null) {
                    closeQuietly(l.rtnl, failures);
                }
            }
            closeQuietly(fixture, failures);
            for (ScratchNamespaces s : adopted) {
                if (!s.isClosed()) {
                    if (node != null && node.checked()) {
                        leaks.add("ScratchNamespaces created by the test was not closed; its namespaces "
                                + describe(s) + " are removed now");
                    }
                    closeQuietly(s, failures);
                }
            }
        }
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
        StrictMode.restore(previousSettings);
        if (node != null) {
            leaks.addAll(Activity.JVM.end(node));
        }
        return leaks;
    }

    private static String describe(ScratchNamespaces s) {
        List<String> all = new ArrayList<>(s.names());
        for (NetNs ns : s.namespaces()) {
            if (ns.name() == null) {
                all.add(ns.describe());
            }
        }
        return String.join(", ", all);
    }

    private static void closeQuietly(AutoCloseable c, List<Throwable> failures) {
        try {
            c.close();
        } catch (Exception e) {
            failures.add(e);
        }
    }
}

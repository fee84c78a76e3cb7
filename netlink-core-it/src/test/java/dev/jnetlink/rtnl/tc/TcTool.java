package dev.jnetlink.rtnl.tc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.junit.ReferenceTools;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.view.TextView;
import java.util.ArrayList;
import java.util.List;

/** {@code tc} as the reference peer of a named scratch namespace. */
final class TcTool {
    private TcTool() {
    }

    /** @param ns the namespace @param args what follows {@code tc -n NS} @return what tc printed */
    static String run(NetNs ns, String... args) {
        List<String> cmd = new ArrayList<>(List.of("tc", "-n", ns.name()));
        cmd.addAll(List.of(args));
        return ReferenceTools.run(cmd.toArray(String[]::new));
    }

    /**
     * Asserts that a view prints exactly what {@code tc -n NS ARGS} prints. With {@code -s} the
     * kernel's counters may move between the two reads (an IPv6 solicitation on an up link), so
     * a difference is read again, as TcLab does for the view tests, before it fails.
     */
    static void assertSameAs(NetNs ns, TextView view, String... args) {
        String ours = view.text();
        String theirs = run(ns, args);
        for (int attempt = 1; attempt < 20 && !ours.equals(theirs); attempt++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            ours = view.text();
            theirs = run(ns, args);
        }
        assertThat(ours).as(view.command()).isEqualTo(theirs);
    }
}

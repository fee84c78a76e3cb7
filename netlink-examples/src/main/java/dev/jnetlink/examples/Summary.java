package dev.jnetlink.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * The table printed at the end of every run: each reachability check (from, to, address,
 * expected, result, RTT) in columns as wide as their contents, then the facts the program
 * verified, then the verdict.
 *
 * <pre>
 * Reachability
 *   from  to  address     expected     result  rtt
 *   host  r2  10.1.0.102  reachable    ok      0.051 ms
 *   r1    r2  10.1.0.102  reachable    ok      0.033 ms
 *
 * All checks passed.
 * </pre>
 */
public final class Summary {
    private static final String[] HEADINGS = {"from", "to", "address", "expected", "result", "rtt"};

    private Summary() {
    }

    /**
     * @param checks the reachability checks, in the order they ran
     * @param facts the verified facts, in order
     * @param passed the run's verdict (steps included)
     * @return the lines to print, each ending in a newline
     */
    public static String format(List<Check> checks, List<Fact> facts, boolean passed) {
        return format(checks, facts, passed ? "All checks passed." : "Some checks FAILED.");
    }

    /**
     * Formats the checks and facts with a verdict of the caller's, e.g. why the run stopped.
     *
     * @param checks the reachability checks, in the order they ran
     * @param facts the verified facts
     * @param verdict the last line
     * @return the lines to print, each ending in a newline
     */
    public static String format(List<Check> checks, List<Fact> facts, String verdict) {
        StringBuilder sb = new StringBuilder();
        sb.append("Reachability\n");
        if (checks.isEmpty()) {
            sb.append("  (no checks)\n");
        } else {
            List<String[]> rows = new ArrayList<>();
            rows.add(HEADINGS);
            for (Check c : checks) {
                rows.add(new String[] {c.from(), c.to(), c.target(),
                    c.expectReachable() ? "reachable" : "unreachable", c.passed() ? "ok" : "FAILED", c.rttText()});
            }
            appendColumns(sb, rows);
        }
        if (!facts.isEmpty()) {
            sb.append("\nFacts\n");
            for (Fact f : facts) {
                sb.append(String.format("  %-6s %s%n", f.holds() ? "ok" : "FAILED", f.claim()));
            }
        }
        sb.append('\n').append(verdict).append('\n');
        return sb.toString();
    }

    private static void appendColumns(StringBuilder sb, List<String[]> rows) {
        int[] width = new int[HEADINGS.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < r.length; i++) {
                line.append(r[i]);
                if (i < r.length - 1) {
                    line.append(" ".repeat(width[i] - r[i].length() + 2));
                }
            }
            sb.append(line).append('\n');
        }
    }
}

package dev.jnetlink.examples;

import dev.jnetlink.diag.Ping;
import dev.jnetlink.diag.PingResult;
import dev.jnetlink.netns.NetNs;
import java.io.PrintStream;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The context a scenario runs in: prints each step as the {@code ip} command it replaces and
 * what happened, prints listings, remembers how to undo every change (so a failure half-way
 * still cleans up, unless {@code --keep}), and records reachability checks for the final table.
 */
public final class Walkthrough implements AutoCloseable {
    /** An action that may fail. */
    @FunctionalInterface
    public interface Action {
        /** @throws Exception on failure */
        void run() throws Exception;
    }

    /**
     * A step with a result.
     *
     * @param <T> the result
     */
    @FunctionalInterface
    public interface Step<T> {
        /**
         * @return the result
         * @throws Exception on failure
         */
        T run() throws Exception;
    }

    /**
     * One reachability check.
     *
     * @param from who pinged (a namespace's role)
     * @param to who was pinged
     * @param address the address pinged
     * @param expectReachable what the walkthrough expects
     * @param result what happened
     */
    public record Check(String from, String to, InetAddress address, boolean expectReachable,
            PingResult result) {
        /** @return true if the outcome is what the walkthrough expects */
        public boolean passed() {
            return result.replied() == expectReachable;
        }
    }

    private record Undo(String description, Action action) {
    }

    private final PrintStream out;
    private final String prefix;
    private final boolean keep;
    private final Deque<Undo> undo = new ArrayDeque<>();
    private final List<Check> checks = new ArrayList<>();
    private int stepNumber;
    private boolean failed;

    /**
     * @param out where to print
     * @param prefix prepended to every namespace and bridge name the scenario creates
     * @param keep true to leave everything in place at the end
     */
    public Walkthrough(PrintStream out, String prefix, boolean keep) {
        this.out = out;
        this.prefix = prefix;
        this.keep = keep;
    }

    /**
     * @param name a name from the walkthrough, e.g. {@code r1}
     * @return the name with the run's prefix, so runs do not collide
     */
    public String name(String name) {
        return prefix + name;
    }

    /**
     * Runs and prints one step.
     *
     * @param command the command the step replaces, e.g. {@code ip netns add r1}
     * @param step the step
     * @param <T> its result
     * @return the step's result
     * @throws Exception what the step threw (printed first)
     */
    public <T> T step(String command, Step<T> step) throws Exception {
        stepNumber++;
        out.printf("%n[%d] $ %s%n", stepNumber, command);
        try {
            T r = step.run();
            out.println("    ok");
            return r;
        } catch (Exception e) {
            failed = true;
            out.println("    FAILED: " + e.getMessage());
            throw e;
        }
    }

    /**
     * Runs and prints one step without a result.
     *
     * @param command the command the step replaces
     * @param action the step
     * @throws Exception what the step threw
     */
    public void run(String command, Action action) throws Exception {
        step(command, () -> {
            action.run();
            return null;
        });
    }

    /**
     * Registers how to undo a change; undone in reverse order at the end.
     *
     * @param description the command that undoes it, e.g. {@code ip netns del r1}
     * @param action the undo
     */
    public void onCleanup(String description, Action action) {
        undo.push(new Undo(description, action));
    }

    /**
     * Prints a listing the walkthrough shows at this point.
     *
     * @param heading e.g. {@code ip netns exec r1 ip link show}
     * @param text the listing
     */
    public void show(String heading, String text) {
        out.printf("%n    %s%n", heading);
        for (String line : text.split("\n", -1)) {
            out.println("      " + line);
        }
    }

    /**
     * @param text a remark printed as is
     */
    public void note(String text) {
        out.println("    " + text);
    }

    /**
     * Pings from inside a namespace, prints the outcome, and records it.
     *
     * @param from label of the pinging side, e.g. {@code r1}
     * @param ns its namespace
     * @param to label of the target, e.g. {@code r2}
     * @param address the target's address
     * @param expectReachable true where the walkthrough expects replies
     * @return the check
     */
    public Check ping(String from, NetNs ns, String to, InetAddress address, boolean expectReachable) {
        PingResult best = null;
        try (Ping ping = Ping.from(ns, address)) {
            // A first echo may wait for ARP; try a few, as `ping -c 3` would.
            for (int i = 0; i < 3 && (best == null || !best.replied()); i++) {
                best = ping.echo(Duration.ofMillis(expectReachable ? 1000 : 300));
            }
        }
        Check c = new Check(from, to, address, expectReachable, best);
        checks.add(c);
        out.printf("    %s -> %s ... %s%n", from, to, outcome(c));
        return c;
    }

    private static String outcome(Check c) {
        PingResult r = c.result();
        String addr = c.address().getHostAddress();
        String reply = r.replied() ? String.format("%.3f ms", r.rttMillis())
                : "no reply" + (r.error() != null ? ": " + r.error() : "");
        if (c.passed()) {
            return c.expectReachable() ? "ok (" + addr + ", " + reply + ")"
                    : "ok (" + addr + " unreachable, as expected)";
        }
        return c.expectReachable() ? "FAILED (" + addr + ", " + reply + ")"
                : "FAILED (" + addr + " replied in " + reply + ", expected no reply)";
    }

    /** @return the checks so far */
    public List<Check> checks() {
        return List.copyOf(checks);
    }

    /** @return true if no step failed and every check came out as expected */
    public boolean passed() {
        return !failed && checks.stream().allMatch(Check::passed);
    }

    /** Marks the run failed (a scenario's own check went wrong). */
    public void fail(String why) {
        failed = true;
        out.println("    FAILED: " + why);
    }

    /** Prints the reachability table. */
    public void printSummary() {
        out.printf("%nReachability%n");
        out.printf("  %-12s %-12s %-18s %-12s %-8s %s%n", "from", "to", "address", "expected", "result", "rtt");
        for (Check c : checks) {
            PingResult r = c.result();
            out.printf("  %-12s %-12s %-18s %-12s %-8s %s%n", c.from(), c.to(),
                    c.address().getHostAddress(), c.expectReachable() ? "reachable" : "unreachable",
                    c.passed() ? "ok" : "FAILED",
                    r.replied() ? String.format("%.3f ms", r.rttMillis()) : "-");
        }
        out.printf("%n%s%n", passed() ? "All checks passed." : "Some checks FAILED.");
    }

    /** Undoes every change in reverse order, unless {@code --keep}. */
    @Override
    public void close() {
        if (keep) {
            out.printf("%n--keep: left in place; inspect with `ip netns exec NAME ip a`. To remove:%n");
            for (Undo u : undo) {
                out.println("  " + u.description());
            }
            return;
        }
        out.printf("%nCleaning up%n");
        while (!undo.isEmpty()) {
            Undo u = undo.pop();
            try {
                u.action().run();
                out.println("  $ " + u.description());
            } catch (Exception e) {
                failed = true;
                out.println("  $ " + u.description() + "  FAILED: " + e.getMessage());
            }
        }
    }
}

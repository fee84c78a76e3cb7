package dev.jnetlink.examples;

import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.diag.Ping;
import dev.jnetlink.diag.PingResult;
import dev.jnetlink.netns.ExitCleanup;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.socket.KernelLacksFeatureException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The context a scenario runs in: prints each step as the {@code ip} command it replaces and
 * what happened, prints listings, remembers how to undo every change (so a failure half-way
 * still cleans up, unless {@code --keep}), records reachability checks and verified facts for
 * the final table, and closes every handle and socket it was given on every path.
 *
 * <p>Interrupted (Ctrl-C, SIGTERM), the program still removes everything: every namespace is
 * made with {@link NetNs#createDeletedOnExit}, so the library's exit hook deletes what is left,
 * and this prints what it removed. Everything a scenario makes lives in those namespaces.
 */
public final class Walkthrough implements AutoCloseable {
    /** How long a check waits for an answer it expects; a negative check waits less. */
    private static final Duration EXPECTED_WAIT = Duration.ofMillis(1000);
    private static final Duration UNEXPECTED_WAIT = Duration.ofMillis(300);
    /**
     * Echoes per ping check that expects replies: a first echo may wait for ARP, and a bridge
     * port enabled a moment ago forwards only once linkwatch has seen its carrier, which on a
     * busy machine took over three seconds (as {@code ping -w 6} would wait).
     */
    private static final int EXPECTED_ECHOES = 6;
    /** Echoes per ping check that expects none, as with {@code ping -c 3}. */
    private static final int UNEXPECTED_ECHOES = 3;

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

    private record Undo(String description, Action action) {
    }

    private final PrintStream out;
    private final String prefix;
    private final boolean keep;
    private final Deque<Undo> undo = new ArrayDeque<>();
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private final List<Check> checks = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();
    private final ExitCleanup.Listener interrupted;
    private int stepNumber;
    private boolean failed;

    /**
     * @param out where to print
     * @param prefix prepended to every namespace name the scenario creates
     * @param keep true to leave everything in place at the end
     */
    public Walkthrough(PrintStream out, String prefix, boolean keep) {
        this.out = out;
        this.prefix = prefix;
        this.keep = keep;
        this.interrupted = new ExitCleanup.Listener() {
            @Override
            public void exiting(int pending) {
                out.printf("%nInterrupted: removing what this run made%n");
            }

            @Override
            public void removed(String description) {
                out.println("  $ " + description);
            }

            @Override
            public void failed(String description, Exception failure) {
                out.println("  $ " + description + "  FAILED: " + failure.getMessage());
            }
        };
        ExitCleanup.listen(interrupted);
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
        return step(command, step, false);
    }

    /**
     * Runs and prints one step of a part the scenario can do without: on a kernel that lacks
     * what it needs, the step is reported as skipped, with the reason, and the run goes on.
     *
     * @param command the command the step replaces
     * @param action the step
     * @return true if it ran, false if this kernel lacks what it needs
     * @throws Exception any other failure of the step (printed first)
     */
    public boolean runIfSupported(String command, Action action) throws Exception {
        try {
            step(command, () -> {
                action.run();
                return null;
            }, true);
            return true;
        } catch (KernelLacksFeatureException e) {
            return false;
        }
    }

    private <T> T step(String command, Step<T> step, boolean optional) throws Exception {
        stepNumber++;
        out.printf("%n[%d] $ %s%n", stepNumber, command);
        try {
            T r = step.run();
            out.println("    ok");
            return r;
        } catch (KernelLacksFeatureException e) {
            if (optional) {
                out.println("    skipped: this kernel lacks " + e.feature());
                throw e;
            }
            // Not a fault of the program or the library: said plainly, without "FAILED".
            failed = true;
            out.println("    not possible on this kernel: " + e.getMessage());
            throw e;
        } catch (Exception e) {
            failed = true;
            out.println(ExitCleanup.isExiting() ? "    interrupted" : "    FAILED: " + e.getMessage());
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
     * Prints the heading of a group of steps: the command of the walkthrough they amount to,
     * e.g. {@code docker run --network subway --ip 192.168.241.92 --name milk busybox}.
     *
     * @param command the walkthrough's command
     */
    public void section(String command) {
        out.printf("%n--- %s%n", command);
    }

    /**
     * Registers how to undo a change; undone in reverse order at the end, unless {@code --keep}.
     *
     * @param description the command that undoes it, e.g. {@code ip netns del r1}
     * @param action the undo
     */
    public void onCleanup(String description, Action action) {
        undo.push(new Undo(description, action));
    }

    /**
     * Closes a handle or socket at the end, after the undo steps, also with {@code --keep}.
     *
     * @param resource the resource
     * @param <T> its type
     * @return {@code resource}
     */
    public <T extends AutoCloseable> T closeLater(T resource) {
        resources.push(resource);
        return resource;
    }

    /**
     * Creates a named namespace as {@code ip netns add} does, and deletes it at the end; also
     * when the program is interrupted, or when a later run finds it left by a killed one
     * ({@link NetNs#createDeletedOnExit}), unless {@code --keep}.
     *
     * @param role its name in the walkthrough, e.g. {@code r1}; the run's prefix is added
     * @param remark printed after the command, or null
     * @return a handle, closed at the end
     * @throws Exception if it cannot be created
     */
    public NetNs namespace(String role, String remark) throws Exception {
        String ns = name(role);
        NetNs handle = step("ip netns add " + ns + (remark == null ? "" : "   # " + remark),
                () -> keep ? NetNs.create(ns) : NetNs.createDeletedOnExit(ns));
        closeLater(handle);
        // deleteIfExists: the exit hook may have been first, when the run is interrupted
        onCleanup("ip netns del " + ns, () -> NetNs.deleteIfExists(ns));
        return handle;
    }

    /**
     * @param ns a namespace
     * @return a client bound to it, closed at the end
     */
    public Rtnl rtnl(NetNs ns) {
        return closeLater(Rtnl.openIn(ns));
    }

    /**
     * Prints a listing the walkthrough shows at this point.
     *
     * @param heading e.g. {@code ip netns exec r1 ip link show}
     * @param text the listing
     */
    public void show(String heading, String text) {
        out.printf("%n    %s%n", heading);
        if (text.isEmpty()) {
            out.println("      (prints nothing)");
            return;
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        for (String line : body.split("\n", -1)) {
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
     * Verifies something the walkthrough shows, prints it and records it for the summary; a
     * fact that does not hold fails the run.
     *
     * @param claim what should hold
     * @param holds whether it does
     * @return {@code holds}
     */
    public boolean verify(String claim, boolean holds) {
        facts.add(new Fact(claim, holds));
        out.printf("    check: %s ... %s%n", claim, holds ? "ok" : "FAILED");
        return holds;
    }

    /**
     * Pings from inside a namespace with ICMP echo from a raw socket opened there, prints the
     * outcome, and records it.
     *
     * @param from label of the pinging side, e.g. {@code r1}
     * @param ns its namespace
     * @param to label of the target, e.g. {@code r2}
     * @param address the target's address literal, e.g. {@code 10.1.0.102}
     * @param expectReachable true where the walkthrough expects replies
     * @return the check
     */
    public Check ping(String from, NetNs ns, String to, String address, boolean expectReachable) {
        return ping(from, ns, to, IpAddresses.parse(address), expectReachable);
    }

    /**
     * Pings from inside a namespace; see {@link #ping(String, NetNs, String, String, boolean)}.
     *
     * @param from label of the pinging side
     * @param ns its namespace
     * @param to label of the target
     * @param address the target's address
     * @param expectReachable true where the walkthrough expects replies
     * @return the check
     */
    public Check ping(String from, NetNs ns, String to, InetAddress address, boolean expectReachable) {
        PingResult best = null;
        try (Ping ping = Ping.from(ns, address)) {
            int echoes = expectReachable ? EXPECTED_ECHOES : UNEXPECTED_ECHOES;
            for (int i = 0; i < echoes && (best == null || !best.replied()); i++) {
                best = ping.echo(expectReachable ? EXPECTED_WAIT : UNEXPECTED_WAIT);
            }
        }
        return record(new Check(from, to, IpAddresses.format(address), expectReachable, best.replied(),
                best.rtt(), best.error()));
    }

    /**
     * Connects to a TCP service from inside a namespace and reads its first line, the way the
     * walkthroughs run {@code curl} or {@code wget}; reached when that line is {@code greeting}.
     *
     * @param from label of the connecting side
     * @param ns its namespace
     * @param to label of the service
     * @param target its address and port
     * @param expectReachable true where the walkthrough expects an answer
     * @param greeting the line the service sends
     * @return the check
     */
    public Check tcp(String from, NetNs ns, String to, InetSocketAddress target, boolean expectReachable,
            String greeting) {
        String label = IpAddresses.format(target.getAddress()) + ":" + target.getPort() + "/tcp";
        Duration wait = expectReachable ? EXPECTED_WAIT.multipliedBy(2) : UNEXPECTED_WAIT;
        Answer answer;
        try {
            answer = ns.call(() -> exchange(target, (int) wait.toMillis()));
        } catch (IOException e) {
            answer = new Answer(null, null, e.getMessage());
        }
        boolean reached = greeting.equals(answer.line());
        String error = answer.error();
        if (answer.line() != null && !reached) {
            error = "answered \"" + answer.line() + "\", not \"" + greeting + "\"";
        }
        return record(new Check(from, to, label, expectReachable, reached, reached ? answer.time() : null, error));
    }

    private record Answer(String line, Duration time, String error) {
    }

    // Connect, then read the first line: the time is from the SYN to that line.
    private static Answer exchange(InetSocketAddress target, int timeoutMillis) throws IOException {
        try (Socket s = new Socket()) {
            long start = System.nanoTime();
            s.connect(target, timeoutMillis);
            s.setSoTimeout(timeoutMillis);
            String line = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            return new Answer(line, Duration.ofNanos(System.nanoTime() - start), null);
        }
    }

    private Check record(Check c) {
        checks.add(c);
        out.printf("    %s -> %s ... %s%n", c.from(), c.to(), c.outcome());
        return c;
    }

    /** @return the checks so far */
    public List<Check> checks() {
        return List.copyOf(checks);
    }

    /** @return the facts verified so far */
    public List<Fact> facts() {
        return List.copyOf(facts);
    }

    /** @return true if no step failed and every check and fact came out as expected */
    public boolean passed() {
        return !failed && checks.stream().allMatch(Check::passed) && facts.stream().allMatch(Fact::holds);
    }

    /**
     * Marks the run failed and says why.
     *
     * @param why what went wrong
     */
    public void fail(String why) {
        failed = true;
        out.println("    FAILED: " + why);
    }

    /**
     * Marks the run as not run to the end for a reason outside the program (a kernel without a
     * module it needs), and says why.
     *
     * @param why what the machine lacks
     */
    public void stop(String why) {
        failed = true;
        out.println("    stopped: " + why);
    }

    /**
     * Undoes every change in reverse order (unless {@code --keep}), then closes every handle
     * and socket. A failing undo marks the run failed and the rest still runs.
     */
    @Override
    public void close() {
        if (keep) {
            if (!undo.isEmpty()) {
                out.printf("%n--keep: left in place; inspect with `ip netns exec NAME ip a`. To remove:%n");
                for (Undo u : undo) {
                    out.println("  " + u.description());
                }
            }
        } else if (!undo.isEmpty()) {
            out.printf("%nCleaning up%n");
            while (!undo.isEmpty()) {
                Undo u = undo.pop();
                // said before it is done: if the program is interrupted meanwhile, the line is
                // out whichever of this and the exit hook then removes it
                out.println("  $ " + u.description());
                try {
                    u.action().run();
                } catch (Exception e) {
                    failed = true;
                    out.println("    FAILED: " + e.getMessage());
                }
            }
        }
        while (!resources.isEmpty()) {
            try {
                resources.pop().close();
            } catch (Exception e) {
                failed = true;
                out.println("  closing a handle FAILED: " + e);
            }
        }
        // only now: interrupted during this cleanup, the exit hook says what it removed itself
        ExitCleanup.stopListening(interrupted);
    }
}

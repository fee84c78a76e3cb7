package dev.jnetlink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.socket.KernelLacksFeatureException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a scenario's main path the way the jar does ({@link Main#execute}) under a unique
 * namespace prefix, captures what it prints, and checks that it left no namespace with the
 * prefix ({@code ip netns list}, read with the library). A namespace the run left behind is
 * removed before the assertion fails, so a failing test does not leave the machine dirty
 * either. Links left in the caller's namespace fail the test through {@code @NetlinkTest}'s
 * leak check.
 *
 * @param prefix the run's namespace prefix
 * @param result what {@link Main#execute} returned
 * @param output what it printed
 */
record ScenarioRun(String prefix, Main.Result result, String output) {
    /**
     * Runs and checks the cleanup; a scenario stopped by a kernel that lacks a feature rethrows
     * that exception afterwards (the test is then skipped, or fails in strict mode).
     *
     * @param scenario the subcommand
     * @param options its options (the prefix is added)
     * @return the run
     */
    static ScenarioRun run(String scenario, String... options) {
        ScenarioRun r = runKeeping(scenario, options);
        r.assertNothingLeft();
        r.rethrowKernelLack();
        return r;
    }

    /**
     * Runs without checking the cleanup (for {@code --keep}); call {@link #removeLeftovers()}.
     *
     * @param scenario the subcommand
     * @param options its options (the prefix is added)
     * @return the run
     */
    static ScenarioRun runKeeping(String scenario, String... options) {
        return execute(true, scenario, options);
    }

    /**
     * Runs a scenario that is meant to fail and checks the cleanup, without echoing what it
     * prints: a deliberate "FAILED" in the build log would read like a real one. Assertions on
     * {@link #output()} show it when they fail.
     *
     * @param scenario the subcommand
     * @param options its options (the prefix is added)
     * @return the run
     */
    static ScenarioRun runExpectingFailure(String scenario, String... options) {
        ScenarioRun r = execute(false, scenario, options);
        r.assertNothingLeft();
        return r;
    }

    private static ScenarioRun execute(boolean echo, String scenario, String... options) {
        String prefix = ScratchNamespaces.uniqueName("ex") + "-";
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>();
        args.add(scenario);
        args.addAll(Arrays.asList(options));
        args.add("--prefix");
        args.add(prefix);
        Main.Result result;
        try (PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            result = Main.execute(out, args.toArray(String[]::new));
        }
        String output = buf.toString(StandardCharsets.UTF_8);
        if (echo) {
            System.out.print(output);
        }
        return new ScenarioRun(prefix, result, output);
    }

    /** Asserts that no namespace with the prefix is left (removing any before failing). */
    void assertNothingLeft() {
        List<String> left = namespaces();
        removeLeftovers();
        assertThat(left).as("namespaces left by the run").isEmpty();
    }

    /** @return the namespaces with this run's prefix, as {@code ip netns list} lists them */
    List<String> namespaces() {
        return NetNs.list().stream().filter(n -> n.startsWith(prefix)).toList();
    }

    /** Deletes every namespace with this run's prefix. */
    void removeLeftovers() {
        for (String n : namespaces()) {
            NetNs.deleteIfExists(n);
        }
    }

    /**
     * Rethrows the kernel's lack of a feature that stopped the run, if it did, after checking
     * that the run said so plainly (exit code 3, no "FAILED": nothing went wrong in the program).
     */
    void rethrowKernelLack() {
        if (result.failure() instanceof KernelLacksFeatureException k) {
            assertThat(result.exitCode()).isEqualTo(Main.KERNEL_LACKS);
            assertThat(output)
                    .contains("    not possible on this kernel: ")
                    .contains("    stopped: this kernel lacks " + k.feature())
                    .doesNotContain("FAILED")
                    .endsWith("Not run to the end: this kernel lacks " + k.feature()
                            + "; run it on a kernel with the module.\n");
            throw k;
        }
    }

    /**
     * @param role a name from the walkthrough
     * @return its namespace's name in this run
     */
    String ns(String role) {
        return prefix + role;
    }

    /** @return the checks as {@code from -> to expected/outcome}, in order */
    List<String> checkLines() {
        return result.checks().stream().map(c -> c.from() + " -> " + c.to() + " "
                + (c.expectReachable() ? "reachable" : "unreachable") + " " + (c.passed() ? "ok" : "FAILED"))
                .toList();
    }

    /**
     * The check lines {@link Container#pingEachOther} records when all pass.
     *
     * @param names the containers, in order
     * @param gateway how the gateway is labelled, or null when it is not pinged
     * @return {@code NAME -> gateway reachable ok}, {@code NAME -> OTHER reachable ok}, ...
     */
    static List<String> eachToEveryOther(List<String> names, String gateway) {
        List<String> out = new ArrayList<>();
        for (String c : names) {
            if (gateway != null) {
                out.add(c + " -> " + gateway + " reachable ok");
            }
            for (String other : names) {
                if (!other.equals(c)) {
                    out.add(c + " -> " + other + " reachable ok");
                }
            }
        }
        return out;
    }

    /** @return the lines of the final reachability table, without the heading */
    List<String> tableRows() {
        String[] lines = output.split("\n");
        int start = -1;
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i].equals("Reachability")) {
                start = i;
                break;
            }
        }
        assertThat(start).as("a Reachability table in the output").isNotNegative();
        List<String> rows = new ArrayList<>();
        for (int i = start + 2; i < lines.length && !lines[i].isBlank(); i++) {
            rows.add(lines[i].strip());
        }
        return rows;
    }
}

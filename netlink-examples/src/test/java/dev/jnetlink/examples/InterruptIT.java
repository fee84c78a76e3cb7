package dev.jnetlink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.ReferenceTools;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.testing.Ip;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario, run as the jar in a JVM of its own and stopped part-way: after Ctrl-C
 * (SIGINT) or SIGTERM it has removed every namespace it made and said so; after SIGKILL (which
 * runs nothing) the next run of the same scenario removes what was left, says so, and passes.
 * The caller's namespace gains no link either way.
 *
 * <p>Where it is stopped: once the program has printed the header of step N (N drawn at
 * random), after a further random 0-300 ms, so that the signal lands in different steps and in
 * the middle of them. The draws come from one seed, printed, and can be replayed with
 * {@code -Djnetlink.examples.interrupt.seed=S}.
 *
 * <p>How many: every scenario is stopped three times (SIGINT, SIGTERM, SIGKILL and a rerun),
 * about 40 JVM runs, a minute or two on the host. The full-kernel VM runs about ten times
 * slower, so there {@code -Djnetlink.examples.interrupt.sample=N} (set by {@code .ci/vm-tests})
 * takes N scenarios drawn from the seed and stops each once, the signals taking turns.
 */
@NetlinkTest
class InterruptIT {
    private static final Pattern STEP = Pattern.compile("^\\[(\\d+)] \\$ ");
    private static final Pattern ADD = Pattern.compile("^\\[\\d+] \\$ ip netns add (\\S+)");
    private static final long SEED = Long.getLong("jnetlink.examples.interrupt.seed", System.nanoTime());
    private static final Random RANDOM = new Random(SEED);

    static Stream<Arguments> runs() {
        System.out.println("InterruptIT seed " + SEED);
        List<String> names = new ArrayList<>(Scenarios.all().stream().map(Scenario::name).toList());
        String sample = System.getProperty("jnetlink.examples.interrupt.sample");
        List<Arguments> out = new ArrayList<>();
        if (sample == null) {
            for (String name : names) {
                for (String signal : List.of("INT", "TERM", "KILL")) {
                    out.add(Arguments.of(name, signal, 1 + RANDOM.nextInt(12)));
                }
            }
        } else {
            Collections.shuffle(names, RANDOM);
            List<String> signals = List.of("INT", "TERM", "KILL");
            for (int i = 0; i < Math.min(Integer.parseInt(sample), names.size()); i++) {
                out.add(Arguments.of(names.get(i), signals.get(i % 3), 1 + RANDOM.nextInt(8)));
            }
        }
        return out.stream();
    }

    /** What a run printed, and how it ended. */
    private record Run(int exitCode, String output) {
        /**
         * @return the namespaces whose step says {@code ok}; one whose creation the exit hook
         *     stopped (it never was made) has none
         */
        List<String> made() {
            List<String> out = new ArrayList<>();
            String creating = null;
            for (String line : output.split("\n")) {
                Matcher add = ADD.matcher(line);
                if (add.find()) {
                    creating = add.group(1);
                } else if (STEP.matcher(line).find()) {
                    creating = null;
                } else if (creating != null && line.equals("    ok")) {
                    out.add(creating);
                    creating = null;
                }
            }
            return out;
        }
    }

    private static Run start(String scenario, String prefix, String signal, int step) throws Exception {
        Process p = ReferenceTools.start(new ProcessBuilder(ExamplesJar.command(scenario, "--prefix", prefix))
                .redirectErrorStream(true));
        StringBuilder output = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean sent = signal == null;
            while ((line = in.readLine()) != null) {
                output.append(line).append('\n');
                Matcher m = STEP.matcher(line);
                if (!sent && m.find() && Integer.parseInt(m.group(1)) >= step) {
                    Thread.sleep(RANDOM.nextInt(300));
                    signal(p, signal);
                    sent = true;
                }
            }
        } finally {
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
            }
        }
        return new Run(p.exitValue(), output.toString());
    }

    // The program may have ended meanwhile (a kernel that lacks what it needs stops it early).
    private static void signal(Process p, String signal) {
        try {
            ReferenceTools.run("kill", "-s", signal, Long.toString(p.pid()));
        } catch (AssertionError e) {
            if (p.isAlive()) {
                throw e;
            }
        }
    }

    private static List<String> namespacesWith(String prefix) {
        return NetNs.list().stream().filter(n -> n.startsWith(prefix)).toList();
    }

    private static Set<String> callerLinks() {
        return Arrays.stream(Ip.ip(null, "-o", "link", "show").split("\n")).filter(l -> !l.isBlank())
                .map(l -> l.split(":\\s+")[1].split("@")[0]).collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean sigintIgnoredHere() throws Exception {
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (l.startsWith("SigIgn:")) {
                return (Long.parseLong(l.substring(7).strip(), 16) & 2) != 0;
            }
        }
        return false;
    }

    @ParameterizedTest(name = "{0}: SIG{1} at step {2}")
    @MethodSource("runs")
    void stoppedPartWayItLeavesNothing(String scenario, String signal, int step) throws Exception {
        if (signal.equals("INT") && sigintIgnoredHere()) {
            // a child inherits an ignored SIGINT (a background job of a non-interactive shell)
            Assumptions.abort("SIGINT is ignored in this test JVM, so in the program it starts too");
        }
        String prefix = "jnl-in" + Integer.toString(RANDOM.nextInt(1 << 20), 36) + "-";
        Set<String> before = callerLinks();
        try {
            Run run = start(scenario, prefix, signal, step);
            String how = scenario + " stopped by SIG" + signal + " at step " + step + "; it printed:\n" + run.output();
            if (signal.equals("KILL")) {
                List<String> left = namespacesWith(prefix);
                Run rerun = start(scenario, prefix, null, 0);
                String again = how + "\nthe rerun printed:\n" + rerun.output();
                assertThat(rerun.exitCode()).as(again).isIn(Main.PASSED, Main.KERNEL_LACKS);
                System.out.printf("InterruptIT: %s SIGKILL at step %d: exit %d, %d namespace(s) left; the rerun"
                        + " removed them and exited %d%n", scenario, step, run.exitCode(), left.size(), rerun.exitCode());
                if (!left.isEmpty()) {
                    assertThat(rerun.output()).as(again)
                            .contains("Removed what an interrupted run left (killed before it could clean up):");
                    for (String ns : left) {
                        assertThat(rerun.output()).as(again).containsPattern(
                                "\n  \\$ ip netns del " + Pattern.quote(ns) + "   # left by process \\d+\n");
                    }
                }
            } else {
                int byThisSignal = signal.equals("INT") ? 130 : 143;
                System.out.printf("InterruptIT: %s SIG%s at step %d: exit %d, made %d namespace(s), all removed%n",
                        scenario, signal, step, run.exitCode(), run.made().size());
                // a run may end before the step drawn: then it finished and cleaned up itself
                assertThat(run.exitCode()).as(how).isIn(byThisSignal, Main.PASSED, Main.FAILED, Main.KERNEL_LACKS);
                // the signal may also come after the program's own cleanup (exit status 128+N
                // all the same): then that cleanup, not the exit hook, named what it removed
                if (run.exitCode() == byThisSignal && !run.made().isEmpty()
                        && !run.output().contains("\nCleaning up\n")) {
                    assertThat(run.output()).as(how).contains("\nInterrupted: removing what this run made\n");
                }
                for (String ns : run.made()) {
                    assertThat(run.output()).as(how + "\nwhat it removed names " + ns)
                            .contains("  $ ip netns del " + ns + "\n");
                }
            }
            assertThat(namespacesWith(prefix)).as(how).isEmpty();
            assertThat(callerLinks()).as("links of the caller's namespace after " + how).isEqualTo(before);
        } finally {
            namespacesWith(prefix).forEach(NetNs::deleteIfExists);
        }
    }
}

package dev.jnetlink.examples;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The examples jar: one subcommand per walkthrough scenario.
 *
 * <pre>
 * java -jar netlink-examples.jar list
 * java -jar netlink-examples.jar r1r2 [--keep] [--prefix P] [options]
 * java -jar netlink-examples.jar SCENARIO --help
 * </pre>
 *
 * The exit code is 0 only when every step and every reachability check passed.
 */
public final class Main {
    private Main() {
    }

    /**
     * @param args the subcommand and its options
     */
    public static void main(String[] args) {
        System.exit(run(System.out, args));
    }

    /**
     * Runs a subcommand; what {@link #main} does, without exiting (for tests).
     *
     * @param out where to print
     * @param args the subcommand and its options
     * @return the exit code: 0 all passed, 1 a check or step failed, 2 bad usage
     */
    public static int run(PrintStream out, String... args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            usage(out);
            return args.length == 0 ? 2 : 0;
        }
        if (args[0].equals("list")) {
            for (Scenario s : Scenarios.all()) {
                out.printf("  %-14s %s  [%s]%n", s.name(), s.summary(), s.source());
            }
            return 0;
        }
        Scenario scenario = Scenarios.find(args[0]);
        if (scenario == null) {
            out.println("unknown scenario \"" + args[0] + "\"; `list` shows them");
            return 2;
        }
        Options options = new Options();
        scenario.declare(options);
        options.option("prefix", "", "prefix for every namespace and bridge name this run creates");
        options.flag("keep", "leave everything in place at the end, for inspection");
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            out.printf("%s: %s%nFollows %s.%n%nOptions:%n%s", scenario.name(), scenario.summary(),
                    scenario.source(), options.usage());
            return 0;
        }
        try {
            options.parse(rest.toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            out.println(scenario.name() + ": " + e.getMessage());
            return 2;
        }
        out.printf("== %s: %s%n   (%s)%n", scenario.name(), scenario.summary(), scenario.source());
        boolean passed;
        try (Walkthrough walk = new Walkthrough(out, options.get("prefix"), options.flag("keep"))) {
            try {
                scenario.run(walk, options);
            } catch (Exception e) {
                walk.fail("stopped at the failed step: " + e);
            }
            walk.printSummary();
            passed = walk.passed();
        }
        return passed ? 0 : 1;
    }

    private static void usage(PrintStream out) {
        out.println("jnetlink examples: the Docker networking walkthroughs, in-process, with no ip/brctl/ping.");
        out.println();
        out.println("usage: java -jar netlink-examples.jar SCENARIO [--keep] [--prefix P] [options]");
        out.println("       java -jar netlink-examples.jar SCENARIO --help");
        out.println("       java -jar netlink-examples.jar list");
        out.println();
        out.println("Scenarios:");
        for (Scenario s : Scenarios.all()) {
            out.printf("  %-14s %s%n", s.name(), s.summary());
        }
        out.println();
        out.println("Runs as root. Everything is created in namespaces of its own and removed at the end;");
        out.println("the machine's own interfaces are never touched.");
    }
}

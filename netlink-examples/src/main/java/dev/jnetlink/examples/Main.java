package dev.jnetlink.examples;

import dev.jnetlink.netns.NetNs;
import dev.jnetlink.socket.AlreadyExistsException;
import dev.jnetlink.socket.KernelLacksFeatureException;
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
 * java -jar netlink-examples.jar link NAME
 * </pre>
 *
 * The exit code is 0 only when every step, every reachability check and every verified fact
 * passed, and the cleanup too. Interrupted (Ctrl-C, SIGTERM) a run removes what it made and
 * says so; a run killed outright (SIGKILL) leaves it, and the next run removes it first.
 */
public final class Main {
    /** Every step, check and fact passed. */
    public static final int PASSED = 0;
    /** A step, a check, a fact or the cleanup failed. */
    public static final int FAILED = 1;
    /** The command line is wrong. */
    public static final int USAGE = 2;
    /** The kernel lacks something the scenario needs (a module such as 8021q or ipvlan). */
    public static final int KERNEL_LACKS = 3;

    /**
     * What a run did, for tests: the exit code, the checks and facts, and what stopped it.
     *
     * @param exitCode what the program exits with
     * @param checks the reachability checks, in order
     * @param facts the verified facts, in order
     * @param failure the exception that stopped the scenario, or null
     */
    public record Result(int exitCode, List<Check> checks, List<Fact> facts, Exception failure) {
        static Result of(int exitCode) {
            return new Result(exitCode, List.of(), List.of(), null);
        }
    }

    private Main() {
    }

    /**
     * @param args the subcommand and its options
     */
    public static void main(String[] args) {
        System.exit(run(System.out, args));
    }

    /**
     * Runs a subcommand; what {@link #main} does, without exiting.
     *
     * @param out where to print
     * @param args the subcommand and its options
     * @return the exit code: {@link #PASSED}, {@link #FAILED}, {@link #USAGE} or
     *     {@link #KERNEL_LACKS}
     */
    public static int run(PrintStream out, String... args) {
        return execute(out, args).exitCode();
    }

    /**
     * Runs a subcommand and returns what happened.
     *
     * @param out where to print
     * @param args the subcommand and its options
     * @return the exit code, checks, facts and failure
     */
    public static Result execute(PrintStream out, String... args) {
        if (args.length == 0 || isHelp(args[0]) || args[0].equals("help")) {
            usage(out);
            return Result.of(args.length == 0 ? USAGE : PASSED);
        }
        if (args[0].equals("link")) {
            if (args.length != 2) {
                out.println("usage: java -jar netlink-examples.jar link NAME");
                return Result.of(USAGE);
            }
            return Result.of(ShowLink.run(out, args[1]));
        }
        if (args[0].equals("list")) {
            for (Scenario s : Scenarios.all()) {
                out.printf("  %-14s %s  [%s]%n", s.name(), s.summary(), s.source());
            }
            return Result.of(PASSED);
        }
        Scenario scenario = Scenarios.find(args[0]);
        if (scenario == null) {
            out.println("unknown scenario \"" + args[0] + "\"; `list` shows them");
            return Result.of(USAGE);
        }
        Options options = new Options();
        scenario.declare(options);
        options.option("prefix", "", "prefix for every namespace name this run creates");
        options.flag("keep", "leave everything in place at the end, for inspection");
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.stream().anyMatch(Main::isHelp)) {
            out.printf("%s: %s%nFollows %s.%n%nOptions:%n%s", scenario.name(), scenario.summary(),
                    scenario.source(), options.usage());
            return Result.of(PASSED);
        }
        try {
            options.parse(rest.toArray(String[]::new));
        } catch (Options.UsageException e) {
            out.println(scenario.name() + ": " + e.getMessage());
            return Result.of(USAGE);
        }
        out.printf("== %s: %s%n   (%s)%n", scenario.name(), scenario.summary(), scenario.source());
        List<String> leftovers = NetNs.removeLeftovers();
        if (!leftovers.isEmpty()) {
            out.printf("%nRemoved what an interrupted run left (killed before it could clean up):%n");
            leftovers.forEach(l -> out.println("  $ " + l));
        }
        Walkthrough walk = new Walkthrough(out, options.get("prefix"), options.flag("keep"));
        Exception failure = null;
        int code;
        try (walk) {
            try {
                scenario.run(walk, options);
            } catch (Options.UsageException e) {
                failure = e;
            } catch (KernelLacksFeatureException e) {
                failure = e;
                walk.stop(explain(e));
            } catch (Exception e) {
                failure = e;
                walk.fail("stopped at the failed step: " + explain(e));
            }
        }
        if (failure instanceof Options.UsageException) {
            out.println(scenario.name() + ": " + failure.getMessage());
            code = USAGE;
        } else {
            out.println();
            if (failure instanceof KernelLacksFeatureException k) {
                out.print(Summary.format(walk.checks(), walk.facts(),
                        "Not run to the end: this kernel lacks " + k.feature()
                                + "; run it on a kernel with the module."));
                code = KERNEL_LACKS;
            } else {
                out.print(Summary.format(walk.checks(), walk.facts(), walk.passed()));
                code = walk.passed() ? PASSED : FAILED;
            }
        }
        return new Result(code, walk.checks(), walk.facts(), failure);
    }

    private static String explain(Exception e) {
        if (e instanceof KernelLacksFeatureException k) {
            return "this kernel lacks " + k.feature() + " (" + e.getMessage() + ")";
        }
        if (e instanceof AlreadyExistsException a && "ip netns add".equals(a.operation())) {
            return e.getMessage() + " (--prefix P gives this run's namespaces other names)";
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h");
    }

    private static void usage(PrintStream out) {
        out.println("jnetlink examples: the Docker networking walkthroughs, in-process, with no ip/brctl/ping.");
        out.println();
        out.println("usage: java -jar netlink-examples.jar SCENARIO [--keep] [--prefix P] [options]");
        out.println("       java -jar netlink-examples.jar SCENARIO --help");
        out.println("       java -jar netlink-examples.jar list");
        out.println("       java -jar netlink-examples.jar link NAME   (one link, as ip -o link show dev NAME)");
        out.println();
        out.println("Scenarios:");
        for (Scenario s : Scenarios.all()) {
            out.printf("  %-14s %s%n", s.name(), s.summary());
        }
        out.println();
        out.println("Runs as root. Everything is made in namespaces of its own and removed at the end;");
        out.println("the machine's own interfaces are never touched.");
        out.println("Exit code: 0 every check passed, 1 a step or check failed, 2 wrong usage,");
        out.println("3 the kernel lacks a feature the scenario needs (e.g. the 8021q or ipvlan module).");
    }
}

package dev.jnetlink.topology;

import dev.jnetlink.socket.KernelLacksFeatureException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line: {@code java -jar netlink-topology.jar plan|apply|destroy [--prefix P] FILE}.
 */
public final class Main {
    /** Done: planned, applied or destroyed. */
    public static final int OK = 0;
    /** The kernel refused a step; what the apply did was rolled back (the message says if not all). */
    public static final int REFUSED = 1;
    /** Wrong command line, or a topology file that is not valid (nothing was changed). */
    public static final int USAGE = 2;
    /** Objects the topology does not own stand in its way (nothing was changed). */
    public static final int CONFLICT = 3;
    /** The topology is being applied or destroyed by another process (nothing was changed). */
    public static final int BUSY = 4;
    /** The kernel lacks a feature the topology needs (rolled back). */
    public static final int KERNEL_LACKS = 5;

    static final String HELP = """
            Usage: java -jar netlink-topology.jar COMMAND [--prefix P] [--quiet] FILE

            Declarative network topologies: namespaces, veth pairs, bridges, macvlan, VXLAN,
            addresses, routes, neighbours, sysctls, NAT and published ports (nftables) and
            link shaping (tc: delay, jitter, loss, rate) described in a YAML or JSON file.

            Commands:
              plan      compare FILE with the live state and print what apply would do
              apply     make the live state what FILE says, in dependency order; on a refused
                        step undo what this apply did. Applying twice changes nothing.
              destroy   remove every namespace FILE's topology owns (marked with its name),
                        also what an apply that was killed left; nothing else

            Options:
              --prefix P   put P before every namespace's name (overrides the file's prefix)
              --quiet      no line per step, only the summary
              --help       this text

            Exit codes: 0 done; 1 a step was refused (rolled back); 2 wrong command line or
            invalid file; 3 objects the topology does not own are in the way; 4 the topology is
            being applied or destroyed elsewhere; 5 the kernel lacks a feature.
            """;

    private Main() {
    }

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /**
     * Runs one command.
     *
     * @param out where plans, progress and summaries go
     * @param err where errors go
     * @param args the command line
     * @return the exit code
     */
    public static int run(PrintStream out, PrintStream err, String... args) {
        String command = null;
        String prefix = null;
        String file = null;
        boolean quiet = false;
        List<String> rest = new ArrayList<>(List.of(args));
        if (rest.isEmpty() || rest.contains("--help") || rest.contains("-h")) {
            (rest.isEmpty() ? err : out).print(HELP);
            return rest.isEmpty() ? USAGE : OK;
        }
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            if (a.equals("--prefix") && i + 1 < rest.size()) {
                prefix = rest.get(++i);
            } else if (a.equals("--quiet")) {
                quiet = true;
            } else if (a.startsWith("-")) {
                return usage(err, "unknown option " + a);
            } else if (command == null) {
                command = a;
            } else if (file == null) {
                file = a;
            } else {
                return usage(err, "one FILE only; got " + file + " and " + a);
            }
        }
        if (!List.of("plan", "apply", "destroy").contains(command)) {
            return usage(err, "COMMAND is plan, apply or destroy; got " + command);
        }
        if (file == null) {
            return usage(err, command + " needs a FILE");
        }
        Topology t;
        try {
            t = TopologyReader.read(Path.of(file));
        } catch (NoSuchFileException e) {
            err.println("error: no such file: " + file);
            return USAGE;
        } catch (IOException e) {
            err.println("error: cannot read " + file + ": " + e.getMessage());
            return USAGE;
        } catch (TopologyException e) {
            err.println("error: " + e.getMessage());
            return USAGE;
        }
        try {
            if (prefix != null) {
                t = t.withPrefix(prefix);
            }
        } catch (TopologyException e) {
            err.println("error: --prefix: " + e.getMessage());
            return USAGE;
        }
        Progress progress = quiet ? Progress.NONE : Progress.printing(out, 25);
        try {
            switch (command) {
                case "plan" -> out.print(Topologies.plan(t).text());
                case "apply" -> {
                    ApplyResult r = Topologies.apply(t, progress);
                    out.print(r.summary());
                }
                default -> {
                    long t0 = System.nanoTime();
                    long cpu0 = Topologies.cpuNanos();
                    List<String> removed = Topologies.destroy(t.name(), progress);
                    out.printf("Destroy complete: %d namespace%s of topology %s removed in %.1f ms (CPU %.1f ms).%n",
                            removed.size(), removed.size() == 1 ? "" : "s", t.name(), (System.nanoTime() - t0) / 1e6,
                            (Topologies.cpuNanos() - cpu0) / 1e6);
                }
            }
            return OK;
        } catch (PlanConflictException e) {
            err.println("error: " + e.getMessage());
            return CONFLICT;
        } catch (TopologyBusyException e) {
            err.println("error: " + e.getMessage());
            return BUSY;
        } catch (ApplyFailedException e) {
            err.println("error: " + e.getMessage());
            return e.getCause() instanceof KernelLacksFeatureException ? KERNEL_LACKS : REFUSED;
        } catch (Exception e) {
            err.println("error: " + e);
            return REFUSED;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("error: " + problem);
        err.println("Run with --help for usage.");
        return USAGE;
    }
}

package dev.jnetlink.junit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The one way tests run a program: the reference tools a test compares the library against
 * ({@code ip}, {@code bridge}, {@code tc}, {@code brctl}, {@code nft}, {@code strace}, ...)
 * and helpers such as {@code nsenter}. Before anything is started, every program the command
 * line names is looked up on {@code PATH} (also the one run by {@code ip netns exec NAME PROG}
 * and {@code nsenter ... PROG}); if one is missing, the test is skipped with one line naming
 * the Debian package to install ({@code brctl is not installed (apt-get install bridge-utils)}),
 * or fails in strict mode ({@link StrictMode#requiresTool}).
 *
 * <p>Processes are started only from a thread in the process's own network namespace: a
 * process started from inside {@code NetNs.call} would leave the JDK's process-reaper thread
 * in that namespace for a minute, keeping it alive. To run a tool in a namespace, use
 * {@code ip -n NAME}, {@code ip netns exec NAME ...} or {@code nsenter --net=PATH ...}.
 *
 * <p>Tests only: the library itself never starts a process.
 */
public final class ReferenceTools {
    /** The Debian package of each program tests are known to run. */
    private static final Map<String, String> PACKAGES = Map.ofEntries(
            Map.entry("ip", "iproute2"), Map.entry("bridge", "iproute2"), Map.entry("tc", "iproute2"),
            Map.entry("ss", "iproute2"), Map.entry("brctl", "bridge-utils"), Map.entry("nft", "nftables"),
            Map.entry("strace", "strace"), Map.entry("route", "net-tools"), Map.entry("ifconfig", "net-tools"),
            Map.entry("arp", "net-tools"), Map.entry("netstat", "net-tools"), Map.entry("sysctl", "procps"),
            Map.entry("ping", "iputils-ping"), Map.entry("tcpdump", "tcpdump"), Map.entry("ethtool", "ethtool"),
            Map.entry("nsenter", "util-linux"), Map.entry("unshare", "util-linux"),
            Map.entry("sleep", "coreutils"), Map.entry("stat", "coreutils"), Map.entry("readlink", "coreutils"),
            Map.entry("cat", "coreutils"));
    private static final long TIMEOUT_SECONDS = 60;

    private ReferenceTools() {
    }

    /**
     * Runs a command to its end and returns what it printed. Equivalent to running it in a
     * shell and capturing stdout.
     *
     * @param command the program and its arguments, e.g. {@code "ip", "-n", ns.name(), "-j", "link"}
     * @return its standard output
     * @throws org.opentest4j.TestAbortedException if a program is not installed (outside strict mode)
     * @throws AssertionError if it exits with a non-zero status (with its stderr), takes over
     *     60 s, or a program is missing in strict mode
     */
    public static String run(String... command) {
        List<String> cmd = List.of(command);
        String shown = String.join(" ", cmd);
        File out = null;
        File err = null;
        try {
            out = File.createTempFile("jnl-tool-", ".out");
            err = File.createTempFile("jnl-tool-", ".err");
            // Files rather than pipes: nothing can block on a full pipe, and no reader thread.
            Process p = start(new ProcessBuilder(cmd).redirectOutput(out).redirectError(err));
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("timed out after " + TIMEOUT_SECONDS + " s: " + shown);
            }
            if (p.exitValue() != 0) {
                throw new AssertionError(shown + " exited " + p.exitValue() + ": "
                        + Files.readString(err.toPath(), StandardCharsets.UTF_8).trim());
            }
            return Files.readString(out.toPath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot run " + shown + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + shown, e);
        } finally {
            delete(out);
            delete(err);
        }
    }

    /**
     * Starts a command the caller has set up (redirects, environment) and returns the running
     * process, after checking that every program it names is installed. The caller waits for it
     * or destroys it.
     *
     * @param builder the command, e.g. {@code new ProcessBuilder("strace", "-f", ...).redirectErrorStream(true)}
     * @return the started process
     * @throws org.opentest4j.TestAbortedException if a program is not installed (outside strict mode)
     * @throws AssertionError if it cannot be started, a program is missing in strict mode, or
     *     the calling thread is not in the process's own network namespace
     */
    public static Process start(ProcessBuilder builder) {
        requireAll(programsIn(builder.command()));
        requireHomeNamespace(builder.command());
        try {
            return builder.start();
        } catch (IOException e) {
            throw new AssertionError("cannot start " + String.join(" ", builder.command()) + ": " + e, e);
        }
    }

    /**
     * Checks that a program is installed, before a test does work that needs it.
     *
     * @param program a name looked up on {@code PATH}, or an absolute path
     * @return its path
     * @throws org.opentest4j.TestAbortedException if it is missing (outside strict mode), with
     *     one line naming the package to install
     * @throws AssertionError if it is missing in strict mode
     */
    public static Path require(String program) {
        requireAll(List.of(program));
        return find(program).orElseThrow();
    }

    // One line for everything a command line lacks: ip netns exec NS brctl on a fresh machine
    // needs two packages.
    private static void requireAll(List<String> programs) {
        List<String> missing = programs.stream().distinct().filter(p -> find(p).isEmpty()).toList();
        if (missing.isEmpty()) {
            return;
        }
        String reason = missing(missing);
        if (missing.stream().anyMatch(StrictMode::requiresTool)) {
            throw new AssertionError(reason + ", which this run requires (-D" + StrictMode.REQUIRE_TOOLS
                    + " or -D" + StrictMode.STRICT + ")");
        }
        throw StrictMode.skip(reason, null);
    }

    /**
     * Looks a program up as {@code execvp} does: an absolute or relative path as given, a bare
     * name in each directory of {@code PATH}. Only an executable regular file counts, so a tool
     * hidden by bind-mounting {@code /dev/null} over it is missing.
     *
     * @param program a name or a path
     * @return its path, or empty if it is not installed
     */
    public static Optional<Path> find(String program) {
        return find(program, System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin"));
    }

    static Optional<Path> find(String program, String searchPath) {
        if (program.contains("/")) {
            return Optional.of(Path.of(program)).filter(ReferenceTools::isExecutableFile);
        }
        for (String dir : searchPath.split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, program);
            if (isExecutableFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * @param program a program name such as {@code brctl}
     * @return the Debian package that installs it, if the program is one tests are known to run
     */
    public static Optional<String> packageOf(String program) {
        return Optional.ofNullable(PACKAGES.get(Path.of(program).getFileName().toString()));
    }

    /**
     * @param programs programs that are not installed
     * @return {@code brctl is not installed (apt-get install bridge-utils)}, or for several
     *     {@code ip, brctl are not installed (apt-get install iproute2 bridge-utils)}
     */
    static String missing(List<String> programs) {
        List<String> packages = programs.stream().map(ReferenceTools::packageOf).flatMap(Optional::stream)
                .distinct().toList();
        List<String> unknown = programs.stream().filter(p -> packageOf(p).isEmpty()).toList();
        StringBuilder how = new StringBuilder();
        if (!packages.isEmpty()) {
            how.append("apt-get install ").append(String.join(" ", packages));
        }
        if (!unknown.isEmpty()) {
            how.append(how.length() > 0 ? "; " : "").append("no Debian package known for ")
                    .append(programs.size() == 1 ? "it" : String.join(", ", unknown));
        }
        return String.join(", ", programs) + (programs.size() == 1 ? " is" : " are") + " not installed (" + how + ")";
    }

    /**
     * The programs a command line runs: its first word, and the program {@code ip netns exec
     * NAME PROG} or {@code nsenter [OPTIONS] PROG} runs in turn.
     */
    static List<String> programsIn(List<String> command) {
        List<String> programs = new ArrayList<>();
        if (command.isEmpty()) {
            throw new IllegalArgumentException("empty command");
        }
        programs.add(command.get(0));
        String name = Path.of(command.get(0)).getFileName().toString();
        if (name.equals("ip")) {
            int netns = command.indexOf("netns");
            if (netns > 0 && command.size() > netns + 3 && command.get(netns + 1).equals("exec")) {
                programs.addAll(programsIn(command.subList(netns + 3, command.size())));
            }
        } else if (name.equals("nsenter")) {
            command.stream().skip(1).filter(a -> !a.startsWith("-")).findFirst()
                    .ifPresent(inner -> programs.addAll(programsIn(command.subList(command.indexOf(inner), command.size()))));
        }
        return programs;
    }

    private static boolean isExecutableFile(Path p) {
        return Files.isRegularFile(p) && Files.isExecutable(p);
    }

    private static void requireHomeNamespace(List<String> command) {
        try {
            Path home = Files.readSymbolicLink(Path.of("/proc/self/ns/net"));
            Path here = Files.readSymbolicLink(Path.of("/proc/thread-self/ns/net"));
            if (!home.equals(here)) {
                throw new AssertionError("not starting " + String.join(" ", command) + " from a thread in "
                        + here + ": the JDK's process-reaper thread would stay in that namespace; run it with"
                        + " ip -n NAME, ip netns exec NAME or nsenter --net=PATH from the test's own thread");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(File f) {
        if (f != null && !f.delete() && f.exists()) {
            f.deleteOnExit();
        }
    }
}

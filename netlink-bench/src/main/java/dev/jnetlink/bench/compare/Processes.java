package dev.jnetlink.bench.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Running the peer programs (the runner is a harness: it may start processes). */
final class Processes {
    /** Longest a single peer run may take. */
    static final long TIMEOUT_MINUTES = 15;

    private Processes() {
    }

    /**
     * Runs a command to its end, stderr passed through.
     *
     * @param command the command
     * @return its standard output, line by line
     * @throws IOException if it fails or exits non-zero
     * @throws InterruptedException if interrupted
     */
    static List<String> run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            List<String> out = new ArrayList<>();
            try (BufferedReader r = reader(p)) {
                for (String line; (line = r.readLine()) != null; ) {
                    out.add(line);
                }
            }
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                throw new IOException("timed out: " + String.join(" ", command));
            }
            if (p.exitValue() != 0) {
                throw new IOException("exit " + p.exitValue() + ": " + String.join(" ", command));
            }
            return out;
        } finally {
            p.destroyForcibly();
        }
    }

    /**
     * Runs a command with its output discarded and returns its wall time, process start
     * included (how {@code ip} is measured: it cannot time itself).
     *
     * @param command the command
     * @return seconds
     * @throws IOException if it fails or exits non-zero
     * @throws InterruptedException if interrupted
     */
    static double time(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        long t0 = System.nanoTime();
        Process p = pb.start();
        boolean done = p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        long t1 = System.nanoTime();
        p.destroyForcibly();
        if (!done) {
            throw new IOException("timed out: " + String.join(" ", command));
        }
        if (p.exitValue() != 0) {
            throw new IOException("exit " + p.exitValue() + ": " + String.join(" ", command));
        }
        return (t1 - t0) / 1e9;
    }

    /**
     * Runs a command with its output discarded: wall time from outside, process start
     * included, and the process's whole CPU time ({@code getrusage(RUSAGE_CHILDREN)}).
     *
     * @param command the command
     * @return the times
     * @throws IOException if it fails or exits non-zero
     * @throws InterruptedException if interrupted
     */
    static Result.Time timeWithCpu(List<String> command) throws IOException, InterruptedException {
        long cpu0 = CpuTime.childrenNanos();
        double seconds = time(command);
        return new Result.Time(seconds, (CpuTime.childrenNanos() - cpu0) / 1e9);
    }

    static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * @param lines a peer's output
     * @return its last {@code result ...} line
     * @throws IOException if there is none
     */
    static String resultLine(List<String> lines) throws IOException {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith("result ")) {
                return lines.get(i);
            }
        }
        throw new IOException("no result line in the peer's output: " + lines);
    }
}

package dev.jnetlink.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs iproute2 ({@code ip}, {@code bridge}) for tests: the reference peer that parity and
 * interop tests compare the library against. Tests only; the library never starts a process.
 */
public final class Ip {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Ip() {
    }

    /**
     * Runs a command and returns its standard output.
     *
     * @param command e.g. {@code "ip", "netns", "add", "x"}
     * @return stdout
     * @throws AssertionError if it fails, with its stderr
     */
    public static String run(String... command) {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectErrorStream(false);
        try {
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + String.join(" ", command));
            }
            if (p.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " exited " + p.exitValue() + ": "
                        + new String(err, StandardCharsets.UTF_8).trim());
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot run " + String.join(" ", command) + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Runs {@code ip [-n NS] -j ARGS...} and parses its JSON.
     *
     * @param netns a named namespace, or null for the current one
     * @param args e.g. {@code "-d", "link", "show"}
     * @return the JSON (an array for show commands)
     */
    public static JsonNode json(String netns, String... args) {
        return jsonOf("ip", netns, args);
    }

    /**
     * Runs {@code bridge [-n NS] -j ARGS...} and parses its JSON.
     *
     * @param netns a named namespace, or null
     * @param args e.g. {@code "fdb", "show"}
     * @return the JSON
     */
    public static JsonNode bridgeJson(String netns, String... args) {
        return jsonOf("bridge", netns, args);
    }

    private static JsonNode jsonOf(String tool, String netns, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(tool);
        if (netns != null) {
            cmd.add("-n");
            cmd.add(netns);
        }
        cmd.add("-j");
        cmd.addAll(List.of(args));
        String out = run(cmd.toArray(String[]::new));
        try {
            return JSON.readTree(out.isBlank() ? "[]" : out);
        } catch (IOException e) {
            throw new AssertionError("not JSON from " + cmd + ": " + out, e);
        }
    }

    /**
     * Runs {@code ip -n NS ARGS...} (or without -n when null).
     *
     * @param netns a named namespace or null
     * @param args the ip arguments
     * @return stdout
     */
    public static String ip(String netns, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("ip");
        if (netns != null) {
            cmd.add("-n");
            cmd.add(netns);
        }
        cmd.addAll(List.of(args));
        return run(cmd.toArray(String[]::new));
    }
}

package dev.jnetlink.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jnetlink.junit.ReferenceTools;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs iproute2 ({@code ip}, {@code bridge}) for tests: the reference peer that parity and
 * interop tests compare the library against, and parses its {@code -j} output. Every run goes
 * through {@link ReferenceTools}, so a missing tool skips the test naming its package. Tests
 * only; the library never starts a process.
 */
public final class Ip {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Ip() {
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
        String out = ReferenceTools.run(cmd.toArray(String[]::new));
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
        return ReferenceTools.run(cmd.toArray(String[]::new));
    }
}

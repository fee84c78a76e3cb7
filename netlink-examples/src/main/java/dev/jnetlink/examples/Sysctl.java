package dev.jnetlink.examples;

import dev.jnetlink.netns.NetNs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Network sysctls of one namespace, read and written in-process: {@code /proc/sys/net/...}
 * shows the namespace of the thread that opens it, so the file is opened on a thread inside
 * the namespace ({@link NetNs#call}). Equivalent to {@code ip netns exec NS sysctl -w KEY=VALUE}.
 */
public final class Sysctl {
    private Sysctl() {
    }

    /**
     * @param ns the namespace
     * @param key e.g. {@code net.ipv4.ip_forward} (a key whose parts contain no dot)
     * @return its value, trimmed
     * @throws java.io.IOException if it cannot be read
     */
    public static String get(NetNs ns, String key) throws java.io.IOException {
        Path p = path(key);
        return ns.call(() -> Files.readString(p, StandardCharsets.US_ASCII).strip());
    }

    /**
     * @param ns the namespace
     * @param key e.g. {@code net.ipv4.ip_forward}
     * @param value the value to write
     * @throws java.io.IOException if it cannot be written
     */
    public static void set(NetNs ns, String key, String value) throws java.io.IOException {
        Path p = path(key);
        ns.run(() -> Files.writeString(p, value + "\n", StandardCharsets.US_ASCII));
    }

    private static Path path(String key) {
        if (!key.startsWith("net.") || key.contains("/") || key.contains("..")) {
            throw new IllegalArgumentException("not a network sysctl key: " + key);
        }
        return Path.of("/proc/sys", key.split("\\."));
    }
}

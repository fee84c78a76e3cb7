package dev.jnetlink.junit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether this process may work with network namespaces: the effective capabilities of the
 * calling thread ({@code CapEff} in {@code /proc/thread-self/status}), not the user id, so a
 * root without them (a container without {@code --privileged}) is told what is missing, and a
 * non-root user granted them runs the tests.
 */
final class Privileges {
    static final int CAP_NET_ADMIN = 12;
    static final int CAP_SYS_ADMIN = 21;
    private static volatile String reason;
    private static volatile boolean known;

    private Privileges() {
    }

    /** @return why namespace tests cannot run here, or null if they can */
    static String missing() {
        if (!known) {
            reason = compute();
            known = true;
        }
        return reason;
    }

    private static String compute() {
        long caps;
        try {
            caps = Files.readAllLines(Path.of("/proc/thread-self/status")).stream()
                    .filter(l -> l.startsWith("CapEff:"))
                    .map(l -> Long.parseUnsignedLong(l.substring("CapEff:".length()).trim(), 16))
                    .findFirst().orElse(0L);
        } catch (IOException | NumberFormatException e) {
            return "cannot read this thread's capabilities from /proc/thread-self/status (" + e + ")";
        }
        return reasonFor(caps, System.getProperty("user.name"));
    }

    /**
     * @param effective a {@code CapEff} bit mask
     * @param user the user name, for the message
     * @return the one-line reason, or null when both capabilities are there
     */
    static String reasonFor(long effective, String user) {
        List<String> lacking = new ArrayList<>();
        if ((effective & (1L << CAP_SYS_ADMIN)) == 0) {
            lacking.add("CAP_SYS_ADMIN (to create and enter network namespaces)");
        }
        if ((effective & (1L << CAP_NET_ADMIN)) == 0) {
            lacking.add("CAP_NET_ADMIN (to change links, addresses and routes)");
        }
        if (lacking.isEmpty()) {
            return null;
        }
        return "tests in network namespaces need " + String.join(" and ", lacking) + ", which user " + user
                + " lacks here: run them as root (in a container: --privileged)";
    }
}

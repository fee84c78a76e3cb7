package dev.jnetlink.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether this process may run the integration tests: CAP_NET_ADMIN and CAP_SYS_ADMIN. */
public final class Privileges {
    private static final int CAP_NET_ADMIN = 12;
    private static final int CAP_SYS_ADMIN = 21;
    private static final String REASON = computeReason();

    private Privileges() {
    }

    /** @return true if the integration tests can run */
    public static boolean isPrivileged() {
        return REASON == null;
    }

    /** @return why they cannot, or null */
    public static String reason() {
        return REASON;
    }

    private static String computeReason() {
        long caps;
        try {
            caps = Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("CapEff:"))
                    .map(l -> Long.parseUnsignedLong(l.substring(7).trim(), 16))
                    .findFirst().orElse(0L);
        } catch (IOException | NumberFormatException e) {
            return "cannot read capabilities from /proc/self/status (" + e + ")";
        }
        boolean net = (caps & (1L << CAP_NET_ADMIN)) != 0;
        boolean sys = (caps & (1L << CAP_SYS_ADMIN)) != 0;
        if (net && sys) {
            return null;
        }
        return "integration tests need root (CAP_NET_ADMIN and CAP_SYS_ADMIN); user "
                + System.getProperty("user.name") + " lacks "
                + (net ? "" : "CAP_NET_ADMIN") + (net || sys ? "" : " and ")
                + (sys ? "" : "CAP_SYS_ADMIN") + ": run them as root (see README)";
    }
}

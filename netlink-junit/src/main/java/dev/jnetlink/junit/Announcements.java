package dev.jnetlink.junit;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lines printed once per JVM to standard output, prefixed {@code [jnetlink]}: why tests were
 * skipped. Build tools show a skipped test only as a count; this line says what was not tested
 * and what to install.
 */
final class Announcements {
    private static final Set<String> PRINTED = ConcurrentHashMap.newKeySet();

    private Announcements() {
    }

    static void once(String line) {
        if (PRINTED.add(line)) {
            System.out.println("[jnetlink] " + line);
        }
    }
}

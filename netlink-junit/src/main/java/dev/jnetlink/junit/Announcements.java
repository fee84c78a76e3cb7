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
    // Inherited, so that the threads a silenced sample starts are silent too.
    private static final InheritableThreadLocal<Boolean> SILENT = new InheritableThreadLocal<>() {
        @Override
        protected Boolean initialValue() {
            return false;
        }
    };

    private Announcements() {
    }

    static void once(String line) {
        if (!SILENT.get() && PRINTED.add(line)) {
            System.out.println("[jnetlink] " + line);
        }
    }

    /**
     * Runs {@code work} on this thread without announcing: for the extension's own tests, whose
     * sample classes skip on purpose (a build log lists real skips only).
     */
    static <T> T silently(java.util.function.Supplier<T> work) {
        SILENT.set(true);
        try {
            return work.get();
        } finally {
            SILENT.remove();
        }
    }
}

package dev.jnetlink.junit;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * Whether something a test needs but the machine lacks skips the test or fails it.
 *
 * <p>By default a missing kernel feature ({@code KernelLacksFeatureException}: "this kernel
 * lacks link kind dummy") or a missing reference tool ({@link ReferenceTools}) skips the test
 * with one line saying what is missing, so that a newcomer's machine runs green. A CI job that
 * has everything sets:
 * <ul>
 *   <li>{@code -Djnetlink.it.strict=true}: every such skip fails instead, kernel features and
 *       tools alike (a full-kernel machine with every tool installed);</li>
 *   <li>{@code -Djnetlink.it.requireTools=brctl,strace,...} (or {@code *}): only a missing
 *       tool of that list fails; kernel features still skip (a host whose kernel lacks modules,
 *       with the tools CI installed).</li>
 * </ul>
 * Both are read as JUnit configuration parameters, so a system property, an entry in
 * {@code junit-platform.properties} or a launcher's configuration parameter sets them. No
 * iproute2 equivalent: this decides what a test does, not what the network does.
 */
public final class StrictMode {
    /** Configuration parameter: {@code true} turns every "missing" skip into a failure. */
    public static final String STRICT = "jnetlink.it.strict";
    /** Configuration parameter: comma-separated tools (or {@code *}) whose absence fails a test. */
    public static final String REQUIRE_TOOLS = "jnetlink.it.requireTools";

    /**
     * The running test's settings, inherited by the threads it starts (a missing tool met on a
     * worker thread is judged as on the test's own); only the two values, so a pool thread that
     * outlives the test holds nothing of it.
     */
    private static final InheritableThreadLocal<Map<String, String>> SETTINGS = new InheritableThreadLocal<>();

    private StrictMode() {
    }

    /**
     * Makes a test's configuration parameters the calling thread's settings.
     *
     * @param context the test or class
     * @return the settings before, for {@link #restore}
     */
    static Map<String, String> enter(ExtensionContext context) {
        Map<String, String> previous = SETTINGS.get();
        Map<String, String> settings = new HashMap<>();
        for (String key : List.of(STRICT, REQUIRE_TOOLS)) {
            context.getConfigurationParameter(key).ifPresent(v -> settings.put(key, v));
        }
        SETTINGS.set(Map.copyOf(settings));
        return previous;
    }

    /** @param previous what {@link #enter} returned */
    static void restore(Map<String, String> previous) {
        if (previous == null) {
            SETTINGS.remove();
        } else {
            SETTINGS.set(previous);
        }
    }

    /**
     * @return true when a missing kernel feature or tool fails the running test instead of
     *     skipping it ({@value #STRICT})
     */
    public static boolean isOn() {
        return Boolean.parseBoolean(parameter(STRICT).orElse("false"));
    }

    /**
     * @param tool a program name such as {@code brctl}
     * @return true when the tool's absence fails the running test: strict mode, or the tool is
     *     listed in {@value #REQUIRE_TOOLS}
     */
    public static boolean requiresTool(String tool) {
        if (isOn()) {
            return true;
        }
        Set<String> required = parameter(REQUIRE_TOOLS).map(v -> Arrays.stream(v.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet())).orElse(Set.of());
        return required.contains("*") || required.contains(tool);
    }

    /**
     * Skips the running test because the machine lacks something, or fails it in strict mode.
     * Outside strict mode the reason is also printed once per JVM, as a line starting with
     * {@code [jnetlink] skipped:}, so that a build log says what was not tested; the skip's own
     * message adds the first line of the cause's.
     *
     * @param reason what is missing and how to get it, e.g. {@code "this kernel lacks link kind dummy"}
     * @param cause the exception that showed it, or null
     * @return never returns; declared so callers can write {@code throw StrictMode.skipOrFail(...)}
     * @throws TestAbortedException outside strict mode
     * @throws AssertionError in strict mode
     */
    public static RuntimeException skipOrFail(String reason, Throwable cause) {
        if (isOn()) {
            throw new AssertionError(reason + " (-D" + STRICT + "=true: nothing may be skipped)", cause);
        }
        throw skip(reason, cause);
    }

    static TestAbortedException skip(String reason, Throwable cause) {
        Announcements.once("skipped: " + reason);
        String detail = cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse("");
        return new TestAbortedException(reason + detail, cause);
    }

    // The running test's configuration parameters (which include system properties), else
    // system properties alone, for code running outside a test the extension manages.
    private static Optional<String> parameter(String key) {
        Map<String, String> settings = SETTINGS.get();
        return settings != null ? Optional.ofNullable(settings.get(key)) : Optional.ofNullable(System.getProperty(key));
    }
}

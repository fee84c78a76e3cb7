package dev.jnetlink.examples;

import java.util.List;

/** The scenarios the jar offers, in the order of SCENARIOS.md. */
public final class Scenarios {
    private static final List<Scenario> ALL = List.of();

    private Scenarios() {
    }

    /** @return every scenario */
    public static List<Scenario> all() {
        return ALL;
    }

    /**
     * @param name a subcommand
     * @return its scenario, or null
     */
    public static Scenario find(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }
}

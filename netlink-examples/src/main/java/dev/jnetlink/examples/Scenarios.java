package dev.jnetlink.examples;

import dev.jnetlink.examples.scenario.DefaultBridge;
import dev.jnetlink.examples.scenario.Emulate;
import dev.jnetlink.examples.scenario.IpvlanL2;
import dev.jnetlink.examples.scenario.IpvlanL3;
import dev.jnetlink.examples.scenario.MacvlanBridge;
import dev.jnetlink.examples.scenario.MacvlanVlan;
import dev.jnetlink.examples.scenario.Modes;
import dev.jnetlink.examples.scenario.Overlay;
import dev.jnetlink.examples.scenario.Pipework;
import dev.jnetlink.examples.scenario.Publish;
import dev.jnetlink.examples.scenario.R1R2;
import dev.jnetlink.examples.scenario.UserBridge;
import java.util.List;

/** The scenarios the jar offers, in the order of SCENARIOS.md. */
public final class Scenarios {
    private static final List<Scenario> ALL = List.of(new R1R2(), new DefaultBridge(), new UserBridge(), new Modes(),
            new Pipework(), new MacvlanBridge(), new MacvlanVlan(), new IpvlanL2(), new IpvlanL3(), new Overlay(),
            new Publish(), new Emulate());

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

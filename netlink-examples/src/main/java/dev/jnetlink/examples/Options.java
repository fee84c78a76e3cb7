package dev.jnetlink.examples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Command-line options of one scenario: {@code --name value}, {@code --name=value} and flags,
 * each declared with a default taken from the walkthrough, so {@code --help} can list them.
 */
public final class Options {
    /**
     * One declared option.
     *
     * @param name without the dashes
     * @param defaultValue the walkthrough's value, or null for a flag
     * @param help what it sets
     */
    public record Spec(String name, String defaultValue, String help) {
        /** @return true for an option without a value */
        public boolean isFlag() {
            return defaultValue == null;
        }
    }

    private final Map<String, Spec> specs = new LinkedHashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();

    /**
     * Declares an option with a value.
     *
     * @param name without dashes
     * @param defaultValue its default
     * @param help what it sets
     * @return this
     */
    public Options option(String name, String defaultValue, String help) {
        specs.put(name, new Spec(name, defaultValue, help));
        return this;
    }

    /**
     * Declares a flag.
     *
     * @param name without dashes
     * @param help what it does
     * @return this
     */
    public Options flag(String name, String help) {
        specs.put(name, new Spec(name, null, help));
        return this;
    }

    /** @return the declared options, in order */
    public List<Spec> specs() {
        return new ArrayList<>(specs.values());
    }

    /**
     * @param args the arguments after the scenario name
     * @return this
     * @throws IllegalArgumentException naming an unknown option or a missing value
     */
    public Options parse(String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument \"" + a + "\" (options start with --)");
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            Spec s = specs.get(name);
            if (s == null) {
                throw new IllegalArgumentException("unknown option --" + name + " (see --help)");
            }
            if (s.isFlag()) {
                if (value != null) {
                    throw new IllegalArgumentException("--" + name + " takes no value");
                }
                value = "true";
            } else if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
                value = args[++i];
            }
            values.put(name, value);
        }
        return this;
    }

    /**
     * @param name a declared option
     * @return its value, or its default
     */
    public String get(String name) {
        Spec s = specs.get(name);
        if (s == null) {
            throw new IllegalArgumentException("option --" + name + " is not declared");
        }
        return values.getOrDefault(name, s.defaultValue());
    }

    /**
     * @param name a declared flag
     * @return true if it was given
     */
    public boolean flag(String name) {
        return "true".equals(values.get(name));
    }

    /** @return the options formatted for {@code --help} */
    public String usage() {
        StringBuilder sb = new StringBuilder();
        for (Spec s : specs.values()) {
            String left = "  --" + s.name() + (s.isFlag() ? "" : " VALUE");
            sb.append(String.format("%-26s %s%s%n", left, s.help(),
                    s.isFlag() ? "" : " (default: " + s.defaultValue() + ")"));
        }
        return sb.toString();
    }
}

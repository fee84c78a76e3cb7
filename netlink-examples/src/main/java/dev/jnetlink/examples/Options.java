package dev.jnetlink.examples;

import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.addr.Prefix;
import java.net.InetAddress;
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
     * A command line the scenario cannot run with: an unknown option, a missing value, a value
     * that does not parse. The program prints the message and exits with 2.
     */
    public static final class UsageException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        /** @param message what is wrong, naming the option */
        public UsageException(String message) {
            super(message);
        }
    }

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
     * @throws UsageException naming an unknown option or a missing value
     */
    public Options parse(String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new UsageException("unexpected argument \"" + a + "\" (options start with --)");
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
                throw new UsageException("unknown option --" + name + " (see --help)");
            }
            if (s.isFlag()) {
                if (value != null) {
                    throw new UsageException("--" + name + " takes no value");
                }
                value = "true";
            } else if (value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageException("--" + name + " needs a value");
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
            throw new IllegalStateException("option --" + name + " is not declared");
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

    /**
     * @param name a declared option holding a whole number
     * @param min the smallest value allowed
     * @param max the largest value allowed
     * @return the number
     * @throws UsageException naming the option if it is not a number in range
     */
    public int number(String name, int min, int max) {
        String text = get(name);
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--" + name + ": \"" + text + "\" is not a number from " + min + " to " + max);
    }

    /**
     * @param name a declared option holding an IPv4 or IPv6 address literal
     * @return the address (never looked up by name)
     * @throws UsageException naming the option if it is not an address
     */
    public InetAddress address(String name) {
        try {
            return IpAddresses.parse(get(name));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + name + ": " + e.getMessage());
        }
    }

    /**
     * @param name a declared option holding {@code ADDRESS/LENGTH}, e.g. {@code 192.168.241.0/24}
     * @return the prefix
     * @throws UsageException naming the option if it does not parse
     */
    public Prefix prefix(String name) {
        return prefixOf(name, get(name));
    }

    private static Prefix prefixOf(String name, String text) {
        if (text.indexOf('/') < 0) {
            throw new UsageException("--" + name + ": \"" + text + "\" needs a prefix length (ADDRESS/LENGTH)");
        }
        try {
            return Prefix.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + name + ": " + e.getMessage());
        }
    }

    /**
     * @param name a declared option holding a comma-separated list, e.g.
     *     {@code 192.168.94.0/24,192.168.95.0/24}
     * @return the prefixes, in order
     * @throws UsageException naming the option if one does not parse
     */
    public List<Prefix> prefixes(String name) {
        List<Prefix> out = new ArrayList<>();
        for (String p : list(name)) {
            out.add(prefixOf(name, p));
        }
        return out;
    }

    /**
     * @param name a declared option holding a comma-separated list, e.g. {@code c1,c2}
     * @return the non-empty items, in order
     * @throws UsageException if the list is empty
     */
    public List<String> list(String name) {
        List<String> out = new ArrayList<>();
        for (String s : get(name).split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        if (out.isEmpty()) {
            throw new UsageException("--" + name + " needs at least one item");
        }
        return out;
    }

    /**
     * @param name a declared option holding {@code NAME=ADDRESS} items separated by commas, e.g.
     *     {@code milk=192.168.241.92,bread=192.168.241.95}
     * @return address by name, in order
     * @throws UsageException naming the option if an item is malformed, a name repeats or an
     *     address does not parse
     */
    public Map<String, InetAddress> named(String name) {
        Map<String, InetAddress> out = new LinkedHashMap<>();
        for (String item : list(name)) {
            int eq = item.indexOf('=');
            if (eq <= 0 || eq == item.length() - 1) {
                throw new UsageException("--" + name + ": \"" + item + "\" is not NAME=ADDRESS");
            }
            String key = item.substring(0, eq).strip();
            InetAddress value;
            try {
                value = IpAddresses.parse(item.substring(eq + 1).strip());
            } catch (IllegalArgumentException e) {
                throw new UsageException("--" + name + ": " + key + ": " + e.getMessage());
            }
            if (out.put(key, value) != null) {
                throw new UsageException("--" + name + ": " + key + " appears twice");
            }
        }
        return out;
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

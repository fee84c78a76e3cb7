package dev.jnetlink.codec.addr;

/**
 * An address or route scope ({@code RT_SCOPE_*}, {@code ifa_scope}, {@code rtm_scope}): how far
 * the address or destination is valid. An open set: any value has a {@code Scope}.
 *
 * @param value the scope number, 0 to 255
 */
public record Scope(int value) {
    /** {@code RT_SCOPE_UNIVERSE} (0), printed {@code global}. */
    public static final Scope UNIVERSE = new Scope(0);
    /** {@code RT_SCOPE_SITE} (200). */
    public static final Scope SITE = new Scope(200);
    /** {@code RT_SCOPE_LINK} (253): valid on the link only. */
    public static final Scope LINK = new Scope(253);
    /** {@code RT_SCOPE_HOST} (254): valid inside this host only. */
    public static final Scope HOST = new Scope(254);
    /** {@code RT_SCOPE_NOWHERE} (255). */
    public static final Scope NOWHERE = new Scope(255);

    /**
     * @param value 0 to 255
     * @throws IllegalArgumentException if out of range
     */
    public Scope {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("scope must be 0 to 255, got " + value);
        }
    }

    /**
     * @param value the scope number
     * @return its scope
     */
    public static Scope of(int value) {
        return switch (value) {
            case 0 -> UNIVERSE;
            case 253 -> LINK;
            case 254 -> HOST;
            default -> new Scope(value);
        };
    }

    /**
     * @param name {@code global}/{@code universe}, {@code site}, {@code link}, {@code host},
     *     {@code nowhere} or a number
     * @return the scope
     * @throws IllegalArgumentException for another name
     */
    public static Scope parse(String name) {
        return switch (name) {
            case "global", "universe" -> UNIVERSE;
            case "site" -> SITE;
            case "link" -> LINK;
            case "host" -> HOST;
            case "nowhere" -> NOWHERE;
            default -> {
                try {
                    yield of(Integer.parseInt(name));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("unknown scope \"" + name
                            + "\": use global, site, link, host, nowhere or 0-255");
                }
            }
        };
    }

    /** @return the name {@code ip} prints: {@code global}, {@code link}, {@code host}, ... or the number */
    public String name() {
        return switch (value) {
            case 0 -> "global";
            case 200 -> "site";
            case 253 -> "link";
            case 254 -> "host";
            case 255 -> "nowhere";
            default -> Integer.toString(value);
        };
    }

    @Override
    public String toString() {
        return name();
    }
}

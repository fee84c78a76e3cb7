package dev.jnetlink.codec.route;

/** Well-known routing table ids ({@code RT_TABLE_*}) and their {@code rt_tables} names. */
public final class RouteTable {
    /** {@code RT_TABLE_UNSPEC} (0): in a dump filter, every table. */
    public static final int UNSPEC = 0;
    /** {@code RT_TABLE_COMPAT} (252): {@code rtm_table} of a route whose table id is past 255. */
    public static final int COMPAT = 252;
    /** {@code RT_TABLE_DEFAULT} (253). */
    public static final int DEFAULT = 253;
    /** {@code RT_TABLE_MAIN} (254): where routes go unless told otherwise. */
    public static final int MAIN = 254;
    /** {@code RT_TABLE_LOCAL} (255): local and broadcast addresses, kept by the kernel. */
    public static final int LOCAL = 255;

    private RouteTable() {
    }

    /**
     * @param id a table id (unsigned 32 bits)
     * @return {@code main}, {@code local}, {@code default}, {@code unspec} or the number
     */
    public static String name(int id) {
        return switch (id) {
            case UNSPEC -> "unspec";
            case DEFAULT -> "default";
            case MAIN -> "main";
            case LOCAL -> "local";
            default -> Integer.toUnsignedString(id);
        };
    }

    /**
     * @param name {@code main}, {@code local}, {@code default}, {@code unspec}/{@code all} or a number
     * @return the id
     * @throws IllegalArgumentException for another name
     */
    public static int parse(String name) {
        return switch (name) {
            case "main" -> MAIN;
            case "local" -> LOCAL;
            case "default" -> DEFAULT;
            case "unspec", "all" -> UNSPEC;
            default -> {
                try {
                    yield Integer.parseUnsignedInt(name);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("unknown table \"" + name
                            + "\": use main, local, default or a number");
                }
            }
        };
    }
}

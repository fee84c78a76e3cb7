package dev.jnetlink.codec.tc;

/**
 * Traffic control handles ({@code major:minor}, 16 bits each, hexadecimal in {@code tc}'s
 * syntax): parsing and printing as {@code tc} does ({@code get_tc_classid},
 * {@code sprint_tc_classid}).
 */
public final class TcHandle {
    /** {@code TC_H_ROOT}: the device's root ({@code tc ... root}). */
    public static final int ROOT = 0xFFFFFFFF;
    /** {@code TC_H_UNSPEC}: none. */
    public static final int UNSPEC = 0;
    /** {@code TC_H_INGRESS}: the parent of an {@code ingress} or {@code clsact} qdisc. */
    public static final int INGRESS = 0xFFFFFFF1;
    /** {@code TC_H_CLSACT}: the same value as {@link #INGRESS}. */
    public static final int CLSACT = INGRESS;
    /** {@code TC_H_MIN_INGRESS} under {@code ffff:}: filters on ingress ({@code tc filter ... ingress}). */
    public static final int INGRESS_FILTERS = 0xFFFFFFF2;
    /** {@code TC_H_MIN_EGRESS} under {@code ffff:}: a clsact qdisc's egress filters ({@code egress}). */
    public static final int EGRESS_FILTERS = 0xFFFFFFF3;
    /** The handle {@code ffff:} that an ingress or clsact qdisc takes. */
    public static final int INGRESS_QDISC = 0xFFFF0000;

    private TcHandle() {
    }

    /**
     * @param major the major number, 0 to 0xffff
     * @param minor the minor number, 0 to 0xffff
     * @return {@code TC_H_MAKE(major << 16, minor)}
     */
    public static int of(int major, int minor) {
        if ((major & ~0xffff) != 0 || (minor & ~0xffff) != 0) {
            throw new IllegalArgumentException("handle parts must be 0 to ffff, got major "
                    + Integer.toHexString(major) + " minor " + Integer.toHexString(minor));
        }
        return major << 16 | minor;
    }

    /** @param handle a handle @return its major number */
    public static int major(int handle) {
        return handle >>> 16;
    }

    /** @param handle a handle @return its minor number */
    public static int minor(int handle) {
        return handle & 0xffff;
    }

    /**
     * Parses a handle as {@code tc} reads one: {@code root}, {@code none}, {@code ingress},
     * {@code clsact}, {@code 1:}, {@code 1:10}, {@code :10} (hexadecimal parts) or a bare
     * hexadecimal major ({@code 1}, meaning {@code 1:}).
     *
     * @param text the handle
     * @return its value
     * @throws IllegalArgumentException naming what is wrong
     */
    public static int parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("empty tc handle");
        }
        switch (text) {
            case "root":
                return ROOT;
            case "none":
                return UNSPEC;
            case "ingress":
            case "clsact":
                return INGRESS;
            default:
                break;
        }
        int colon = text.indexOf(':');
        String maj = colon < 0 ? text : text.substring(0, colon);
        String min = colon < 0 ? "" : text.substring(colon + 1);
        return of(part(maj, text), part(min, text));
    }

    private static int part(String hex, String whole) {
        if (hex.isEmpty()) {
            return 0;
        }
        if (hex.length() > 4) {
            throw new IllegalArgumentException("tc handle \"" + whole + "\": \"" + hex
                    + "\" is more than 16 bits");
        }
        try {
            return Integer.parseInt(hex, 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("tc handle \"" + whole + "\": \"" + hex
                    + "\" is not hexadecimal", e);
        }
    }

    /**
     * @param handle a handle
     * @return it as {@code tc} prints one: {@code root}, {@code none}, {@code 1:},
     *     {@code 1:10}, {@code :10}
     */
    public static String format(int handle) {
        if (handle == ROOT) {
            return "root";
        }
        if (handle == UNSPEC) {
            return "none";
        }
        if (major(handle) == 0) {
            return ":" + Integer.toHexString(minor(handle));
        }
        if (minor(handle) == 0) {
            return Integer.toHexString(major(handle)) + ":";
        }
        return Integer.toHexString(major(handle)) + ":" + Integer.toHexString(minor(handle));
    }
}

package dev.jnetlink.rtnl;


/**
 * Checks interface names as the kernel's {@code dev_valid_name} does, so a bad name fails with
 * a clear message before any request is sent.
 */
public final class InterfaceNames {
    /** Longest name in bytes ({@code IFNAMSIZ} - 1). */
    public static final int MAX_BYTES = 15;

    private InterfaceNames() {
    }

    /**
     * @param name an interface name
     * @return the name
     * @throws IllegalArgumentException saying what is wrong: empty, over 15 bytes, {@code .}
     *     or {@code ..}, or containing {@code /}, {@code :}, whitespace or NUL
     */
    public static String validate(String name) {
        if (name == null) {
            throw new IllegalArgumentException("interface name must not be null");
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("interface name must not be empty");
        }
        int bytes = utf8Length(name);
        if (bytes > MAX_BYTES) {
            throw new IllegalArgumentException("interface name \"" + name + "\" is " + bytes
                    + " bytes; the kernel allows at most " + MAX_BYTES);
        }
        if (name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("interface name must not be \"" + name + "\"");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == ':' || c == '\0' || Character.isWhitespace(c)) {
                throw new IllegalArgumentException("interface name \"" + name.replace("\0", "\\0")
                        + "\" contains " + describe(c) + ", which the kernel rejects");
            }
        }
        return name;
    }

    // The length getBytes(UTF_8) would give, without the copy: every get and set by name
    // validates its name first (W6).
    private static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                n++; // an unpaired surrogate is encoded as '?'
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static String describe(char c) {
        return switch (c) {
            case '/' -> "'/'";
            case ':' -> "':'";
            case '\0' -> "a NUL";
            default -> "whitespace";
        };
    }
}

package dev.jnetlink.rtnl;

import io.netty.buffer.ByteBufUtil;

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
        // the bytes MessageWriter.putString will write (netty's UTF-8, '?' for a lone
        // surrogate), counted without encoding: every get and set by name validates first
        int bytes = ByteBufUtil.utf8Bytes(name);
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

    private static String describe(char c) {
        return switch (c) {
            case '/' -> "'/'";
            case ':' -> "':'";
            case '\0' -> "a NUL";
            default -> "whitespace";
        };
    }
}

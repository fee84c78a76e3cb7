package dev.jnetlink.nftables;

import java.nio.charset.StandardCharsets;

/** Checks the names of tables, chains and sets before any request carries them. */
final class Names {
    /** {@code NFT_NAME_MAXLEN} less the NUL. */
    static final int MAX_BYTES = 255;

    private Names() {
    }

    /**
     * @param what e.g. {@code "table name"}
     * @param name the name
     * @return the name
     * @throws IllegalArgumentException if it is empty, too long, or holds a NUL or a newline
     */
    static String check(String what, String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a " + what + " must not be " + (name == null ? "null" : "empty"));
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException(what + " \"" + name.substring(0, 20) + "...\" is "
                    + name.getBytes(StandardCharsets.UTF_8).length + " bytes; nftables allows "
                    + MAX_BYTES);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == 0 || c == '\n' || c == '\r') {
                throw new IllegalArgumentException(what + " \"" + name.replace("\0", "\\0")
                        .replace("\n", "\\n") + "\" holds a " + (c == 0 ? "NUL" : "line break"));
            }
        }
        return name;
    }
}

package dev.jnetlink.nftables.publish;

/** The transport protocol of a published port: docker's {@code /tcp} and {@code /udp}. */
public enum Protocol {
    /** {@code tcp}. */
    TCP,
    /** {@code udp}. */
    UDP;

    /** @return {@code tcp} or {@code udp} */
    @Override
    public String toString() {
        return this == TCP ? "tcp" : "udp";
    }

    static Protocol parse(String text, String spec) {
        return switch (text) {
            case "tcp" -> TCP;
            case "udp" -> UDP;
            default -> throw new IllegalArgumentException("\"" + spec + "\": protocol \"" + text
                    + "\" is not tcp or udp");
        };
    }
}

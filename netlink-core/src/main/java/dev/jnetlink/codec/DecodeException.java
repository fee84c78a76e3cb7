package dev.jnetlink.codec;

/**
 * The one exception the decoder throws: the bytes are not a well-formed netlink message.
 *
 * <p>The message says where: the attribute path, the message type and the offset within the
 * message, for example {@code in IFLA_LINKINFO of RTM_NEWLINK at offset 212: attribute length
 * 300 runs past the end of its container (88 bytes left)}. No other exception (index out of
 * bounds, null pointer, ...) escapes a decode entry point, whatever the input.
 */
public final class DecodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong and where
     */
    public DecodeException(String message) {
        super(message);
    }
}

package dev.jnetlink.nftables;

import dev.jnetlink.socket.NetlinkException;

/**
 * The kernel's answers to a transaction were lost ({@code ENOBUFS}: the receive buffer
 * overflowed although it was sized for them), so whether it was applied is not known. The
 * ruleset's generation, read right after, tells: it moved on by one if it was.
 */
public class TransactionOutcomeUnknownException extends NetlinkException {
    private static final long serialVersionUID = 1L;

    private final int generationAfter;

    /**
     * @param objects how many objects the transaction held
     * @param generationAfter the generation read after the loss
     * @param cause the socket's error
     */
    public TransactionOutcomeUnknownException(int objects, int generationAfter, NetlinkException cause) {
        super(cause.errno(), "transaction", objects + " objects", null, null,
                "the kernel's answers were lost; the ruleset is now at generation "
                        + Integer.toUnsignedString(generationAfter), cause);
        this.generationAfter = generationAfter;
    }

    /** @return the ruleset's generation read after the answers were lost */
    public int generationAfter() {
        return generationAfter;
    }
}

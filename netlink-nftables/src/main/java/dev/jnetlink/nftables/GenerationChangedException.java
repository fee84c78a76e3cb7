package dev.jnetlink.nftables;

import dev.jnetlink.socket.NetlinkException;

/**
 * A transaction made against a generation of the ruleset ({@link Transaction#expectGeneration})
 * was refused because someone changed the ruleset since ({@code NFNL_BATCH_GENID}, the kernel's
 * {@code ERESTART}): nothing of it was applied. Read the ruleset again and redo the change.
 */
public class GenerationChangedException extends NetlinkException {
    private static final long serialVersionUID = 1L;

    private final int expected;

    /**
     * @param expected the generation the transaction was made against
     * @param cause the kernel's refusal
     */
    public GenerationChangedException(int expected, NetlinkException cause) {
        super(cause.errno(), cause.operation(), cause.object(), cause.kernelMessage(), cause.attribute(),
                "the ruleset is no longer at generation " + Integer.toUnsignedString(expected)
                        + ": someone changed it; nothing was applied", cause);
        this.expected = expected;
    }

    /** @return the generation the transaction expected */
    public int expected() {
        return expected;
    }
}

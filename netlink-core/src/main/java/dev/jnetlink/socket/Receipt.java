package dev.jnetlink.socket;

/**
 * What one receive on a {@link NetlinkSocket} got, packed in a {@code long} so that receiving
 * allocates nothing and each call gets its own answer (no field a concurrent receive could
 * overwrite): the datagram's full size and the port id ({@code nl_pid}) of its sender, 0 for
 * the kernel. {@link #NOTHING} when no datagram was received.
 */
public final class Receipt {
    /** No datagram: none was queued (a non-blocking receive) or the receive timeout passed. */
    public static final long NOTHING = -1L;

    private Receipt() {
    }

    /**
     * @param size the datagram's full size, 0 or more
     * @param senderPort its sender's {@code nl_pid}
     * @return the receipt
     */
    static long of(int size, int senderPort) {
        return (long) size << 32 | (senderPort & 0xFFFF_FFFFL);
    }

    /**
     * @param receipt a receipt other than {@link #NOTHING}
     * @return the datagram's full size in bytes: more than the room there was if it was cut
     */
    public static int size(long receipt) {
        return (int) (receipt >>> 32);
    }

    /**
     * @param receipt a receipt other than {@link #NOTHING}
     * @return the sender's {@code nl_pid}: 0 for the kernel, anything else for another socket
     */
    public static int senderPort(long receipt) {
        return (int) receipt;
    }

    /**
     * @param receipt a receipt
     * @return true if a datagram was received and the kernel sent it
     */
    public static boolean fromKernel(long receipt) {
        return receipt != NOTHING && senderPort(receipt) == 0;
    }
}

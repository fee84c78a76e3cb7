package dev.jnetlink.socket;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The outcome of {@link RequestEngine#batch}: which requests the kernel refused, each mapped
 * back to its position in the batch.
 *
 * <p>Thread safety: immutable, but for the suppressed exceptions that the first
 * {@link #throwIfAnyFailed} attaches, once, to the first failure.
 */
public final class BatchResult {
    private final int size;
    private final NetlinkException[] failures;
    private final int failed;
    private boolean suppressedAttached;

    BatchResult(int size, NetlinkException[] failures) {
        this.size = size;
        this.failures = failures;
        int f = 0;
        for (NetlinkException e : failures) {
            if (e != null) {
                f++;
            }
        }
        this.failed = f;
    }

    /** @return how many requests the batch held */
    public int size() {
        return size;
    }

    /** @return how many the kernel refused */
    public int failedCount() {
        return failed;
    }

    /** @return true if every request succeeded */
    public boolean allSucceeded() {
        return failed == 0;
    }

    /**
     * @param index position in the batch
     * @return the kernel's refusal of that request, or null if it succeeded
     */
    public NetlinkException failure(int index) {
        return failures[index];
    }

    /** @return the positions of the refused requests, ascending */
    public List<Integer> failedIndexes() {
        List<Integer> out = new ArrayList<>(failed);
        for (int i = 0; i < failures.length; i++) {
            if (failures[i] != null) {
                out.add(i);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Throws the first refusal, with the others suppressed, if any request failed.
     *
     * @throws NetlinkException the first failure
     */
    public void throwIfAnyFailed() {
        NetlinkException first = null;
        synchronized (this) {
            for (NetlinkException e : failures) {
                if (e == null) {
                    continue;
                }
                if (first == null) {
                    first = e;
                } else if (!suppressedAttached) {
                    first.addSuppressed(e);
                }
            }
            suppressedAttached = true; // a second call throws the same, not the others again
        }
        if (first != null) {
            throw first;
        }
    }

    @Override
    public String toString() {
        return "BatchResult[" + (size - failed) + " of " + size + " succeeded]";
    }
}

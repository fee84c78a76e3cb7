package dev.jnetlink.topology;

import java.util.List;

/**
 * A step of an apply was refused; what the apply had done before it was undone (in reverse
 * order). The message names the step, the kernel's refusal, and whether the machine is as
 * before: every undo that failed, and every earlier change that could not be undone, is listed.
 */
public final class ApplyFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Step step;
    private final int index;
    private final List<String> notUndone;

    ApplyFailedException(Step step, int index, int total, Throwable cause, int undone, List<String> notUndone) {
        super("step " + index + "/" + total + " failed: " + step.command() + "\n  " + cause.getMessage()
                + "\n" + (notUndone.isEmpty()
                        ? "  rolled back: " + undone + " earlier step" + (undone == 1 ? "" : "s")
                                + " undone; the machine is as it was before this apply"
                        : "  rolled back " + undone + " earlier steps, but NOT these:\n    " + String.join("\n    ", notUndone)),
                cause);
        this.step = step;
        this.index = index;
        this.notUndone = List.copyOf(notUndone);
    }

    /** @return the refused step */
    public Step step() {
        return step;
    }

    /** @return its position in the plan, from 1 */
    public int index() {
        return index;
    }

    /** @return what could not be undone (empty: the machine is as before) */
    public List<String> notUndone() {
        return notUndone;
    }
}

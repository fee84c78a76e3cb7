package dev.jnetlink.topology;

import java.io.PrintStream;

/** Told about each step of a long apply or destroy as it is done. */
@FunctionalInterface
public interface Progress {
    /** Says nothing. */
    Progress NONE = (index, total, step, nanos) -> { };

    /**
     * @param index the step's position, from 1
     * @param total how many steps there are
     * @param step the step just done
     * @param nanos how long it took
     */
    void done(int index, int total, Step step, long nanos);

    /**
     * Prints every step, or, for more than {@code every} steps, a line every {@code every} steps
     * and the last.
     *
     * @param out where
     * @param every how many steps between lines of a long apply
     * @return the progress
     */
    static Progress printing(PrintStream out, int every) {
        return (index, total, step, nanos) -> {
            if (total <= every || index % every == 0 || index == total) {
                out.printf("[%d/%d] %s   (%.1f ms)%n", index, total, step.line(), nanos / 1e6);
            }
        };
    }
}

package dev.jnetlink.topology;

/**
 * One change of a plan: the command it is equivalent to, and the code that makes it. Running a
 * step returns what undoes it (read from the live state as it was just before), or null when
 * it cannot be undone (a removed link is gone with its state).
 *
 * @param phase when it runs
 * @param change create, change or delete
 * @param command the iproute2 command it is equivalent to, e.g. {@code ip -n r1 addr add 10.1.0.101/24 dev veth1.1}
 * @param note what the plan adds in a comment, e.g. {@code was 1500}, or null
 * @param action makes the change
 */
public record Step(Phase phase, Change change, String command, String note, Action action) {
    /** What a step does to its object, shown as terraform shows it. */
    public enum Change {
        /** {@code +}: created. */
        CREATE('+'),
        /** {@code ~}: changed in place. */
        CHANGE('~'),
        /** {@code -}: deleted. */
        DELETE('-');

        private final char symbol;

        Change(char symbol) {
            this.symbol = symbol;
        }

        /** @return {@code +}, {@code ~} or {@code -} */
        public char symbol() {
            return symbol;
        }
    }

    /** Makes a change. */
    @FunctionalInterface
    public interface Action {
        /**
         * @param s the open namespaces and clients
         * @return what undoes the change, or null if nothing can
         * @throws Exception what the kernel refused
         */
        Undo run(Session s) throws Exception;
    }

    /** Undoes one change. */
    @FunctionalInterface
    public interface Undo {
        /**
         * @param s the open namespaces and clients
         * @throws Exception what the kernel refused
         */
        void run(Session s) throws Exception;
    }

    /** @return the plan's line, e.g. {@code + ip netns add r1} */
    public String line() {
        return change.symbol() + " " + command + (note == null ? "" : "   # " + note);
    }
}

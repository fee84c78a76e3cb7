package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.tc.TcHandle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A traffic control setup of several steps (qdiscs, classes, filters), applied in order. When
 * a step fails, the steps before it are undone in reverse order and the failure is thrown,
 * with any undo that failed attached as suppressed; nothing is left half-made. The
 * {@link Applied} result removes the whole setup when closed. Like running the lines of a
 * {@code tc -batch} file, then the matching {@code tc ... del} lines backwards.
 */
public final class Setup {
    private final TrafficControl tc;
    private final List<Step> steps = new ArrayList<>();

    Setup(TrafficControl tc) {
        this.tc = tc;
    }

    /** One change and how to take it back. */
    private interface Step {
        void apply();

        void undo();
    }

    /**
     * @param dev the device
     * @param parent {@code root} or a class
     * @param handle the qdisc's handle
     * @param spec the kind and options
     * @return this setup, with {@code tc qdisc add dev DEV parent PARENT handle HANDLE ...}
     */
    public Setup qdisc(String dev, String parent, String handle, QdiscSpec spec) {
        TcHandle.parse(parent);
        TcHandle.parse(handle);
        steps.add(new Step() {
            public void apply() {
                tc.qdiscs().add(dev, parent, handle, spec);
            }

            public void undo() {
                tc.qdiscs().delete(dev, parent, handle);
            }
        });
        return this;
    }

    /**
     * @param dev the device
     * @param spec ingress or clsact
     * @return this setup, with {@code tc qdisc add dev DEV ingress}
     */
    public Setup qdisc(String dev, Ingress spec) {
        return qdisc(dev, "ingress", "ffff:", spec);
    }

    /**
     * @param dev the device
     * @param parent the qdisc or class above
     * @param classId the class
     * @param spec the kind and options
     * @return this setup, with {@code tc class add dev DEV parent PARENT classid CLASSID ...}
     */
    public Setup klass(String dev, String parent, String classId, ClassSpec spec) {
        TcHandle.parse(parent);
        TcHandle.parse(classId);
        steps.add(new Step() {
            public void apply() {
                tc.classes().add(dev, parent, classId, spec);
            }

            public void undo() {
                tc.classes().delete(dev, classId);
            }
        });
        return this;
    }

    /**
     * @param dev the device
     * @param parent the qdisc or class
     * @param priority 1 to 65535
     * @param protocol the ethertype
     * @param spec the classifier
     * @return this setup, with {@code tc filter add dev DEV parent PARENT protocol P prio N ...}
     */
    public Setup filter(String dev, String parent, int priority, int protocol, FilterSpec spec) {
        steps.add(new Step() {
            public void apply() {
                tc.filters().add(dev, parent, priority, protocol, spec);
            }

            public void undo() {
                tc.filters().delete(dev, parent, priority, protocol);
            }
        });
        return this;
    }

    /**
     * Applies the steps in order; on a failure undoes those applied, newest first, and
     * rethrows.
     *
     * @return the applied setup, which removes it when closed
     */
    public Applied apply() {
        Deque<Step> done = new ArrayDeque<>();
        for (Step s : steps) {
            try {
                s.apply();
            } catch (RuntimeException e) {
                undo(done, e);
                throw e;
            }
            done.push(s);
        }
        return new Applied(done);
    }

    private static void undo(Deque<Step> done, RuntimeException failure) {
        while (!done.isEmpty()) {
            try {
                done.pop().undo();
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** A setup that was applied; {@link #close()} removes it, newest step first. */
    public static final class Applied implements AutoCloseable {
        private final Deque<Step> done;

        private Applied(Deque<Step> done) {
            this.done = done;
        }

        /**
         * Removes what the setup added.
         *
         * @throws RuntimeException the first removal that failed (the others attached), after
         *     trying every one
         */
        @Override
        public void close() {
            RuntimeException first = null;
            while (!done.isEmpty()) {
                try {
                    done.pop().undo();
                } catch (RuntimeException e) {
                    if (first == null) {
                        first = e;
                    } else {
                        first.addSuppressed(e);
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }
}

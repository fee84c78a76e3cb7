package dev.jnetlink.topology;

import dev.jnetlink.netns.NetNs;
import java.lang.management.ManagementFactory;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code plan}, {@code apply} and {@code destroy} of topologies: the API the command line
 * ({@link Main}) uses. One apply or destroy of a topology runs at a time on the machine; another
 * gets {@link TopologyBusyException} at once.
 */
public final class Topologies {
    private Topologies() {
    }

    /**
     * Compares the topology with the live state. Equivalent to {@code terraform plan}: reads
     * only.
     *
     * @param t the topology
     * @return the plan
     * @throws Exception what reading the live state threw
     */
    public static Plan plan(Topology t) throws Exception {
        try (Session s = new Session(t)) {
            return Planner.plan(t, s);
        }
    }

    /**
     * Makes the live state what the topology says: plans, then runs the steps in order. On a
     * refused step, undoes what this apply did, in reverse order, and throws. Applying an
     * applied topology changes nothing.
     *
     * @param t the topology
     * @param progress told about each step
     * @return the plan carried out and its timings
     * @throws PlanConflictException if objects the topology does not own stand in the way (nothing changed)
     * @throws ApplyFailedException if a step was refused (rolled back)
     * @throws TopologyBusyException if the topology is being applied or destroyed elsewhere
     * @throws Exception what reading the live state threw
     */
    public static ApplyResult apply(Topology t, Progress progress) throws Exception {
        return apply(t, progress, StepHook.NONE);
    }

    static ApplyResult apply(Topology t, Progress progress, StepHook hook) throws Exception {
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        try (TopologyLock lock = TopologyLock.acquire(t.name(), "apply"); Session s = new Session(t)) {
            Plan plan = Planner.plan(t, s);
            if (!plan.conflicts().isEmpty()) {
                throw new PlanConflictException(plan);
            }
            long planNanos = System.nanoTime() - t0;
            Map<Phase, Long> phaseNanos = new EnumMap<>(Phase.class);
            Map<Phase, Integer> phaseSteps = new EnumMap<>(Phase.class);
            Deque<Step.Undo> undo = new ArrayDeque<>();
            List<String> notUndoable = new ArrayList<>();
            List<Step> steps = plan.steps();
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                long s0 = System.nanoTime();
                try {
                    hook.before(i + 1, step);
                    Step.Undo u = step.action().run(s);
                    if (u != null) {
                        undo.push(u);
                    } else {
                        notUndoable.add(step.command() + "   (cannot be undone)");
                    }
                } catch (Exception | Error e) {
                    int undone = undo.size();
                    List<String> failed = rollBack(s, undo);
                    if (failed.isEmpty()) {
                        Ownership.clearPending(t.name()); // what it names was made, and removed again
                    }
                    failed.addAll(0, notUndoable);
                    throw new ApplyFailedException(step, i + 1, steps.size(), e, undone, failed);
                }
                long took = System.nanoTime() - s0;
                phaseNanos.merge(step.phase(), took, Long::sum);
                phaseSteps.merge(step.phase(), 1, Integer::sum);
                progress.done(i + 1, steps.size(), step, took);
            }
            Ownership.clearPending(t.name());
            return new ApplyResult(plan, planNanos, phaseNanos, phaseSteps, System.nanoTime() - t0, cpuNanos() - cpu0);
        }
    }

    private static List<String> rollBack(Session s, Deque<Step.Undo> undo) {
        List<String> failed = new ArrayList<>();
        while (!undo.isEmpty()) {
            Step.Undo u = undo.pop();
            try {
                u.run(s);
            } catch (Exception | Error e) {
                failed.add("undo failed: " + e.getMessage());
            }
        }
        return failed;
    }

    /**
     * Removes every namespace the topology owns (marked, or left half-made by an apply that was
     * killed), and with them every link, address and route in them; nothing else. Equivalent to
     * {@code ip netns del} of each.
     *
     * @param topologyName the owner
     * @param progress told about each removal
     * @return what was removed, as commands
     * @throws TopologyBusyException if the topology is being applied or destroyed elsewhere
     */
    public static List<String> destroy(String topologyName, Progress progress) {
        try (TopologyLock lock = TopologyLock.acquire(topologyName, "destroy")) {
            List<String> doomed = new ArrayList<>(Ownership.ownedNamespaces(topologyName));
            for (String pending : Ownership.pendingNames(topologyName)) {
                if (!doomed.contains(pending) && NetNs.exists(pending) && Ownership.halfMadeBy(topologyName, pending)) {
                    doomed.add(pending);
                }
            }
            List<String> removed = new ArrayList<>();
            for (int i = 0; i < doomed.size(); i++) {
                long s0 = System.nanoTime();
                String cmd = "ip netns del " + doomed.get(i);
                if (NetNs.deleteIfExists(doomed.get(i))) {
                    removed.add(cmd);
                }
                progress.done(i + 1, doomed.size(), new Step(Phase.REMOVALS, Step.Change.DELETE, cmd, null, x -> null),
                        System.nanoTime() - s0);
            }
            Ownership.clearPending(topologyName);
            return removed;
        }
    }

    static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** Runs before each step; tests use it to have the kernel refuse the k-th. */
    interface StepHook {
        StepHook NONE = (index, step) -> { };

        void before(int index, Step step) throws Exception;
    }
}

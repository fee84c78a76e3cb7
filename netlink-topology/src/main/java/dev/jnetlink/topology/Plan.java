package dev.jnetlink.topology;

import java.util.List;

/**
 * What applying a topology would do, in order, or why it cannot be applied (conflicts with
 * objects it does not own). Printed like {@code terraform plan}.
 *
 * @param topology the topology
 * @param steps the changes, in the order they run
 * @param conflicts what stands in the way; none when the plan can be applied
 */
public record Plan(Topology topology, List<Step> steps, List<String> conflicts) {
    /** Copies the lists. */
    public Plan {
        steps = List.copyOf(steps);
        conflicts = List.copyOf(conflicts);
    }

    /** @return whether nothing would change */
    public boolean isEmpty() {
        return steps.isEmpty() && conflicts.isEmpty();
    }

    /**
     * @param change a kind of change
     * @return how many steps make it
     */
    public long count(Step.Change change) {
        return steps.stream().filter(s -> s.change() == change).count();
    }

    /** @return the plan as a person reads it, one step a line, and the totals */
    public String text() {
        StringBuilder b = new StringBuilder();
        b.append("Topology ").append(topology.name());
        if (!topology.prefix().isEmpty()) {
            b.append(" (namespaces prefixed ").append(topology.prefix()).append(')');
        }
        b.append('\n');
        if (!conflicts.isEmpty()) {
            b.append("\nCannot apply:\n");
            conflicts.forEach(c -> b.append("  ! ").append(c).append('\n'));
            return b.toString();
        }
        if (steps.isEmpty()) {
            b.append("\nNo changes. The live state matches the topology.\n");
            return b.toString();
        }
        b.append("\nSymbols: + create, ~ change, - delete\n");
        Phase phase = null;
        for (Step s : steps) {
            if (s.phase() != phase) {
                phase = s.phase();
                b.append("\n  # ").append(phase.label()).append('\n');
            }
            b.append("  ").append(s.line()).append('\n');
        }
        b.append("\nPlan: ").append(count(Step.Change.CREATE)).append(" to add, ").append(count(Step.Change.CHANGE))
                .append(" to change, ").append(count(Step.Change.DELETE)).append(" to delete.\n");
        return b.toString();
    }
}

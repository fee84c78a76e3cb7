package dev.jnetlink.topology;

import java.util.Map;

/**
 * What an apply did: its plan, and how long each phase took.
 *
 * @param plan the plan carried out
 * @param planNanos wall time of reading the live state and planning
 * @param phaseNanos wall time per phase, in the order the phases ran
 * @param phaseSteps steps per phase
 * @param wallNanos wall time of the whole apply (reading the live state included)
 * @param cpuNanos CPU time of the process meanwhile (every thread)
 */
public record ApplyResult(Plan plan, long planNanos, Map<Phase, Long> phaseNanos, Map<Phase, Integer> phaseSteps, long wallNanos,
        long cpuNanos) {
    /** @return the summary: totals, then a line per phase with its steps and time */
    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("Apply complete: %d added, %d changed, %d deleted in %.1f ms (CPU %.1f ms).%n",
                plan.count(Step.Change.CREATE), plan.count(Step.Change.CHANGE), plan.count(Step.Change.DELETE),
                wallNanos / 1e6, cpuNanos / 1e6));
        b.append(String.format("  %-11s %5s       %10.1f ms%n", "plan", "", planNanos / 1e6));
        phaseNanos.forEach((phase, nanos) -> b.append(String.format("  %-11s %5d steps %10.1f ms%n", phase.label(),
                phaseSteps.get(phase), nanos / 1e6)));
        return b.toString();
    }
}

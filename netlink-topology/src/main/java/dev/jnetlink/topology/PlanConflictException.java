package dev.jnetlink.topology;

/** Objects the topology does not own stand where it wants its own; nothing was changed. */
public final class PlanConflictException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final transient Plan plan;

    PlanConflictException(Plan plan) {
        super("cannot apply topology " + plan.topology().name() + ", nothing was changed:\n  "
                + String.join("\n  ", plan.conflicts()));
        this.plan = plan;
    }

    /** @return the plan, with its conflicts */
    public Plan plan() {
        return plan;
    }
}

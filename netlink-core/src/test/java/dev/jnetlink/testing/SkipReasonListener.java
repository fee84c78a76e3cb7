package dev.jnetlink.testing;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/** Prints, once per run, why integration tests are skipped when the process is not root. */
public final class SkipReasonListener implements TestExecutionListener {
    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        boolean hasIntegration = plan.getRoots().stream()
                .flatMap(r -> plan.getDescendants(r).stream())
                .anyMatch(t -> t.getTags().stream().anyMatch(tag -> tag.getName().equals("integration")));
        if (hasIntegration && !Privileges.isPrivileged()) {
            System.out.println("[jnetlink] integration tests skipped: " + Privileges.reason());
        }
    }
}

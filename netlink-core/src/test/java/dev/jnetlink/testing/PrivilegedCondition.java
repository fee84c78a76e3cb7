package dev.jnetlink.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Disables integration tests when the process lacks the capabilities they need. */
public final class PrivilegedCondition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return Privileges.isPrivileged()
                ? ConditionEvaluationResult.enabled("privileged")
                : ConditionEvaluationResult.disabled(Privileges.reason());
    }
}

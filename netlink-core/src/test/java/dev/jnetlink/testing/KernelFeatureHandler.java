package dev.jnetlink.testing;

import dev.jnetlink.socket.KernelLacksFeatureException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * Turns "this kernel lacks X" into a skip with that reason, or, in strict mode
 * ({@code -Djnetlink.it.strict=true}, the full-kernel CI pass), lets it fail the test.
 */
public final class KernelFeatureHandler implements TestExecutionExceptionHandler {
    /** @return true when missing kernel features must fail tests */
    public static boolean strict() {
        return Boolean.getBoolean("jnetlink.it.strict");
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable t) throws Throwable {
        KernelLacksFeatureException missing = find(t);
        if (missing != null && !strict()) {
            throw new TestAbortedException("this kernel lacks " + missing.feature()
                    + " (runs in the full-kernel pass): " + missing.getMessage(), t);
        }
        throw t;
    }

    private static KernelLacksFeatureException find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof KernelLacksFeatureException k) {
                return k;
            }
        }
        return null;
    }
}

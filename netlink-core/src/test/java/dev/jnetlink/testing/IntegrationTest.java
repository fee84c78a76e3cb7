package dev.jnetlink.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a class of integration tests: it needs root, runs in namespaces it creates, and is
 * skipped with a reason when not privileged. A {@code KernelLacksFeatureException} skips the
 * test ("this kernel lacks link kind dummy") unless {@code -Djnetlink.it.strict=true}, which
 * the full-kernel CI pass sets so that nothing is skipped there.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("integration")
@ExtendWith({PrivilegedCondition.class, KernelFeatureHandler.class})
public @interface IntegrationTest {
}

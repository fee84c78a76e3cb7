package dev.jnetlink.junit;

import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.socket.KernelLacksFeatureException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.IncompleteExecutionException;

/**
 * The JUnit 5 extension behind {@link NetlinkTest}; see there for what it does. Register it
 * with {@code @NetlinkTest} (or {@code @ExtendWith(NetlinkExtension.class)}); it keeps no
 * state of its own between tests, and is safe under parallel execution (see
 * {@link NetlinkTest} for how leaks are blamed then).
 *
 * <p>Order within a test: before it, the state of the machine is read for the leak check, then
 * {@link Scratch} fields are injected; the test's {@code @BeforeEach}, the test and its
 * {@code @AfterEach} run; after it, the extension's clients are closed and its namespaces
 * removed ({@code ip netns del}), then the leak check runs. A failing test gets the state of
 * its scratch namespaces attached before its {@code @AfterEach} runs, while they exist.
 */
public final class NetlinkExtension implements ExecutionCondition, BeforeAllCallback, AfterAllCallback,
        BeforeEachCallback, AfterEachCallback, ParameterResolver, TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler {
    private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(NetlinkExtension.class);
    private static final String SCOPE = "scope";
    /** The report entry key under which a failing test's namespace state is published. */
    public static final String STATE_REPORT_KEY = "jnetlink.namespaces";

    /** Creates the extension; JUnit does, for {@code @NetlinkTest} classes. */
    public NetlinkExtension() {
    }

    // ------------------------------------------------------------------ privileges

    /**
     * Disables the tests when this process lacks CAP_SYS_ADMIN or CAP_NET_ADMIN, with a reason
     * naming what is missing (printed once per JVM too). No iproute2 equivalent; {@code ip}
     * fails with "Operation not permitted" in that case.
     *
     * @param context the class or test
     * @return enabled, or disabled with the reason
     */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String missing = Privileges.missing();
        if (missing == null) {
            return ConditionEvaluationResult.enabled("CAP_SYS_ADMIN and CAP_NET_ADMIN present");
        }
        Announcements.once("skipped: " + missing);
        return ConditionEvaluationResult.disabled(missing);
    }

    // ------------------------------------------------------------------ lifecycle

    /**
     * Reads the machine's state for the class's leak check and injects its static
     * {@link Scratch} fields.
     *
     * @param context the class
     */
    @Override
    public void beforeAll(ExtensionContext context) {
        Scope scope = open(context);
        for (Field f : Declarations.fields(context.getRequiredTestClass(), true)) {
            inject(f, null, scope, context);
        }
    }

    /**
     * Reads the machine's state for the test's leak check and injects the {@link Scratch}
     * instance fields of the test instance (and of its enclosing instances, for
     * {@code @Nested} tests).
     *
     * @param context the test
     */
    @Override
    public void beforeEach(ExtensionContext context) {
        Scope scope = open(context);
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            for (Field f : Declarations.fields(instance.getClass(), false)) {
                inject(f, instance, scope, context);
            }
        }
    }

    /**
     * Removes the test's namespaces and clients ({@code ip netns del}), then fails the test if
     * it leaked anything.
     *
     * @param context the test
     */
    @Override
    public void afterEach(ExtensionContext context) {
        close(context);
    }

    /**
     * Removes the class's namespaces and clients, then fails the class if it leaked anything
     * (in {@code @BeforeAll} without undoing it in {@code @AfterAll}).
     *
     * @param context the class
     */
    @Override
    public void afterAll(ExtensionContext context) {
        close(context);
    }

    private static Scope open(ExtensionContext context) {
        Scope parent = context.getParent().map(p -> p.getStore(STORE).get(SCOPE, Scope.class)).orElse(null);
        Scope scope = new Scope(context, parent);
        context.getStore(STORE).put(SCOPE, scope);
        scope.enter(checkLeaks(context));
        return scope;
    }

    private static void close(ExtensionContext context) {
        Scope scope = context.getStore(STORE).remove(SCOPE, Scope.class);
        if (scope == null) {
            return;
        }
        List<Throwable> failures = new ArrayList<>();
        List<String> leaks = scope.exit(failures);
        if (leaks.isEmpty() && failures.isEmpty()) {
            return;
        }
        StringBuilder msg = new StringBuilder(context.getDisplayName());
        if (!leaks.isEmpty()) {
            msg.append(" left behind:");
            leaks.forEach(l -> msg.append("\n  - ").append(l));
        } else {
            msg.append(": removing its scratch namespaces failed");
        }
        AssertionError error = new AssertionError(msg.toString());
        failures.forEach(error::addSuppressed);
        throw error;
    }

    // The nearest @NetlinkTest, also as a meta-annotation, or on the class a @Nested one is in.
    private static boolean checkLeaks(ExtensionContext context) {
        for (Class<?> c = context.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
            Optional<NetlinkTest> t = AnnotationSupport.findAnnotation(c, NetlinkTest.class);
            if (t.isPresent()) {
                return t.get().checkLeaks();
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ injection

    private static void inject(Field f, Object instance, Scope scope, ExtensionContext context) {
        Object value = valueFor(f.getType(), f.getAnnotation(Scratch.class), scope,
                () -> "field " + f.getDeclaringClass().getSimpleName() + "." + f.getName());
        try {
            f.setAccessible(true);
            f.set(instance, value);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ExtensionConfigurationException("cannot inject @Scratch field " + f + " of "
                    + context.getDisplayName() + ": " + e, e);
        }
    }

    private static Object valueFor(Class<?> type, Scratch spec, Scope scope, java.util.function.Supplier<String> what) {
        if (type == NetNs.class) {
            return scope.namespace(spec);
        }
        if (type == Rtnl.class) {
            return scope.client(spec);
        }
        if (type == ScratchNamespaces.class) {
            return scope.fixture();
        }
        throw new ExtensionConfigurationException("@Scratch " + what.get() + " is a " + type.getName()
                + "; it must be a NetNs, an Rtnl or a ScratchNamespaces");
    }

    /**
     * Whether a parameter is one this extension provides: any parameter annotated
     * {@link Scratch} (one that is not a {@code NetNs}, {@code Rtnl} or
     * {@link ScratchNamespaces} fails with a message saying so), and a bare
     * {@code ScratchNamespaces}.
     *
     * @param parameterContext the parameter
     * @param extensionContext the test or class
     * @return true if it resolves it
     */
    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        // Every @Scratch parameter, so that one of another type gets a message saying what it may be.
        return parameterContext.isAnnotated(Scratch.class)
                || parameterContext.getParameter().getType() == ScratchNamespaces.class;
    }

    /**
     * Provides the namespace, client or set a parameter asks for: the test's for test and
     * {@code @BeforeEach}/{@code @AfterEach} methods, the class's for
     * {@code @BeforeAll}/{@code @AfterAll} methods.
     *
     * @param parameterContext the parameter
     * @param extensionContext the test or class
     * @return the value
     */
    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Parameter p = parameterContext.getParameter();
        Executable where = parameterContext.getDeclaringExecutable();
        Scope scope = extensionContext.getStore(STORE).get(SCOPE, Scope.class);
        if (scope == null || where instanceof java.lang.reflect.Constructor) {
            throw new ParameterResolutionException("@Scratch " + p + " of " + where + ": a constructor cannot take"
                    + " scratch namespaces (they are made per test); use a field or a method parameter");
        }
        Scratch spec = parameterContext.findAnnotation(Scratch.class).orElse(null); // null: a bare ScratchNamespaces
        return valueFor(p.getType(), spec, scope,
                () -> "parameter " + (parameterContext.getIndex() + 1) + " of " + where.getName());
    }

    // ------------------------------------------------------------------ failures

    /**
     * A kernel that lacks a feature skips the test (fails it in {@link StrictMode strict
     * mode}), and so does a skip wrapped by another exception (a missing tool met on a worker
     * thread, in an {@code ExecutionException}); any other failure gets the state of the test's
     * scratch namespaces attached.
     *
     * @param context the test
     * @param throwable what the test threw
     * @throws Throwable the outcome: a skip, or the failure with the state attached
     */
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw outcome(context, throwable);
    }

    /**
     * As {@link #handleTestExecutionException} for a {@code @BeforeAll} method.
     *
     * @param context the class
     * @param throwable what the method threw
     * @throws Throwable the outcome
     */
    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        throw outcome(context, throwable);
    }

    /**
     * As {@link #handleTestExecutionException} for a {@code @BeforeEach} method.
     *
     * @param context the test
     * @param throwable what the method threw
     * @throws Throwable the outcome
     */
    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        throw outcome(context, throwable);
    }

    private static Throwable outcome(ExtensionContext context, Throwable thrown) {
        Throwable outcome = thrown;
        KernelLacksFeatureException lack = find(thrown, KernelLacksFeatureException.class);
        IncompleteExecutionException skip = find(thrown, IncompleteExecutionException.class);
        if (skip != null) {
            // A skip (a missing tool) thrown on another thread, wrapped by ExecutionException.
            outcome = skip;
        } else if (lack != null) {
            try {
                throw StrictMode.skipOrFail("this kernel lacks " + lack.feature(), lack);
            } catch (IncompleteExecutionException | AssertionError e) {
                outcome = e;
            }
        }
        if (outcome instanceof IncompleteExecutionException) {
            return outcome;
        }
        Scope scope = context.getStore(STORE).get(SCOPE, Scope.class);
        String state = scope == null ? "" : scope.describeNamespaces();
        if (!state.isEmpty()) {
            context.publishReportEntry(STATE_REPORT_KEY, state);
            outcome.addSuppressed(new ScratchNamespaceState(state));
        }
        return outcome;
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}

package dev.jnetlink.junit;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * Every {@link Scratch} a scope will see, read before anything is made, so that a label is
 * named (or has {@code lo} up) when any one of its declarations says so, whichever of them
 * is resolved first: a test's instance fields and the parameters of its test and
 * {@code @BeforeEach}/{@code @AfterEach} methods; a class's static fields and the parameters
 * of its {@code @BeforeAll}/{@code @AfterAll} methods.
 */
final class Declarations {
    private final Set<String> named = new HashSet<>();
    private final Set<String> loopbackUp = new HashSet<>();

    private Declarations() {
    }

    static Declarations of(ExtensionContext context) {
        Declarations d = new Declarations();
        boolean test = context.getTestMethod().isPresent();
        List<Class<?>> classes = new ArrayList<>();
        for (Class<?> c = context.getRequiredTestClass(); c != null; c = c.getEnclosingClass()) {
            classes.add(c);
        }
        for (Class<?> c : classes) {
            for (Field f : fields(c, !test)) {
                d.add(f.getAnnotation(Scratch.class));
            }
            if (test) {
                d.addParameters(AnnotationSupport.findAnnotatedMethods(c, BeforeEach.class, HierarchyTraversalMode.TOP_DOWN));
                d.addParameters(AnnotationSupport.findAnnotatedMethods(c, AfterEach.class, HierarchyTraversalMode.TOP_DOWN));
            } else {
                d.addParameters(AnnotationSupport.findAnnotatedMethods(c, BeforeAll.class, HierarchyTraversalMode.TOP_DOWN));
                d.addParameters(AnnotationSupport.findAnnotatedMethods(c, AfterAll.class, HierarchyTraversalMode.TOP_DOWN));
            }
        }
        context.getTestMethod().ifPresent(m -> d.addParameters(List.of(m)));
        return d;
    }

    /**
     * @param type a test class
     * @param statics true for its static fields, false for its instance fields
     * @return its {@link Scratch} fields and its superclasses', superclasses' first
     */
    static List<Field> fields(Class<?> type, boolean statics) {
        return AnnotationSupport.findAnnotatedFields(type, Scratch.class,
                f -> Modifier.isStatic(f.getModifiers()) == statics, HierarchyTraversalMode.TOP_DOWN);
    }

    private void addParameters(List<Method> methods) {
        for (Method m : methods) {
            for (Parameter p : m.getParameters()) {
                Scratch s = p.getAnnotation(Scratch.class);
                if (s != null) {
                    add(s);
                }
            }
        }
    }

    private void add(Scratch s) {
        if (s.named()) {
            named.add(s.value());
        }
        if (s.loopbackUp()) {
            loopbackUp.add(s.value());
        }
    }

    /** @return true if a declaration of the label asks for a named namespace */
    boolean named(String label) {
        return named.contains(label);
    }

    /** @return true if a declaration of the label asks for {@code lo} up */
    boolean loopbackUp(String label) {
        return loopbackUp.contains(label);
    }
}

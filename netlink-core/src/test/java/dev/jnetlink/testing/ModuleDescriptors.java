package dev.jnetlink.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks a module's compiled {@code module-info.class} against its classes directory, so a new
 * package or a new service provider cannot be forgotten in the descriptor. Tests only; the
 * tests run on the class path, so this reads the descriptor as a file.
 */
public final class ModuleDescriptors {
    private ModuleDescriptors() {
    }

    /**
     * Reads the descriptor of the module whose main classes hold {@code anyClass}.
     *
     * @param anyClass a class of the module's main code
     * @return its descriptor, with the packages found in its classes directory
     */
    public static ModuleDescriptor of(Class<?> anyClass) {
        Path classes = classesDirectory(anyClass);
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in, () -> packages(classes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that the module exports every package it has but the {@code internal} ones, and
     * those not at all, so a package added later is API only when someone says so.
     *
     * @param module the descriptor
     * @param internal the packages the module keeps to itself
     */
    public static void assertExportsAllBut(ModuleDescriptor module, Set<String> internal) {
        Set<String> exported = module.exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>(module.packages());
        expected.removeAll(internal);
        assertThat(exported)
                .as("packages of %s exported by its module-info.java (a new API package needs "
                        + "`exports`, an internal one belongs in the test's internal list)",
                        module.name())
                .isEqualTo(expected);
    }

    /**
     * Asserts that the module {@code provides} a service with exactly the classes its
     * {@code META-INF/services} file lists (the file serves the class path, the descriptor the
     * module path).
     *
     * @param module the descriptor
     * @param anyClass a class of the module's main code
     * @param service the service interface
     */
    public static void assertProvidesAsServicesFile(ModuleDescriptor module, Class<?> anyClass,
            Class<?> service) {
        Path file = classesDirectory(anyClass).resolve("META-INF/services/" + service.getName());
        List<String> listed;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8))) {
            listed = r.lines().map(l -> l.replaceAll("#.*", "").trim())
                    .filter(l -> !l.isEmpty()).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> provided = module.provides().stream()
                .filter(p -> p.service().equals(service.getName()))
                .flatMap(p -> p.providers().stream())
                .collect(Collectors.toList());
        assertThat(provided)
                .as("`provides %s with ...` in %s's module-info.java, against %s",
                        service.getName(), module.name(), file)
                .containsExactlyInAnyOrderElementsOf(listed);
    }

    private static Path classesDirectory(Class<?> anyClass) {
        try {
            return Path.of(anyClass.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> packages(Path classes) {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f.getParent()))
                    .filter(d -> !d.toString().isEmpty() && !d.startsWith("META-INF"))
                    .map(d -> d.toString().replace('/', '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

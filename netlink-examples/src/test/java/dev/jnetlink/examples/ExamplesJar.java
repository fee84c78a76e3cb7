package dev.jnetlink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The shaded examples jar, and the command that runs it in a JVM like the test's own. */
final class ExamplesJar {
    private ExamplesJar() {
    }

    /** @return the jar, next to target/classes wherever the tests run from (Maven: the module; the VM: the root) */
    static Path path() throws Exception {
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = classes.resolveSibling("netlink-examples.jar");
        assertThat(jar).as("the shaded jar (built by `package`, before the integration tests)").exists();
        return jar;
    }

    /** @return this JVM's {@code java} */
    static Path java() throws Exception {
        return Path.of(ProcessHandle.current().info().command().orElseThrow()).toRealPath();
    }

    /**
     * @param args the subcommand and its options
     * @return {@code java [this JVM's -XX: flags] -jar netlink-examples.jar ARGS} (the VM pass's
     *     C1-only setting among the flags)
     */
    static List<String> command(String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(java().toString());
        cmd.addAll(jvmFlags());
        cmd.add("-jar");
        cmd.add(path().toString());
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** @return the {@code -XX:} flags this test JVM runs with */
    static List<String> jvmFlags() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:")).toList();
    }
}

package dev.jnetlink.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jnetlink.netns.NetNs;
import dev.jnetlink.testing.IntegrationTest;
import dev.jnetlink.testing.Ip;
import dev.jnetlink.testing.KernelFeatureHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The programs start no process: {@code strace -f --seccomp-bpf -e trace=execve} of the jar
 * running a scenario shows one program executed, the JVM itself (the launcher may re-execute
 * itself; any other path, or an attempt that failed, would be an {@code ip}, {@code brctl} or
 * {@code ping} being looked for).
 */
@IntegrationTest
class NoSubprocessIT {
    private static final Pattern EXECVE = Pattern.compile("^\\d+\\s+execve\\(\"([^\"]*)\"");

    @BeforeAll
    static void straceIsThere() throws Exception {
        // The check is the point of this test: without strace it fails rather than skips.
        Process p;
        try {
            p = new ProcessBuilder("strace", "-V").redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("this test needs strace (apt-get install strace): " + e, e);
        }
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).as("strace -V").isZero();
    }

    static List<String> scenarios() {
        return Scenarios.all().stream().map(Scenario::name).toList();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void theJvmIsTheOnlyProgramExecuted(String scenario) throws Exception {
        Path jar = ExamplesJar.path();
        Path java = ExamplesJar.java();
        Path trace = Files.createTempFile("jnl-execve-", ".strace");
        String prefix = "jnl-st" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36) + "-";
        try {
            // --seccomp-bpf: the tracee stops at execve only, not twice at every syscall.
            List<String> cmd = new ArrayList<>(List.of("strace", "-f", "-qq", "--seccomp-bpf",
                    "-e", "trace=execve", "-o", trace.toString(), java.toString()));
            cmd.addAll(ExamplesJar.jvmFlags());
            cmd.addAll(List.of("-jar", jar.toString(), scenario, "--prefix", prefix));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("the run ended").isTrue();
            int code = p.exitValue();

            // Every execve, also one that failed: looking for ip on the PATH is an attempt too.
            List<Path> executed = new ArrayList<>();
            for (String line : Files.readAllLines(trace)) {
                Matcher m = EXECVE.matcher(line);
                if (m.find()) {
                    Path p1 = Path.of(m.group(1));
                    executed.add(Files.exists(p1) ? p1.toRealPath() : p1);
                }
            }
            assertThat(executed).as("programs " + scenario + " executed").isNotEmpty().containsOnly(java);
            assertThat(Ip.ip(null, "netns", "list")).doesNotContain(prefix);
            if (code == Main.KERNEL_LACKS) {
                if (KernelFeatureHandler.strict()) {
                    fail(scenario + ": this kernel lacks a feature it needs\n" + out);
                }
                Assumptions.abort("this kernel lacks a feature " + scenario + " needs (runs in the full-kernel pass)");
            }
            assertThat(code).as(out).isEqualTo(Main.PASSED);
        } finally {
            Files.deleteIfExists(trace);
            for (String n : Ip.ip(null, "netns", "list").split("\n")) {
                if (n.startsWith(prefix)) {
                    NetNs.deleteIfExists(n.split(" ")[0]);
                }
            }
        }
    }

}

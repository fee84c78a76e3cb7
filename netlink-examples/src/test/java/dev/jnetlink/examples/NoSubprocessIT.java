package dev.jnetlink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.ReferenceTools;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.junit.StrictMode;
import dev.jnetlink.netns.NetNs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The programs start no process: {@code strace -f --seccomp-bpf -e trace=execve} of the jar
 * running a scenario shows one program executed, the JVM itself (the launcher may re-execute
 * itself; any other path, or an attempt that failed, would be an {@code ip}, {@code brctl} or
 * {@code ping} being looked for). Without strace each test is skipped, naming its package.
 */
@NetlinkTest
class NoSubprocessIT {
    private static final Pattern EXECVE = Pattern.compile("^\\d+\\s+execve\\(\"([^\"]*)\"");

    static List<String> scenarios() {
        return Scenarios.all().stream().map(Scenario::name).toList();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void theJvmIsTheOnlyProgramExecuted(String scenario) throws Exception {
        Path jar = ExamplesJar.path();
        Path java = ExamplesJar.java();
        Path trace = Files.createTempFile("jnl-execve-", ".strace");
        String prefix = ScratchNamespaces.uniqueName("st") + "-";
        try {
            // --seccomp-bpf: the tracee stops at execve only, not twice at every syscall.
            List<String> cmd = new ArrayList<>(List.of("strace", "-f", "-qq", "--seccomp-bpf",
                    "-e", "trace=execve", "-o", trace.toString(), java.toString()));
            cmd.addAll(ExamplesJar.jvmFlags());
            cmd.addAll(List.of("-jar", jar.toString(), scenario, "--prefix", prefix));
            Process p = ReferenceTools.start(new ProcessBuilder(cmd).redirectErrorStream(true));
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
            assertThat(NetNs.list()).noneMatch(n -> n.startsWith(prefix));
            if (code == Main.KERNEL_LACKS) {
                throw StrictMode.skipOrFail("this kernel lacks a feature " + scenario + " needs",
                        new AssertionError(out));
            }
            assertThat(code).as(out).isEqualTo(Main.PASSED);
        } finally {
            Files.deleteIfExists(trace);
            for (String n : NetNs.list()) {
                if (n.startsWith(prefix)) {
                    NetNs.deleteIfExists(n);
                }
            }
        }
    }

}

package dev.jnetlink.netns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.ReferenceTools;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.testing.Ip;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link ExitCleanup} in a JVM that is stopped: namespaces and links registered for removal
 * are gone after SIGINT and SIGTERM, a namespace being created while the JVM begins to exit is
 * removed too or never made, and after SIGKILL (no hook) {@link NetNs#removeLeftovers} removes
 * exactly what the killed JVM made, not a namespace someone made under the same name since.
 */
@NetlinkTest
class ExitCleanupIT {
    private static String prefix() {
        return "jnl-exit" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36) + "-";
    }

    private static List<String> namespacesWith(String prefix) {
        return NetNs.list().stream().filter(n -> n.startsWith(prefix)).toList();
    }

    // The test class path, as the child JVM needs it: Maven's or the console launcher's.
    private static String classPath() throws URISyntaxException {
        ClassLoader cl = ExitCleanupIT.class.getClassLoader();
        if (cl instanceof URLClassLoader u) {
            List<String> parts = new ArrayList<>();
            for (URL url : u.getURLs()) {
                parts.add(Path.of(url.toURI()).toString());
            }
            parts.add(System.getProperty("java.class.path"));
            return String.join(File.pathSeparator, parts);
        }
        return System.getProperty("java.class.path");
    }

    /** A child JVM running {@link ExitCleanupChild}, its output read line by line. */
    private static final class Child implements AutoCloseable {
        final Process process;
        final BufferedReader out;
        final List<String> lines = new ArrayList<>();

        Child(String... args) throws Exception {
            List<String> cmd = new ArrayList<>();
            cmd.add(ProcessHandle.current().info().command().orElseThrow());
            ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .filter(a -> a.startsWith("-XX:")).forEach(cmd::add);
            cmd.addAll(List.of("-cp", classPath(), ExitCleanupChild.class.getName()));
            cmd.addAll(List.of(args));
            process = ReferenceTools.start(new ProcessBuilder(cmd).redirectErrorStream(true));
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        void awaitReady() throws IOException {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
                if (line.equals("READY")) {
                    return;
                }
            }
            throw new AssertionError("the child ended before it was ready: " + lines);
        }

        int stop(String signal) throws Exception {
            ReferenceTools.run("kill", "-s", signal, Long.toString(process.pid()));
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the child exits on " + signal).isTrue();
            out.lines().forEach(lines::add);
            return process.exitValue();
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }

    @Test
    void namespacesAreDeletedOnSigintAndSigterm() throws Exception {
        for (String signal : List.of("INT", "TERM")) {
            String prefix = prefix();
            try (Child child = new Child("namespaces", prefix, "3")) {
                child.awaitReady();
                assertThat(namespacesWith(prefix)).hasSize(3);
                assertThat(child.stop(signal)).isEqualTo(signal.equals("INT") ? 130 : 143);
            } finally {
                namespacesWith(prefix).forEach(NetNs::deleteIfExists);
            }
            assertThat(namespacesWith(prefix)).as("left after SIG" + signal).isEmpty();
        }
    }

    @Test
    void aLinkIsDeletedOnSigterm() throws Exception {
        try (ScratchNamespaces scratch = new ScratchNamespaces(); Child child = new Child("link",
                scratch.named("exitlink").name())) {
            NetNs ns = NetNs.open(namespacesWith("jnl-exitlink-").get(0));
            try (ns; Rtnl rtnl = Rtnl.openIn(ns)) {
                child.awaitReady();
                assertThat(rtnl.links().exists("exit0")).isTrue();
                child.stop("TERM");
                assertThat(rtnl.links().exists("exit0")).as("deleted at exit").isFalse();
                assertThat(rtnl.links().exists("exit1")).isFalse();
            }
        }
    }

    @Test
    void aNamespaceBeingCreatedAsTheJvmExitsIsRemovedOrNeverMade() throws Exception {
        for (int round = 0; round < 3; round++) {
            String prefix = prefix();
            try (Child child = new Child("churn", prefix)) {
                child.awaitReady();
                Thread.sleep(100 + ThreadLocalRandom.current().nextInt(400));
                child.stop("TERM");
                assertThat(namespacesWith(prefix)).as("made while exiting and left: " + child.lines).isEmpty();
            } finally {
                namespacesWith(prefix).forEach(NetNs::deleteIfExists);
            }
        }
    }

    @Test
    void afterSigkillALaterRunRemovesExactlyWhatTheKilledOneMade() throws Exception {
        String prefix = prefix();
        try {
            try (Child child = new Child("namespaces", prefix, "3")) {
                child.awaitReady();
                child.stop("KILL");
            }
            assertThat(namespacesWith(prefix)).as("SIGKILL runs no hook").hasSize(3);
            // someone makes the second name anew: not the killed JVM's namespace, kept
            NetNs.deleteIfExists(prefix + "1");
            Ip.ip(null, "netns", "add", prefix + "1");
            List<String> removed = NetNs.removeLeftovers().stream()
                    .filter(l -> l.contains(prefix)).collect(Collectors.toList());
            assertThat(removed).hasSize(2).allMatch(l -> l.matches("ip netns del " + prefix + "[02]   # left by process \\d+"));
            assertThat(namespacesWith(prefix)).containsExactly(prefix + "1");
            assertThat(NetNs.removeLeftovers()).noneMatch(l -> l.contains(prefix));
        } finally {
            namespacesWith(prefix).forEach(NetNs::deleteIfExists);
        }
    }

    // A JVM killed after the namespace was made and before the journal said so left only its
    // intent line: the namespace made just after it is that JVM's, one made long after it is not.
    @Test
    void aNamespaceWhoseCreationWasNotWrittenDownIsRemovedIfMadeJustAfterTheIntent() throws Exception {
        String prefix = prefix();
        Path journal = ExitJournal.DIR.resolve("999999999-" + prefix.replace("-", "")); // no such process
        try {
            long now = System.currentTimeMillis() * 1_000_000L;
            long anHourAgo = now - 3_600_000_000_000L;
            Files.createDirectories(ExitJournal.DIR);
            Files.writeString(journal, "+ " + prefix + "killed " + now + "\n+ " + prefix + "later " + anHourAgo
                    + "\n+ " + prefix + "old\n");
            Ip.ip(null, "netns", "add", prefix + "killed");
            Ip.ip(null, "netns", "add", prefix + "later");
            Ip.ip(null, "netns", "add", prefix + "old");
            List<String> removed = NetNs.removeLeftovers().stream()
                    .filter(l -> l.contains(prefix)).collect(Collectors.toList());
            assertThat(removed).containsExactly("ip netns del " + prefix + "killed   # left by process 999999999");
            assertThat(namespacesWith(prefix)).as("made an hour after the intent, or an intent of unknown time: kept")
                    .containsExactlyInAnyOrder(prefix + "later", prefix + "old");
            assertThat(journal).doesNotExist();
        } finally {
            Files.deleteIfExists(journal);
            namespacesWith(prefix).forEach(NetNs::deleteIfExists);
        }
    }
}

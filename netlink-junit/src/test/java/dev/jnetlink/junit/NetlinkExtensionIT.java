package dev.jnetlink.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.jnetlink.junit.samples.InjectionSample;
import dev.jnetlink.junit.samples.LeakSamples;
import dev.jnetlink.junit.samples.Leftovers;
import dev.jnetlink.junit.samples.OutcomeSamples;
import dev.jnetlink.junit.samples.ParallelSamples;
import dev.jnetlink.netns.NetNs;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.opentest4j.TestAbortedException;

/**
 * The extension against the kernel: sample test classes ({@code samples}) run through JUnit's
 * EngineTestKit, and what JUnit reported for them is checked: injected namespaces, a leak of
 * each kind failing its test with what leaked, the namespaces' state on failure, skips and
 * strict mode, parallel runs.
 */
@NetlinkTest
class NetlinkExtensionIT {
    @AfterEach
    void releaseWhatTheSamplesLeft() throws Exception {
        Leftovers.clear();
    }

    /** Runs one sample class, strict mode and required tools set explicitly (not inherited). */
    static EngineExecutionResults run(Class<?> sample, Map<String, String> parameters) {
        EngineTestKit.Builder kit = EngineTestKit.engine("junit-jupiter").selectors(selectClass(sample))
                .configurationParameter(StrictMode.STRICT, "false")
                .configurationParameter(StrictMode.REQUIRE_TOOLS, "");
        parameters.forEach(kit::configurationParameter);
        return Announcements.silently(kit::execute);
    }

    private static EngineExecutionResults run(Class<?> sample) {
        return run(sample, Map.of());
    }

    /** @return the one failure JUnit reported (a test's, or the class's if none) */
    static Throwable onlyFailure(EngineExecutionResults results) {
        List<Throwable> failures = results.allEvents().finished().stream()
                .map(e -> e.getPayload(TestExecutionResult.class).orElseThrow())
                .filter(r -> r.getStatus() == TestExecutionResult.Status.FAILED)
                .map(r -> r.getThrowable().orElseThrow()).toList();
        assertThat(failures).hasSize(1);
        return failures.get(0);
    }

    @Test
    void injectsFreshNamespacesAndClientsAndRemovesThemAfterwards() {
        EngineExecutionResults r = run(InjectionSample.class);
        r.allEvents().assertStatistics(s -> s.failed(0));
        r.testEvents().assertStatistics(s -> s.succeeded(2));
        List<String> named = Leftovers.SEEN.stream().filter(f -> f.startsWith("named ")).map(f -> f.substring(6)).toList();
        assertThat(named).hasSize(2).allSatisfy(n -> assertThat(NetNs.exists(n)).as("%s removed", n).isFalse());
    }

    @Test
    void aLeakedSocketFailsTheTestWithItsDescriptor() {
        Throwable t = onlyFailure(run(LeakSamples.Descriptor.class));
        assertThat(t).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("leavesASocketOpen(NetNs) left behind:\n  - file descriptor ")
                .hasMessageContaining(" -> socket:[").hasMessageContaining("(a socket) is still open");
    }

    @Test
    void aLeakedNamedNamespaceFailsTheTestAndIsDeletedWhenTheNameWasHandedOut() {
        Throwable t = onlyFailure(run(LeakSamples.Namespace.class));
        String name = Leftovers.SEEN.get(0);
        assertThat(t).hasMessage("leavesANamedNamespace() left behind:\n  - named namespace " + name
                + " in /run/netns was created and not deleted (deleted now)");
        assertThat(NetNs.exists(name)).isFalse();
    }

    @Test
    void aNamespaceOfTheTestsOwnNamingIsReportedButLeftForAPerson() {
        Throwable t = onlyFailure(run(LeakSamples.NamespaceOfItsOwnNaming.class));
        String name = Leftovers.SEEN.get(0);
        try {
            assertThat(t).hasMessageEndingWith("named namespace " + name + " in /run/netns was created and not"
                    + " deleted (delete it with: ip netns del " + name + ")");
        } finally {
            NetNs.deleteIfExists(name);
        }
    }

    @Test
    void aThreadLeftRunningFailsTheTest() {
        Throwable t = onlyFailure(run(LeakSamples.Thread.class));
        assertThat(t).hasMessageStartingWith("leavesAThreadRunning() left behind:\n  - thread \"sample-leaker\" (not a"
                + " daemon, WAITING) is still running in dev.jnetlink.junit.samples.Leftovers.await(Leftovers.java:");
    }

    @Test
    void aThreadLeftInsideANamespaceFailsTheTest() {
        Throwable t = onlyFailure(run(LeakSamples.ThreadInANamespace.class));
        assertThat(t).hasMessageContaining("thread \"sample-inside\" (tid ")
                .hasMessageContaining(") in net:[").hasMessageContaining("which keeps that namespace alive");
    }

    @Test
    void aLinkLeftInTheTestsOwnNamespaceFailsTheTest(@Scratch NetNs machine) {
        // The sample runs on a thread inside a scratch namespace, which plays the machine's.
        EngineExecutionResults r = machine.call(() -> run(LeakSamples.LinkInItsOwnNamespace.class));
        assertThat(onlyFailure(r)).hasMessageContaining("link leak0 (veth) (index ")
                .hasMessageContaining(") is left in the test's own namespace net:[");
    }

    @Test
    void scratchNamespacesTheTestDidNotCloseAreReportedAndRemoved() {
        Throwable t = onlyFailure(run(LeakSamples.UnclosedScratch.class));
        String name = Leftovers.SEEN.get(0);
        assertThat(t).hasMessage("forgetsToClose() left behind:\n  - ScratchNamespaces created by the test was not"
                + " closed; its namespaces " + name + " are removed now");
        assertThat(NetNs.exists(name)).isFalse();
    }

    @Test
    void whatBeforeAllLeavesFailsTheClass() {
        EngineExecutionResults r = run(LeakSamples.InBeforeAll.class);
        r.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        assertThat(onlyFailure(r)).hasMessageStartingWith("LeakSamples$InBeforeAll left behind:\n  - file descriptor ");
    }

    @Test
    void aClassCanOptOut() {
        run(LeakSamples.Unchecked.class).allEvents().assertStatistics(s -> s.failed(0));
    }

    @Test
    void aFailureCarriesTheStateOfEveryScratchNamespace() {
        EngineExecutionResults r = run(OutcomeSamples.Failing.class);
        Throwable t = onlyFailure(r);
        assertThat(t).hasMessageContaining("a deliberate failure");
        assertThat(t.getSuppressed()).hasSize(1);
        String state = t.getSuppressed()[0].getMessage();
        assertThat(state)
                .startsWith("state of the scratch namespaces when the test failed (ip addr; ip route; ip -6 route):\n"
                        + "scratch namespace anonymous net:[")
                .contains("  $ ip addr\n  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN")
                .containsPattern("\\d+: v0@v1: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 .*state LOWERLAYERDOWN")
                .contains("      inet 10.9.0.1/24 brd 10.9.0.255 scope global v0")
                .contains("  $ ip route\n  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 linkdown \n"
                        + "  10.10.0.0/16 via 10.9.0.254 dev v0 linkdown \n  $ ip -6 route\n")
                .containsPattern("scratch namespace jnl-peer-[0-9a-z]{6} \\(@Scratch\\(\"peer\"\\), fails\\(Rtnl, Rtnl\\)\\):\n"
                        + "  \\$ ip addr\n  1: lo: <LOOPBACK,UP,LOWER_UP>");
        Optional<ReportEntry> entry = r.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getPayload(ReportEntry.class).orElseThrow()).findFirst();
        assertThat(entry).hasValueSatisfying(e -> assertThat(e.getKeyValuePairs())
                .containsEntry(NetlinkExtension.STATE_REPORT_KEY, state.substring(state.indexOf('\n') + 1)));
    }

    @Test
    void aKernelThatLacksAFeatureSkipsTheTestOrFailsItInStrictMode() {
        EngineExecutionResults lenient = run(OutcomeSamples.KernelLacks.class);
        lenient.testEvents().assertStatistics(s -> s.aborted(1).failed(0));
        assertThat(abortReason(lenient)).startsWith("this kernel lacks link kind dummy: RTM_NEWLINK d0: EOPNOTSUPP");

        EngineExecutionResults strict = run(OutcomeSamples.KernelLacks.class, Map.of(StrictMode.STRICT, "true"));
        assertThat(onlyFailure(strict)).isInstanceOf(AssertionError.class)
                .hasMessage("this kernel lacks link kind dummy (-Djnetlink.it.strict=true: nothing may be skipped)");
    }

    @Test
    void aMissingToolSkipsTheTestNamingItOrFailsWhenRequired() {
        EngineExecutionResults lenient = run(OutcomeSamples.MissingTool.class);
        lenient.testEvents().assertStatistics(s -> s.aborted(1).failed(0));
        assertThat(abortReason(lenient)).isEqualTo("jnl-no-such-tool is not installed (no Debian package known for it)");

        EngineExecutionResults required = run(OutcomeSamples.MissingTool.class,
                Map.of(StrictMode.REQUIRE_TOOLS, "jnl-no-such-tool"));
        assertThat(onlyFailure(required)).hasMessageStartingWith("jnl-no-such-tool is not installed");

        EngineExecutionResults onAWorker = run(OutcomeSamples.MissingToolOnAWorker.class);
        onAWorker.testEvents().assertStatistics(s -> s.aborted(1).failed(0));
        assertThat(abortReason(onAWorker)).isEqualTo("jnl-no-such-tool is not installed (no Debian package known for it)");
    }

    @Test
    void aScratchParameterOfAnotherTypeSaysWhatItMayBe() {
        assertThat(onlyFailure(run(OutcomeSamples.WrongType.class)))
                .hasMessageContaining("@Scratch parameter 1 of wantsAString is a java.lang.String; it must be a"
                        + " NetNs, an Rtnl or a ScratchNamespaces");
    }

    @Test
    void testsInParallelEachGetTheirOwnNamespacesAndPassTheCheck() {
        EngineExecutionResults r = run(ParallelSamples.Tidy.class, parallel());
        r.allEvents().assertStatistics(s -> s.failed(0));
        r.testEvents().assertStatistics(s -> s.succeeded(8));
    }

    @Test
    void aLeakAmongParallelTestsFailsTheirClassNamingThem() {
        EngineExecutionResults r = run(ParallelSamples.OneLeaks.class, parallel());
        r.testEvents().assertStatistics(s -> s.failed(0));
        assertThat(onlyFailure(r)).hasMessageStartingWith("ParallelSamples$OneLeaks left behind:\n  - in it or in one"
                        + " of its tests, which ran in parallel (which one cannot be told apart): ")
                .hasMessageContaining("works(NetNs, RepetitionInfo) > repetition 3 of 6")
                .hasMessageContaining("(a socket) is still open");
    }

    static Map<String, String> parallel() {
        return Map.of("junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "4");
    }

    private static String abortReason(EngineExecutionResults r) {
        Event aborted = r.testEvents().filter(e -> e.getType() == EventType.FINISHED)
                .filter(e -> e.getPayload(TestExecutionResult.class).orElseThrow().getStatus()
                        == TestExecutionResult.Status.ABORTED).findFirst().orElseThrow();
        Throwable t = aborted.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
        assertThat(t).isInstanceOf(TestAbortedException.class);
        return t.getMessage();
    }
}

package dev.jnetlink.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.link.Link;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.socket.AlreadyExistsException;
import dev.jnetlink.testing.IntegrationTest;
import dev.jnetlink.testing.ScratchNamespaces;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Operations of several steps that fail part-way leave nothing behind. A veth pair whose peer
 * goes into another namespace is several steps for the kernel (look up the namespace, create
 * the peer there, create this end, link them) and, for the library, a namespace handle that
 * must still be valid when the request is sent.
 *
 * <p>The pattern, for any multi-step operation: snapshot the links of every namespace
 * involved, make one step fail, and require the exact same links afterwards
 * ({@link #leavesNothingBehind}).
 */
@IntegrationTest
class FailureInjectionIT {
    private ScratchNamespaces scratch;
    private NetNs a;
    private NetNs b;
    private Rtnl inA;
    private Rtnl inB;

    @BeforeEach
    void setUp() {
        scratch = new ScratchNamespaces();
        a = scratch.anonymous();
        b = scratch.anonymous();
        inA = Rtnl.openIn(a);
        inB = Rtnl.openIn(b);
    }

    @AfterEach
    void tearDown() {
        try {
            inA.close();
            inB.close();
        } finally {
            scratch.close();
        }
    }

    static Set<String> names(Rtnl rtnl) {
        return rtnl.links().list().stream().map(Link::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Runs an operation that must fail, and checks that every namespace has the same links as
     * before it.
     *
     * @param failing the operation
     * @param expected the exception it must fail with
     * @param namespaces clients of every namespace the operation touches
     */
    static void leavesNothingBehind(ThrowingCallable failing, Class<? extends Throwable> expected,
            Rtnl... namespaces) {
        List<Set<String>> before = java.util.Arrays.stream(namespaces).map(FailureInjectionIT::names)
                .toList();
        assertThatThrownBy(failing).isInstanceOf(expected);
        List<Set<String>> after = java.util.Arrays.stream(namespaces).map(FailureInjectionIT::names)
                .toList();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void thePeerNamespaceIsGoneBeforeTheRequestIsSent() {
        NetNs doomed = NetNs.createAnonymous();
        Veth spec = Veth.pair("fa", "fb").peerNetns(doomed).build();
        // The only handle goes, and with it the namespace.
        doomed.close();
        leavesNothingBehind(() -> inA.links().add(spec), IllegalStateException.class, inA);
        long sent = inA.engine().datagramsSent();
        assertThatThrownBy(() -> inA.links().add(spec)).hasMessageContaining("is closed");
        assertThat(inA.engine().datagramsSent()).as("nothing was sent").isEqualTo(sent);
    }

    @Test
    void theKernelUndoesThePeerWhenThisEndCannotBeCreated() {
        inA.links().add(Veth.pair("fa", "other"));
        leavesNothingBehind(() -> inA.links().add(Veth.pair("fa", "fb").peerNetns(b)),
                AlreadyExistsException.class, inA, inB);
        assertThat(names(inB)).doesNotContain("fb");
    }

    @Test
    void theKernelCreatesNoEndWhenThePeerCannotBeCreated() {
        inB.links().add(Veth.pair("fb", "other"));
        leavesNothingBehind(() -> inA.links().add(Veth.pair("fa", "fb").peerNetns(b)),
                AlreadyExistsException.class, inA, inB);
        assertThat(names(inA)).doesNotContain("fa");
    }

    @Test
    void aPeerInANamespaceThatEndsIsRemovedWithIt() throws Exception {
        String name = ScratchNamespaces.uniqueName("gone");
        scratch.deleteOnClose(name);
        NetNs peerNs = NetNs.create(name);
        try {
            // Deleted by name while the spec holds a handle: the namespace lives on, unnamed.
            Veth spec = Veth.pair("fa", "fb").peerNetns(peerNs).build();
            NetNs.delete(name);
            assertThat(NetNs.exists(name)).isFalse();
            inA.links().add(spec);
            assertThat(names(inA)).contains("fa");
        } finally {
            peerNs.close();
        }
        // Its last reference gone, the kernel dismantles the namespace (asynchronously) and
        // takes the whole pair with it: no half pair stays in A.
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (names(inA).contains("fa") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(names(inA)).containsExactly("lo");
    }

    /**
     * A bridge port added after its bridge was deleted. Needs the bridge module
     * ({@code netlink-bridge}), which is not merged yet. The pattern, once it is:
     * <pre>{@code
     * inA.links().add(Bridge.named("br0"));
     * inA.links().add(Veth.pair("p0", "p1"));
     * LinkSpec port = ... "p0" as a port of br0 (setMaster / bridge port options) ...;
     * inA.links().delete("br0");                 // between building and sending
     * leavesNothingBehind(() -> apply(port), NotFoundException.class, inA);
     * assertThat(inA.links().get("p0").master()).isNull();
     * }</pre>
     * plus the same with the bridge deleted from another thread while the port's several
     * requests (master, then port attributes such as VLANs) are in progress: every step after
     * the first failing one must be undone, or the error must say what was left.
     */
    @Test
    @Disabled("needs the bridge module (netlink-bridge), not merged yet: see the javadoc")
    void aBridgePortAddedAfterTheBridgeWasDeleted() {
    }
}

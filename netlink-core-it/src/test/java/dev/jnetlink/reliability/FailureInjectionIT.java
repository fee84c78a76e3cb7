package dev.jnetlink.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.link.Link;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.socket.AlreadyExistsException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Operations of several steps that fail part-way leave nothing behind. A veth pair whose peer
 * goes into another namespace is several steps for the kernel (look up the namespace, create
 * the peer there, create this end, link them) and, for the library, a namespace handle that
 * must still be valid when the request is sent.
 *
 * <p>The pattern, for any multi-step operation: snapshot the links of every namespace
 * involved, make one step fail, and require the exact same links afterwards
 * ({@link #leavesNothingBehind}). A bridge port added after or while its bridge is deleted is
 * the bridge module's {@code BridgeFailureInjectionIT}.
 */
@NetlinkTest
class FailureInjectionIT {
    @Scratch
    private ScratchNamespaces scratch;
    @Scratch("a")
    private NetNs a;
    @Scratch("b")
    private NetNs b;
    @Scratch("a")
    private Rtnl inA;
    @Scratch("b")
    private Rtnl inB;

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
}

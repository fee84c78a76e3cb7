package dev.jnetlink.junit.samples;

import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tests that leave something behind, one kind each. */
public final class LeakSamples {
    private LeakSamples() {
    }

    /** Leaves a client (a netlink socket) open. */
    @NetlinkTest
    public static class Descriptor {
        @Test
        void leavesASocketOpen(@Scratch NetNs ns) {
            Leftovers.keep(Rtnl.openIn(ns));
        }
    }

    /** Creates a named namespace and only closes its handle. */
    @NetlinkTest
    public static class Namespace {
        @Test
        void leavesANamedNamespace() {
            String name = ScratchNamespaces.uniqueName("leak");
            NetNs.create(name).close();
            Leftovers.saw(name);
        }
    }

    /** Creates a named namespace whose name was not handed out by netlink-junit. */
    @NetlinkTest
    public static class NamespaceOfItsOwnNaming {
        @Test
        void leavesANamedNamespace() {
            String name = "jnltest" + ScratchNamespaces.uniqueName("own").substring(4);
            NetNs.create(name).close();
            Leftovers.saw(name);
        }
    }

    /** Leaves a thread running that is not a daemon. */
    @NetlinkTest
    public static class Thread {
        @Test
        void leavesAThreadRunning() {
            java.lang.Thread t = new java.lang.Thread(Leftovers::await, "sample-leaker");
            t.start();
        }
    }

    /** Leaves a daemon thread inside a scratch namespace. */
    @NetlinkTest
    public static class ThreadInANamespace {
        @Test
        void leavesAThreadInside(@Scratch NetNs ns) {
            ns.run(() -> {
                java.lang.Thread t = new java.lang.Thread(Leftovers::await, "sample-inside");
                t.setDaemon(true);
                t.start();
            });
        }
    }

    /**
     * Adds a veth pair to the namespace it runs in. The IT runs it on a thread inside a scratch
     * namespace; run any other way (on a thread in the machine's own namespace) it refuses.
     */
    @NetlinkTest
    public static class LinkInItsOwnNamespace {
        @Test
        void leavesALink() throws Exception {
            Assumptions.assumeFalse(Files.readSymbolicLink(Path.of("/proc/thread-self/ns/net"))
                    .equals(Files.readSymbolicLink(Path.of("/proc/self/ns/net"))),
                    "runs only inside a scratch namespace: it adds a link to its own");
            try (Rtnl own = Rtnl.open()) {
                own.links().add(Veth.pair("leak0", "leak1"));
            }
        }
    }

    /** Creates scratch namespaces itself and does not close them. */
    @NetlinkTest
    public static class UnclosedScratch {
        @Test
        void forgetsToClose() {
            ScratchNamespaces mine = new ScratchNamespaces();
            Leftovers.saw(mine.named("forgot").name());
        }
    }

    /** Opens a client in {@code @BeforeAll} and never closes it: the class fails. */
    @NetlinkTest
    public static class InBeforeAll {
        static Rtnl kept;

        @BeforeAll
        static void open(@Scratch NetNs ns) {
            kept = Rtnl.openIn(ns);
            Leftovers.keep(kept);
        }

        @Test
        void cleanItself() {
        }
    }

    /** Leaks, but asks not to be checked. */
    @NetlinkTest(checkLeaks = false)
    public static class Unchecked {
        @Test
        void leavesASocketOpen(@Scratch NetNs ns) {
            Leftovers.keep(Rtnl.openIn(ns));
        }
    }
}

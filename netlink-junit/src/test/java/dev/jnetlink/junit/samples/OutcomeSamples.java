package dev.jnetlink.junit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.ReferenceTools;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.RouteSpec;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.socket.Errno;
import dev.jnetlink.socket.KernelLacksFeatureException;
import dev.jnetlink.socket.NetlinkException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Failures, missing kernel features and missing tools. */
public final class OutcomeSamples {
    private OutcomeSamples() {
    }

    /** Fails after building a little topology in two namespaces. */
    @NetlinkTest
    public static class Failing {
        @Test
        void fails(@Scratch Rtnl rtnl, @Scratch(value = "peer", named = true) Rtnl peer) {
            rtnl.links().add(Veth.pair("v0", "v1"));
            rtnl.links().setUp("v0");
            rtnl.addresses().add("v0", "10.9.0.1/24");
            rtnl.routes().add(RouteSpec.to("10.10.0.0/16").via("10.9.0.254"));
            peer.links().setUp("lo");
            assertThat(rtnl.links().list()).as("a deliberate failure").isEmpty();
        }
    }

    /** Meets a kernel without a module. */
    @NetlinkTest
    public static class KernelLacks {
        @Test
        void needsDummy() {
            throw new KernelLacksFeatureException("link kind dummy",
                    new NetlinkException(Errno.EOPNOTSUPP, "RTM_NEWLINK", "d0", null, null));
        }
    }

    /** Compares with a tool that is not installed. */
    @NetlinkTest
    public static class MissingTool {
        @Test
        void runsIt() {
            ReferenceTools.run("jnl-no-such-tool", "show");
        }
    }

    /** Asks for a scratch something the extension does not make. */
    @NetlinkTest
    public static class WrongType {
        @Test
        void wantsAString(@Scratch String name) {
        }
    }

    /** Meets the missing tool on a worker thread: the skip comes back inside an ExecutionException. */
    @NetlinkTest
    public static class MissingToolOnAWorker {
        @Test
        void runsItOnAnotherThread() throws Exception {
            ExecutorService worker = Executors.newSingleThreadExecutor();
            try {
                worker.submit(() -> ReferenceTools.run("jnl-no-such-tool", "show")).get();
            } finally {
                worker.shutdown();
                worker.awaitTermination(10, TimeUnit.SECONDS);
            }
        }
    }
}

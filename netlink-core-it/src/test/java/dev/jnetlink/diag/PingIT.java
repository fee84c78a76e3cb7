package dev.jnetlink.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** In-process ICMP echo inside a scratch namespace. */
@NetlinkTest
class PingIT {
    @Scratch
    private NetNs ns;

    @Test
    void loopbackAnswersOnlyOnceItIsUp() throws Exception {
        InetAddress v4 = InetAddress.getByName("127.0.0.1");
        try (Ping ping = Ping.from(ns, v4)) {
            PingResult down = ping.echo(Duration.ofMillis(200));
            assertThat(down.replied()).isFalse();
            assertThat(down.error()).isEqualTo("Network is unreachable");
            assertThat(down).hasToString("no reply from 127.0.0.1: icmp_seq=1 (Network is unreachable)");
            try (Rtnl rtnl = Rtnl.openIn(ns)) {
                rtnl.links().setUp("lo");
            }
            // The socket stays in the namespace; use it from another thread.
            try (var pool = new AutoClosingPool()) {
                Future<List<PingResult>> f = pool.exec.submit(() ->
                        ping.echo(3, Duration.ofMillis(10), Duration.ofSeconds(2)));
                List<PingResult> results = f.get();
                assertThat(results).hasSize(3).allSatisfy(r -> {
                    assertThat(r.replied()).isTrue();
                    assertThat(r.ttl()).isEqualTo(64);
                    assertThat(r.rtt()).isPositive();
                });
                assertThat(results).extracting(PingResult::sequence).containsExactly(2, 3, 4);
                assertThat(results.get(0).toString()).startsWith("reply from 127.0.0.1: icmp_seq=2 ttl=64 time=");
            }
        }
    }

    @Test
    void ipv6Loopback() throws Exception {
        try (Rtnl rtnl = Rtnl.openIn(ns)) {
            rtnl.links().setUp("lo");
        }
        try (Ping ping = Ping.from(ns, InetAddress.getByName("::1"))) {
            PingResult r = ping.echo(Duration.ofSeconds(2));
            assertThat(r.replied()).as("%s", r).isTrue();
        }
    }

    @Test
    void checksumMatchesTheRfc1071Example() {
        byte[] data = {0x00, 0x01, (byte) 0xf2, 0x03, (byte) 0xf4, (byte) 0xf5, (byte) 0xf6, (byte) 0xf7};
        assertThat(Ping.checksum(data, 0, data.length)).isEqualTo(~0xddf2 & 0xffff);
    }

    private static final class AutoClosingPool implements AutoCloseable {
        final java.util.concurrent.ExecutorService exec = Executors.newSingleThreadExecutor();

        @Override
        public void close() {
            exec.shutdownNow();
        }
    }
}

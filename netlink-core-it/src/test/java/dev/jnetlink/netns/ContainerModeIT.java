package dev.jnetlink.netns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.testing.ProcessInNamespace;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scenario S4, container mode: a second "container" joins the first one's namespace (by path,
 * by a process's pid) and reaches the TCP service the first listens on at 127.0.0.1. Sockets
 * opened inside with {@code call} work from any thread afterwards.
 */
@NetlinkTest
class ContainerModeIT {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @Scratch
    private ScratchNamespaces scratch;
    private ExecutorService plainThreads;

    @BeforeEach
    void setUp() {
        plainThreads = Executors.newCachedThreadPool();
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        plainThreads.shutdownNow();
        plainThreads.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void aSecondContainerJoinsByPathAndByPidAndReachesTheFirstsLoopbackService() throws Exception {
        NetNs first = scratch.named("box");
        try (Rtnl in = Rtnl.openIn(first)) {
            in.links().setUp("lo");
        }
        // The service: opened inside, then served by a thread that never entered the namespace.
        try (ServerSocket server = first.call(() -> new ServerSocket(0, 50, LOOPBACK))) {
            int port = server.getLocalPort();
            Future<?> serving = plainThreads.submit(() -> serve(server, 2));

            try (NetNs byPath = NetNs.openPath(Path.of(NetNs.RUN_DIR, first.name()))) {
                assertThat(byPath.sameAs(first)).isTrue();
                String reply = byPath.call(() -> exchange(port, "by path"));
                assertThat(reply).isEqualTo("echo: by path");
            }
            try (ProcessInNamespace container = ProcessInNamespace.start(first);
                    NetNs byPid = NetNs.openPid(container.pid())) {
                // A client socket connected inside, used afterwards from this (outside) thread.
                try (Socket client = byPid.call(() -> new Socket(LOOPBACK, port))) {
                    assertThat(exchange(client, "by pid")).isEqualTo("echo: by pid");
                }
            }
            serving.get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theServiceIsNotReachableFromAnotherNamespacesLoopback() throws Exception {
        NetNs box = scratch.anonymous();
        NetNs elsewhere = scratch.anonymous();
        for (NetNs ns : new NetNs[] {box, elsewhere}) {
            try (Rtnl in = Rtnl.openIn(ns)) {
                in.links().setUp("lo");
            }
        }
        try (ServerSocket server = box.call(() -> new ServerSocket(0, 50, LOOPBACK))) {
            int port = server.getLocalPort();
            assertThatThrownBy(() -> elsewhere.run(() -> new Socket(LOOPBACK, port).close()))
                    .isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void aDatagramChannelOpenedInsideWorksFromAnyThread() throws Exception {
        NetNs box = scratch.anonymous();
        try (Rtnl in = Rtnl.openIn(box)) {
            in.links().setUp("lo");
        }
        try (DatagramChannel receiver = box.call(() ->
                        DatagramChannel.open().bind(new InetSocketAddress(LOOPBACK, 0)));
                DatagramChannel sender = box.call(() ->
                        DatagramChannel.open().connect(receiver.getLocalAddress()))) {
            plainThreads.submit(() -> sender.write(ByteBuffer.wrap("ping".getBytes(StandardCharsets.UTF_8))))
                    .get(10, TimeUnit.SECONDS);
            ByteBuffer got = ByteBuffer.allocate(16);
            InetSocketAddress from = (InetSocketAddress) plainThreads.submit(() -> receiver.receive(got))
                    .get(10, TimeUnit.SECONDS);
            got.flip();
            assertThat(StandardCharsets.UTF_8.decode(got).toString()).isEqualTo("ping");
            assertThat(from.getPort()).isEqualTo(((InetSocketAddress) sender.getLocalAddress()).getPort());
        }
    }

    private static Void serve(ServerSocket server, int clients) throws IOException {
        for (int i = 0; i < clients; i++) {
            try (Socket s = server.accept()) {
                DataInputStream in = new DataInputStream(s.getInputStream());
                new DataOutputStream(s.getOutputStream()).writeUTF("echo: " + in.readUTF());
            }
        }
        return null;
    }

    private static String exchange(int port, String message) throws IOException {
        try (Socket s = new Socket(LOOPBACK, port)) {
            return exchange(s, message);
        }
    }

    private static String exchange(Socket s, String message) throws IOException {
        s.setSoTimeout(10_000);
        new DataOutputStream(s.getOutputStream()).writeUTF(message);
        return new DataInputStream(s.getInputStream()).readUTF();
    }
}

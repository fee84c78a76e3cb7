package dev.jnetlink.examples;

import dev.jnetlink.netns.NetNs;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * What runs in a container, played by a thread started inside its namespace (the programs
 * start no process): either idle, like the walkthrough's {@code busybox sh}, or a TCP service
 * answering every connection with one line, like its {@code httpd -h /tmp/} serving
 * {@code hello world}. A thread is created in its creator's namespace, so it stays in the
 * container's for life; its thread id stands in for the container's pid:
 * {@code /proc/TID/ns/net} is the container's namespace, which {@code --network container:}
 * joins.
 */
public final class ContainerProcess implements AutoCloseable {
    private static final long START_TIMEOUT_SECONDS = 10;

    private final Thread thread;
    private final long tid;
    private final CountDownLatch stop;
    private final ServerSocket server;

    private ContainerProcess(Thread thread, long tid, CountDownLatch stop, ServerSocket server) {
        this.thread = thread;
        this.tid = tid;
        this.stop = stop;
        this.server = server;
    }

    /**
     * Starts an idle process in a namespace.
     *
     * @param ns the container's namespace
     * @param name the thread's name, e.g. {@code c1}
     * @return the running process
     * @throws IOException if it cannot start
     */
    public static ContainerProcess idle(NetNs ns, String name) throws IOException {
        CountDownLatch stop = new CountDownLatch(1);
        return start(ns, name, null, stop, () -> {
            try {
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /**
     * Starts a TCP service in a namespace: it listens on {@code bind} and writes
     * {@code greeting} and a newline to every connection.
     *
     * @param ns the container's namespace
     * @param name the thread's name, e.g. {@code httpd}
     * @param bind the address and port to listen on, e.g. {@code 0.0.0.0:80}
     * @param greeting the line to answer with
     * @return the running service
     * @throws IOException if the port cannot be bound there
     */
    public static ContainerProcess serve(NetNs ns, String name, InetSocketAddress bind, String greeting)
            throws IOException {
        return serve(ns, name, bind, peer -> greeting);
    }

    /**
     * Starts a TCP service in a namespace that answers each connection with a line made from
     * the address it came from: how a machine on the other side shows which source address it
     * sees (a masquerade's).
     *
     * @param ns the namespace
     * @param name the thread's name
     * @param bind the address and port to listen on
     * @param answer the line for a connection from a given peer
     * @return the running service
     * @throws IOException if the port cannot be bound there
     */
    public static ContainerProcess serve(NetNs ns, String name, InetSocketAddress bind,
            Function<InetSocketAddress, String> answer) throws IOException {
        ServerSocket server = ns.call(() -> {
            ServerSocket s = new ServerSocket();
            try {
                s.setReuseAddress(true);
                s.bind(bind);
                return s;
            } catch (IOException | RuntimeException e) {
                s.close();
                throw e;
            }
        });
        try {
            return start(ns, name, server, new CountDownLatch(1), () -> {
                while (!server.isClosed()) {
                    try (Socket c = server.accept(); OutputStream out = c.getOutputStream()) {
                        out.write((answer.apply((InetSocketAddress) c.getRemoteSocketAddress()) + "\n")
                                .getBytes(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        // closed: the loop ends; a client that went away: next one
                    }
                }
            });
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    // Starts the thread from a thread inside the namespace, so that it is born there.
    private static ContainerProcess start(NetNs ns, String name, ServerSocket server, CountDownLatch stop,
            Runnable body) throws IOException {
        CompletableFuture<Long> tid = new CompletableFuture<>();
        Thread t = ns.call(() -> {
            Thread inside = new Thread(() -> {
                try {
                    tid.complete(threadId());
                } catch (IOException | RuntimeException e) {
                    tid.completeExceptionally(e);
                    return;
                }
                body.run();
            }, "container-" + name);
            inside.setDaemon(true);
            inside.start();
            return inside;
        });
        try {
            return new ContainerProcess(t, tid.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS), stop, server);
        } catch (ExecutionException e) {
            stop.countDown();
            throw new IOException("process " + name + " could not start: " + e.getCause(), e.getCause());
        } catch (TimeoutException | InterruptedException e) {
            stop.countDown();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("process " + name + " did not start", e);
        }
    }

    // /proc/thread-self links to PID/task/TID.
    private static long threadId() throws IOException {
        Path link = Files.readSymbolicLink(Path.of("/proc/thread-self"));
        return Long.parseLong(link.getFileName().toString());
    }

    /** @return the thread's id: {@code /proc/PID/ns/net} is the container's namespace */
    public long pid() {
        return tid;
    }

    /** @return the port the service listens on, or -1 for an idle process */
    public int port() {
        return server == null ? -1 : server.getLocalPort();
    }

    /**
     * Stops the process: closes the service's socket (or wakes the idle thread) and waits for
     * the thread to end.
     *
     * @throws IOException if the socket does not close
     */
    @Override
    public void close() throws IOException {
        stop.countDown();
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(START_TIMEOUT_SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

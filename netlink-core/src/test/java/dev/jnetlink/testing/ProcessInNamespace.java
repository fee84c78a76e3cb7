package dev.jnetlink.testing;

import dev.jnetlink.netns.NetNs;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * A {@code sleep} process started inside a named namespace with {@code ip netns exec}, for
 * tests that open a namespace by pid the way Docker's tools do. Killed on {@link #close()}.
 */
public final class ProcessInNamespace implements AutoCloseable {
    private final Process process;

    private ProcessInNamespace(Process process) {
        this.process = process;
    }

    /**
     * Starts {@code ip netns exec NAME sleep 600} and waits until the process is inside
     * {@code ns} ({@code ip netns exec} enters the namespace, then execs {@code sleep} in place,
     * so the pid stays the same).
     *
     * @param ns a named namespace
     * @return the running process
     */
    public static ProcessInNamespace start(NetNs ns) {
        Process p;
        try {
            p = new ProcessBuilder("ip", "netns", "exec", ns.name(), "sleep", "600")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("cannot start ip netns exec: " + e, e);
        }
        ProcessInNamespace child = new ProcessInNamespace(p);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("ip netns exec " + ns.name() + " sleep exited " + p.exitValue());
            }
            try (NetNs its = NetNs.openPid(p.pid())) {
                if (its.sameAs(ns)) {
                    return child;
                }
            } catch (RuntimeException racingExec) {
                // between fork and exec the /proc entry can be briefly unreadable: try again
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        child.close();
        throw new AssertionError("process " + p.pid() + " did not enter " + ns.name() + " within 10 s");
    }

    /** @return the process id */
    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

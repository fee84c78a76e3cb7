package dev.jnetlink.testing;

import dev.jnetlink.junit.ReferenceTools;
import dev.jnetlink.netns.NetNs;
import java.util.concurrent.TimeUnit;

/**
 * A {@code sleep} process inside a namespace, for tests that open a namespace by pid the way
 * Docker's tools do. Started with {@code nsenter --net=PATH sleep 600} (util-linux, on every
 * Debian system) through {@link ReferenceTools}; {@code nsenter} enters the namespace, then
 * execs {@code sleep} in place, so the pid stays the same. Works for anonymous namespaces too:
 * the path is this process's descriptor of the handle. Killed on {@link #close()}.
 */
public final class ProcessInNamespace implements AutoCloseable {
    private final Process process;

    private ProcessInNamespace(Process process) {
        this.process = process;
    }

    /**
     * Starts the process and waits until it is inside {@code ns}.
     *
     * @param ns a namespace
     * @return the running process
     */
    public static ProcessInNamespace start(NetNs ns) {
        String path = "/proc/" + ProcessHandle.current().pid() + "/fd/" + ns.fd();
        Process p = ReferenceTools.start(new ProcessBuilder("nsenter", "--net=" + path, "sleep", "600")
                .redirectErrorStream(true));
        ProcessInNamespace child = new ProcessInNamespace(p);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("nsenter --net=" + path + " sleep exited " + p.exitValue());
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
        throw new AssertionError("process " + p.pid() + " did not enter " + ns.describe() + " within 10 s");
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

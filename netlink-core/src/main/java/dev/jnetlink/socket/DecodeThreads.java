package dev.jnetlink.socket;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads that decode long dumps ahead ({@link DecodeAhead}), shared by every engine: one
 * per dump in progress, and an idle one ends after {@value #KEEP_ALIVE_SECONDS} seconds.
 * Starting and joining a thread for each dump cost its caller about 0.35 ms on a 2-vCPU VM,
 * 6% of a 1,000-link dump; handing a dump to an idle thread costs microseconds.
 *
 * <p>A new thread first moves to the process's own network namespace (its main thread's,
 * {@code /proc/self/ns/net}). It would otherwise keep, for its whole life, the namespace of
 * whichever dump caller happened to start it, and with it that namespace's devices after the
 * namespace was deleted. Where it cannot move (no {@code CAP_SYS_ADMIN}), no thread of the
 * process can have left that namespace either.
 */
final class DecodeThreads {
    static final long KEEP_ALIVE_SECONDS = 10;
    /** The name every decode thread's name starts with. */
    static final String NAME = "jnetlink-dump-decode";
    private static final String HOME = "/proc/self/ns/net";
    private static final Logger LOG = LoggerFactory.getLogger(DecodeThreads.class);
    private static final AtomicInteger STARTED = new AtomicInteger();
    private static final ThreadPoolExecutor POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE,
            KEEP_ALIVE_SECONDS, TimeUnit.SECONDS, new SynchronousQueue<>(), DecodeThreads::newThread);

    private DecodeThreads() {
    }

    /** @param task runs on an idle decode thread, or a new one */
    static void execute(Runnable task) {
        POOL.execute(task);
    }

    private static Thread newThread(Runnable work) {
        Thread t = new Thread(() -> {
            enterHomeNamespace();
            work.run();
        }, NAME + "-" + STARTED.incrementAndGet());
        t.setDaemon(true);
        return t;
    }

    private static void enterHomeNamespace() {
        int fd = -1;
        try {
            fd = Syscalls.openReadOnly(HOME);
            Syscalls.setns(fd, Syscalls.CLONE_NEWNET, "the process's network namespace");
        } catch (NetlinkException e) {
            LOG.debug("decode thread stays in its creator's network namespace: {}", e.getMessage());
        } finally {
            if (fd >= 0) {
                Syscalls.close(fd);
            }
        }
    }
}

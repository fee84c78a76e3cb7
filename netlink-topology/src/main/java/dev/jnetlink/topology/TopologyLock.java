package dev.jnetlink.topology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One apply or destroy of a topology at a time on the machine: an exclusive {@code flock}-style
 * lock on {@code /run/jnetlink-topology/NAME.lock} (other processes) and a set of held names
 * (other threads of this JVM, which file locks do not exclude). Never waits: the loser is told.
 */
final class TopologyLock implements AutoCloseable {
    private static final Set<String> HELD = ConcurrentHashMap.newKeySet();

    private final String name;
    private final FileChannel channel;
    private final FileLock lock;

    private TopologyLock(String name, FileChannel channel, FileLock lock) {
        this.name = name;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @param topologyName the topology
     * @param what what the caller is about to do, for the message
     * @return the lock
     * @throws TopologyBusyException if another thread or process holds it
     */
    static TopologyLock acquire(String topologyName, String what) {
        Path file = Ownership.STATE_DIR.resolve(topologyName + ".lock");
        if (!HELD.add(topologyName)) {
            throw new TopologyBusyException(topologyName, what, "another thread of this process");
        }
        FileChannel ch = null;
        try {
            Files.createDirectories(Ownership.STATE_DIR);
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l = ch.tryLock();
            if (l == null) {
                throw new TopologyBusyException(topologyName, what, "another process (lock " + file + ")");
            }
            return new TopologyLock(topologyName, ch, l);
        } catch (IOException | RuntimeException e) {
            HELD.remove(topologyName);
            closeQuietly(ch);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot lock " + file, io);
            }
            if (e instanceof OverlappingFileLockException) {
                throw new TopologyBusyException(topologyName, what, "another thread of this process (lock " + file + ")");
            }
            throw (RuntimeException) e;
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing held through it
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        } finally {
            closeQuietly(channel);
            HELD.remove(name);
        }
    }
}

package dev.jnetlink.netns;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The namespaces this JVM registered for removal at exit, written down as it goes, so that a
 * later run can recognise what a killed JVM left: one file per JVM under
 * {@code /run/jnetlink/exit} (a tmpfs, gone at reboot as {@code /run/netns} is), named by pid
 * and process start time, with lines {@code + NAME WHEN} (about to create, at that wall-clock
 * time in nanoseconds), {@code = NAME DEV INO BORN} (created: the namespace's nsfs identity and
 * when that inode was made) and {@code - NAME} (removed). Best effort: a journal that
 * cannot be written only costs that recognition.
 */
final class ExitJournal {
    static final Path DIR = Path.of("/run/jnetlink/exit");

    private final Path file;
    private boolean broken;

    private ExitJournal(Path file) {
        this.file = file;
    }

    /** @return the journal of this JVM (created on first write) */
    static ExitJournal ofThisProcess() {
        ProcessHandle self = ProcessHandle.current();
        return new ExitJournal(DIR.resolve(self.pid() + "-" + startTime(self.pid())));
    }

    synchronized void intent(String name) {
        Instant now = Instant.now();
        append("+ " + name + " " + (now.getEpochSecond() * 1_000_000_000L + now.getNano()));
    }

    synchronized void made(String name, Made made) {
        append("= " + name + " " + made.id().device() + " " + made.id().inode() + " " + made.born());
    }

    synchronized void removed(String name) {
        append("- " + name);
    }

    /** Removes this JVM's journal: everything in it was removed. */
    synchronized void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // best effort
        }
    }

    private void append(String line) {
        if (broken) {
            return;
        }
        try {
            if (!Files.isDirectory(DIR)) {
                Files.createDirectories(DIR, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            }
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException | UnsupportedOperationException e) {
            broken = true;
        }
    }

    /**
     * Which namespace was made: its nsfs identity, and when that inode was made (inode numbers
     * are reused once a namespace is gone; the time tells the namespaces apart).
     *
     * @param id device and inode
     * @param born the inode's change time, in nanoseconds
     */
    record Made(NetNsId id, long born) {
    }

    /**
     * A namespace a JVM that is gone registered and did not remove.
     *
     * @param name its name
     * @param made which namespace it was, or null if the JVM died between deciding to create
     *     it and recording what it created
     * @param intended when it decided to create it (wall clock, nanoseconds), or 0 if not known
     * @param process {@code PID-STARTTIME} of the JVM
     */
    record Leftover(String name, Made made, long intended, String process) {
    }

    /**
     * Reads the journals of JVMs that are no longer running and deletes them.
     *
     * @return what they left, oldest first
     */
    static List<Leftover> takeLeftovers() {
        List<Leftover> out = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(DIR)) {
            for (Path journal : dir) {
                String process = journal.getFileName().toString();
                if (isRunning(process)) {
                    continue;
                }
                Map<String, Made> open = new LinkedHashMap<>();
                Map<String, Long> intended = new HashMap<>();
                for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
                    String[] f = line.split(" ");
                    if (f.length >= 2 && f[0].equals("+")) {
                        open.put(f[1], null);
                        intended.put(f[1], f.length >= 3 ? Long.parseLong(f[2]) : 0L);
                    } else if (f.length >= 5 && f[0].equals("=")) {
                        open.put(f[1], new Made(new NetNsId(Long.parseLong(f[2]), Long.parseLong(f[3])),
                                Long.parseLong(f[4])));
                    } else if (f.length >= 2 && f[0].equals("-")) {
                        open.remove(f[1]);
                    }
                }
                open.forEach((name, id) -> out.add(
                        new Leftover(name, id, intended.getOrDefault(name, 0L), process)));
                Files.deleteIfExists(journal);
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException | RuntimeException e) {
            // another run reading them at the same time, or a damaged journal: what was read stands
        }
        return out;
    }

    // PID-STARTTIME names a process still running if /proc/PID has that start time
    private static boolean isRunning(String process) {
        int dash = process.indexOf('-');
        if (dash < 0) {
            return true; // not a journal of ours: leave it
        }
        try {
            long pid = Long.parseLong(process.substring(0, dash));
            return process.substring(dash + 1).equals(startTime(pid));
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Field 22 of {@code /proc/PID/stat}: start time in clock ticks since boot, or "gone". */
    private static String startTime(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"), StandardCharsets.UTF_8);
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return f[19];
        } catch (IOException | RuntimeException e) {
            return "gone";
        }
    }
}

package dev.jnetlink.internal;

import dev.jnetlink.socket.Errno;
import dev.jnetlink.socket.NetlinkException;
import java.nio.charset.StandardCharsets;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;

/**
 * The few {@code bpf(2)} commands traffic control needs: opening a pinned program
 * ({@code BPF_OBJ_GET}, as {@code tc filter add ... bpf pinned PATH} does) and reading a loaded
 * program's name and tag by its id ({@code BPF_PROG_GET_FD_BY_ID}, {@code BPF_OBJ_GET_INFO_BY_FD},
 * as {@code tc filter show} does). glibc has no wrapper: the call goes through {@code syscall}
 * with the architecture's number (321 on x86_64, 280 on arm64; other architectures are refused).
 */
public final class BpfSyscalls {
    /** {@code BPF_PROG_LOAD} (the library loads no program; tests do, with {@link #call}). */
    public static final int PROG_LOAD = 5;
    /** {@code BPF_OBJ_PIN} (likewise for tests). */
    public static final int OBJ_PIN = 6;
    /** {@code BPF_OBJ_GET}. */
    public static final int OBJ_GET = 7;
    /** {@code BPF_PROG_GET_FD_BY_ID}. */
    public static final int PROG_GET_FD_BY_ID = 13;
    /** {@code BPF_OBJ_GET_INFO_BY_FD}. */
    public static final int OBJ_GET_INFO_BY_FD = 15;
    /** {@code sizeof(union bpf_attr)} as far as these commands read it; the rest stays zero. */
    private static final int ATTR_SIZE = 128;
    /** The part of {@code struct bpf_prog_info} read here, up to and including {@code btf_id}. */
    private static final int PROG_INFO_SIZE = 136;

    private BpfSyscalls() {
    }

    /**
     * A loaded program as {@code BPF_OBJ_GET_INFO_BY_FD} describes it.
     *
     * @param id the program's id
     * @param name its name ({@code prog_name}, at most 15 bytes)
     * @param tag its 8-byte tag in hexadecimal, as {@code tc} and {@code bpftool} print it
     * @param jited whether it was compiled to machine code
     * @param loadTime nanoseconds since boot when it was loaded
     * @param createdByUid the uid that loaded it
     * @param btfId its BTF object's id, 0 if none
     */
    public record ProgInfo(int id, String name, String tag, boolean jited, long loadTime, int createdByUid,
            int btfId) {
    }

    /**
     * @return the {@code bpf(2)} system call number of this architecture
     * @throws UnsupportedOperationException on an architecture this library has no number for
     */
    static long syscallNumber() {
        String arch = System.getProperty("os.arch");
        return switch (arch) {
            case "amd64", "x86_64" -> 321;
            case "aarch64" -> 280;
            default -> throw new UnsupportedOperationException("bpf(2) on " + arch
                    + ": this library knows its system call number only on x86_64 (321) and aarch64 (280)");
        };
    }

    /**
     * Calls {@code bpf(cmd, attr, size)}.
     *
     * @param cmd the command
     * @param attr the {@code union bpf_attr}, in native memory
     * @param what the object, for the error
     * @return the call's result (an fd for the commands that open one)
     * @throws NetlinkException naming the command, the object and the errno
     */
    public static int call(int cmd, Pointer attr, String what) {
        long r = Native.LIBC.syscall(syscallNumber(), cmd, attr.address(), attr.size());
        if (r < 0) {
            Errno e = Native.errno();
            throw NetlinkException.of(e, "bpf(" + commandName(cmd) + ")", what, null, null);
        }
        return (int) r;
    }

    /** @param size bytes @return zeroed native memory, freed when no longer reachable */
    public static Pointer allocate(int size) {
        return Memory.allocateDirect(Native.RUNTIME, size, true);
    }

    /** @param s a string @return it NUL-terminated in native memory */
    public static Pointer string(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        Pointer p = allocate(b.length + 1);
        p.put(0, b, 0, b.length);
        return p;
    }

    /**
     * Opens a pinned object, as {@code tc} does for {@code pinned PATH}. The fd has
     * {@code O_CLOEXEC} (the kernel sets it on every bpf fd); the caller closes it.
     *
     * @param path the pin in a bpf file system, e.g. {@code /sys/fs/bpf/prog}
     * @return the fd
     * @throws NetlinkException e.g. {@code ENOENT} when nothing is pinned there
     */
    public static int objGet(String path) {
        Pointer name = string(path);
        Pointer attr = allocate(ATTR_SIZE);
        attr.putLong(0, name.address()); // pathname
        try {
            return call(OBJ_GET, attr, path);
        } finally {
            java.lang.ref.Reference.reachabilityFence(name);
        }
    }

    /**
     * Reads a loaded program's description by its id, as {@code tc filter show} does for a bpf
     * filter's {@code TCA_BPF_ID}.
     *
     * @param id the program's id
     * @return its description, or null if it cannot be read (gone, or not permitted), when
     *     {@code tc} prints only the id and the filter's tag
     */
    public static ProgInfo progInfo(int id) {
        Pointer attr = allocate(ATTR_SIZE);
        attr.putInt(0, id); // prog_id
        int fd;
        try {
            fd = call(PROG_GET_FD_BY_ID, attr, "program id " + Integer.toUnsignedString(id));
        } catch (NetlinkException | UnsupportedOperationException e) {
            return null;
        }
        try {
            Pointer info = allocate(PROG_INFO_SIZE);
            Pointer get = allocate(ATTR_SIZE);
            get.putInt(0, fd); // info.bpf_fd
            get.putInt(4, PROG_INFO_SIZE); // info.info_len
            get.putLong(8, info.address()); // info.info
            call(OBJ_GET_INFO_BY_FD, get, "program id " + Integer.toUnsignedString(id));
            byte[] tag = new byte[8];
            info.get(8, tag, 0, 8);
            byte[] name = new byte[16];
            info.get(64, name, 0, 16);
            int len = 0;
            while (len < name.length && name[len] != 0) {
                len++;
            }
            return new ProgInfo(info.getInt(4), new String(name, 0, len, StandardCharsets.UTF_8),
                    java.util.HexFormat.of().formatHex(tag),
                    info.getInt(16) != 0, info.getLong(40), info.getInt(48), info.getInt(128));
        } catch (NetlinkException e) {
            return null;
        } finally {
            Syscalls.close(fd);
        }
    }

    private static String commandName(int cmd) {
        return switch (cmd) {
            case PROG_LOAD -> "BPF_PROG_LOAD";
            case OBJ_PIN -> "BPF_OBJ_PIN";
            case OBJ_GET -> "BPF_OBJ_GET";
            case PROG_GET_FD_BY_ID -> "BPF_PROG_GET_FD_BY_ID";
            case OBJ_GET_INFO_BY_FD -> "BPF_OBJ_GET_INFO_BY_FD";
            default -> "cmd " + cmd;
        };
    }
}

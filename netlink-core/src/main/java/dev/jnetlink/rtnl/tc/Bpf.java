package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.BpfOptions;
import dev.jnetlink.internal.BpfSyscalls;
import dev.jnetlink.internal.Syscalls;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * The bpf classifier running a loaded eBPF program of type {@code BPF_PROG_TYPE_SCHED_CLS}:
 * {@code tc filter add ... bpf [direct-action] pinned PATH [classid CLASSID] [skip_hw | skip_sw]
 * [action ...]}, or the same with a program fd the caller owns ({@link #fd(int)}; {@code tc} has
 * no word for it). The request is what iproute2 6.1's {@code f_bpf.c} sends. A pinned program is
 * opened ({@code BPF_OBJ_GET}, as {@code tc} does) only while the request is sent, and its fd is
 * closed after the kernel's answer, whatever the answer.
 */
public final class Bpf implements FilterSpec {
    /** {@code CLS_BPF_NAME_LEN}: the kernel takes a name of up to 255 bytes and its NUL. */
    private static final int NAME_MAX = 255;

    private final int fd;
    private final String pinned;
    private String name;
    private int flags;
    private int flagsGen;
    private Integer classId;
    private final List<ActionSpec> actions = new ArrayList<>();

    private Bpf(int fd, String pinned, String name) {
        this.fd = fd;
        this.pinned = pinned;
        this.name = name;
    }

    /**
     * @param programFd an fd of a loaded {@code BPF_PROG_TYPE_SCHED_CLS} program, owned and
     *     closed by the caller; the kernel takes its own reference, so the fd may be closed once
     *     the filter is added
     * @return the filter, without a name unless {@link #name} gives one
     * @throws IllegalArgumentException for a negative fd
     */
    public static Bpf fd(int programFd) {
        if (programFd < 0) {
            throw new IllegalArgumentException("bpf program fd must not be negative, got " + programFd);
        }
        return new Bpf(programFd, null, null);
    }

    /**
     * @param path where the program is pinned in a bpf file system, e.g.
     *     {@code /sys/fs/bpf/prog} ({@code pinned PATH})
     * @return the filter, named as {@code tc} names it ({@code prog:[*fsobj]}, the file's name)
     * @throws IllegalArgumentException for a path that is not absolute or holds a NUL
     */
    public static Bpf pinned(String path) {
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/") || path.indexOf('\0') >= 0 || path.endsWith("/")) {
            throw new IllegalArgumentException("bpf pinned path must be an absolute path to a file, got \""
                    + path + "\"");
        }
        return new Bpf(-1, path, path.substring(path.lastIndexOf('/') + 1) + ":[*fsobj]");
    }

    /**
     * @param name the name the filter shows ({@code TCA_BPF_NAME}; {@code tc filter show}
     *     prints it after the class)
     * @return this filter
     * @throws IllegalArgumentException over 255 bytes, or holding a NUL
     */
    public Bpf name(String name) {
        Objects.requireNonNull(name, "name");
        if (name.getBytes(StandardCharsets.UTF_8).length > NAME_MAX || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("bpf name must be at most " + NAME_MAX
                    + " bytes without a NUL, got \"" + name + "\"");
        }
        this.name = name;
        return this;
    }

    /**
     * The program's return value is the verdict ({@code TC_ACT_OK}, {@code TC_ACT_SHOT}, ...)
     * instead of a class: {@code direct-action}, as clsact programs are usually run.
     *
     * @return this filter
     */
    public Bpf directAction() {
        flags |= BpfOptions.ACT_DIRECT;
        return this;
    }

    /** Keeps the filter out of hardware ({@code skip_hw}). @return this filter */
    public Bpf skipHw() {
        return flag(ClsFlags.SKIP_HW);
    }

    /** Runs the filter only in hardware ({@code skip_sw}). @return this filter */
    public Bpf skipSw() {
        return flag(ClsFlags.SKIP_SW);
    }

    private Bpf flag(int f) {
        flagsGen = ClsFlags.with("bpf", flagsGen, f);
        return this;
    }

    /** @param classId the class packets go to when the program names none ({@code classid 1:10}) @return this filter */
    public Bpf classid(String classId) {
        this.classId = TcHandle.parse(classId);
        return this;
    }

    /** @param action an action to run on matching packets @return this filter */
    public Bpf action(ActionSpec action) {
        actions.add(Objects.requireNonNull(action, "action"));
        return this;
    }

    @Override
    public String kind() {
        return "bpf";
    }

    @Override
    public List<ActionSpec> actions() {
        return List.copyOf(actions);
    }

    /**
     * @throws IllegalStateException for a pinned program, whose fd exists only while a request
     *     is sent ({@link #open})
     */
    @Override
    public TcOptions options(ToIntFunction<String> ifindex) {
        if (pinned != null) {
            throw new IllegalStateException("bpf pinned " + pinned
                    + ": the program is opened only for the request that adds the filter");
        }
        return options(fd, ifindex);
    }

    private TcOptions options(int programFd, ToIntFunction<String> ifindex) {
        return new BpfOptions(classId, null, null, programFd, name, null, null, null, Actions.of(actions, ifindex),
                flags == 0 ? null : flags, flagsGen == 0 ? null : flagsGen, List.of());
    }

    /** Opens a pinned program for the request ({@code BPF_OBJ_GET}); its fd is closed with the result. */
    @Override
    public Opened open(ToIntFunction<String> ifindex) {
        if (pinned == null) {
            return FilterSpec.super.open(ifindex);
        }
        int programFd = BpfSyscalls.objGet(pinned);
        try {
            return new Opened(options(programFd, ifindex), () -> Syscalls.close(programFd));
        } catch (RuntimeException e) {
            Syscalls.close(programFd);
            throw e;
        }
    }
}

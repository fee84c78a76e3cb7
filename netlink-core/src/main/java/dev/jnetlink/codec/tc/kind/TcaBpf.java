package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSpace;

/** The bpf classifier's option attributes ({@code TCA_BPF_*} in {@code linux/pkt_cls.h}). */
public final class TcaBpf {
    public static final int UNSPEC = 0;
    /** The action list. */
    public static final int ACT = 1;
    /** The old-style policer. */
    public static final int POLICE = 2;
    /** The class matching packets go to ({@code classid}), when the program does not set one. */
    public static final int CLASSID = 3;
    /** A classic BPF program's instruction count ({@code bytecode}). */
    public static final int OPS_LEN = 4;
    /** A classic BPF program's instructions. */
    public static final int OPS = 5;
    /** An eBPF program's fd, in requests. */
    public static final int FD = 6;
    /** The program's name as given with the request ({@code tc}: {@code FILE:[SECTION]}). */
    public static final int NAME = 7;
    /** {@code TCA_BPF_FLAG_ACT_DIRECT} ({@code direct-action}). */
    public static final int FLAGS = 8;
    /** {@code TCA_CLS_FLAGS_*}: skip_hw, skip_sw, and in replies in_hw/not_in_hw. */
    public static final int FLAGS_GEN = 9;
    /** The program's tag, 8 bytes, in replies. */
    public static final int TAG = 10;
    /** The program's id, in replies. */
    public static final int ID = 11;

    /** Names of the {@code TCA_BPF_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("TCA_BPF", TcaBpf.class);

    private TcaBpf() {
    }
}

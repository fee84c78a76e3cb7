package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.tc.Action;
import dev.jnetlink.codec.tc.TcOptions;
import java.util.List;

/**
 * A bpf filter's options ({@code tc filter add ... bpf [direct-action] pinned PATH [classid
 * CLASSID] [skip_hw|skip_sw] [action ...]}). Components in the kernel's order
 * ({@code cls_bpf_dump}: the program's name, id and tag, or a classic program's instructions,
 * then the actions and the flags); requests are written in {@code tc}'s ({@link #REQUEST}: the
 * class and actions as parsed, then the program's fd and name, then the flags).
 *
 * @param classId {@code TCA_BPF_CLASSID}
 * @param opsLen {@code TCA_BPF_OPS_LEN}: a classic program's instruction count
 * @param ops {@code TCA_BPF_OPS}: a classic program's {@code struct sock_filter}s, as sent
 * @param fd {@code TCA_BPF_FD}: the program's fd, in requests
 * @param name {@code TCA_BPF_NAME}
 * @param id {@code TCA_BPF_ID}: the program's id, in replies
 * @param tag {@code TCA_BPF_TAG}: the program's 8-byte tag, in replies
 * @param police {@code TCA_BPF_POLICE}, as sent
 * @param actions {@code TCA_BPF_ACT}
 * @param flags {@code TCA_BPF_FLAGS}: {@link #ACT_DIRECT}
 * @param flagsGen {@code TCA_BPF_FLAGS_GEN}: {@code TCA_CLS_FLAGS_SKIP_HW} 1, {@code _SKIP_SW} 2,
 *     and in replies {@code _IN_HW} 4, {@code _NOT_IN_HW} 8
 * @param unknown attributes not modelled
 */
public record BpfOptions(Integer classId, Integer opsLen, Bytes ops, Integer fd, String name, Integer id,
        Bytes tag, Bytes police, List<Action> actions, Integer flags, Integer flagsGen,
        List<RawAttribute> unknown) implements TcOptions {
    /** {@code TCA_BPF_FLAG_ACT_DIRECT}: the program's return value is the action ({@code direct-action}). */
    public static final int ACT_DIRECT = 1;

    /** The {@code TCA_BPF_*} table in the kernel's order. */
    public static final AttributeSetCodec<BpfOptions> CODEC = AttributeSetCodec
            .builder(BpfOptions.class, TcaBpf.SPACE)
            .u32("classId", TcaBpf.CLASSID)
            .u16("opsLen", TcaBpf.OPS_LEN)
            .bytes("ops", TcaBpf.OPS)
            .u32("fd", TcaBpf.FD)
            .string("name", TcaBpf.NAME)
            .u32("id", TcaBpf.ID)
            .bytes("tag", TcaBpf.TAG)
            .bytes("police", TcaBpf.POLICE)
            .attr("actions", TcaBpf.ACT, Action.LIST)
            .u32("flags", TcaBpf.FLAGS)
            .u32("flagsGen", TcaBpf.FLAGS_GEN)
            .unknown("unknown")
            .build(v -> new BpfOptions(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next()));

    /** The same table in {@code tc}'s order ({@code bpf_parse_opt}). */
    public static final AttributeSetCodec<BpfOptions> REQUEST = CODEC.withEncodeOrder(
            "classId", "police", "actions", "opsLen", "ops", "fd", "name", "flagsGen", "flags", "id", "tag");
}

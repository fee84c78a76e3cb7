package dev.jnetlink.rtnl.view.tc;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.BpfOptions;
import dev.jnetlink.internal.BpfSyscalls;
import java.nio.ByteOrder;
import java.util.List;
import java.util.function.IntFunction;

/**
 * {@code bpf} as {@code f_bpf.c} prints it: {@code handle 0x1 flowid 1:10 prog:[*fsobj]
 * direct-action not_in_hw id 97 name cls tag 59f4a931744dcdc6 jited }, then the actions. Like
 * {@code tc}, it asks the kernel for the program's name and tag by its id
 * ({@code BPF_PROG_GET_FD_BY_ID}, {@code BPF_OBJ_GET_INFO_BY_FD}); when that fails it prints
 * the id and the filter's own tag. An old-style {@code TCA_BPF_POLICE} is not printed (tc's
 * {@code tc_print_police}; the library sends none).
 */
public final class BpfView implements TcKindView {
    private final IntFunction<BpfSyscalls.ProgInfo> programs;

    /** For {@link java.util.ServiceLoader}: programs are looked up in the kernel. */
    public BpfView() {
        this(BpfSyscalls::progInfo);
    }

    /** @param programs a program's description by its id, null if unknown */
    BpfView(IntFunction<BpfSyscalls.ProgInfo> programs) {
        this.programs = programs;
    }

    @Override
    public List<String> filterKinds() {
        return List.of("bpf");
    }

    @Override
    public void printFilter(int handle, TcOptions options, TcPrinter out) {
        if (!(options instanceof BpfOptions o)) {
            return;
        }
        if (handle != 0) {
            out.append("handle 0x").append(Integer.toHexString(handle)).append(' ');
        }
        if (o.classId() != null) {
            out.append("flowid ").append(TcPrinter.classid(o.classId())).append(' ');
        }
        if (o.name() != null) {
            out.append(o.name()).append(' ');
        }
        if (o.flags() != null && (o.flags() & BpfOptions.ACT_DIRECT) != 0) {
            out.append("direct-action ");
        }
        if (o.flagsGen() != null) {
            TcFilterShow.printOffloadFlags(o.flagsGen(), "", " ", out);
        }
        if (o.ops() != null && o.opsLen() != null) {
            ops(o.ops(), o.opsLen(), out);
        }
        boolean described = o.id() != null && program(o.id(), out);
        if (!described && o.tag() != null) {
            out.append("tag ").append(o.tag().toHex()).append(' ');
        }
        if (o.actions() != null) {
            TcFilterShow.printActions(o.actions(), out);
        }
    }

    // bpf_dump_prog_info
    private boolean program(int id, TcPrinter out) {
        out.append("id ").append(Integer.toUnsignedString(id)).append(' ');
        BpfSyscalls.ProgInfo p = programs.apply(id);
        if (p == null) {
            return false;
        }
        out.append("name ").append(p.name()).append(' ').append("tag ").append(p.tag()).append(' ');
        if (p.jited()) {
            out.append("jited ");
        }
        if (out.details()) {
            if (p.loadTime() != 0) {
                out.append("load_time ").append(Long.toUnsignedString(p.loadTime())).append(' ')
                   .append("created_by_uid ").append(Integer.toUnsignedString(p.createdByUid())).append(' ');
            }
            if (p.btfId() != 0) {
                out.append("btf_id ").append(Integer.toUnsignedString(p.btfId())).append(' ');
            }
        }
        return true;
    }

    // bpf_print_ops: a classic program as 'LEN,code jt jf k,...'
    private static void ops(Bytes ops, int len, TcPrinter out) {
        int n = Math.min(len & 0xffff, ops.length() / 8);
        if (n == 0) {
            return;
        }
        ByteOrder host = ByteOrder.nativeOrder();
        out.append("bytecode '").append(len & 0xffff).append(',');
        for (int i = 0; i < n; i++) {
            int at = i * 8;
            int code = host == ByteOrder.LITTLE_ENDIAN ? ops.get(at) | ops.get(at + 1) << 8
                    : ops.get(at) << 8 | ops.get(at + 1);
            out.append(code).append(' ').append(ops.get(at + 2)).append(' ').append(ops.get(at + 3))
               .append(' ').append(Integer.toUnsignedString(ops.getInt(at + 4, host))).append(i == n - 1 ? "'" : ",");
        }
    }
}

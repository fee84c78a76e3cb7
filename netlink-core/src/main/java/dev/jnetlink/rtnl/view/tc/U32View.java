package dev.jnetlink.rtnl.view.tc;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.U32Options;
import dev.jnetlink.codec.tc.kind.U32Selector;
import java.nio.ByteOrder;
import java.util.List;

/**
 * {@code u32} as {@code f_u32.c} prints it (without {@code -pretty}): {@code fh 800::800 order
 * 2048 key ht 800 bkt 0 *flowid 1:10 not_in_hw}, one {@code match VALUE/MASK at OFF} line per
 * key, the offset and hash settings, the input device, then the actions.
 */
public final class U32View implements TcKindView {
    private static final int TERMINAL = U32Selector.TERMINAL;
    private static final int OFFSET = 2;
    private static final int VAROFFSET = 4;
    private static final int EAT = 8;

    /** For {@link java.util.ServiceLoader}. */
    public U32View() {
    }

    @Override
    public List<String> filterKinds() {
        return List.of("u32");
    }

    /**
     * @param handle a u32 handle
     * @return it as {@code sprint_u32_handle} prints it: {@code 800:}, {@code 800::800},
     *     {@code none}
     */
    public static String handle(int handle) {
        if (handle == 0) {
            return "none";
        }
        int htid = handle & 0xfff00000;
        int hash = (handle >>> 12) & 0xff;
        int node = handle & 0xfff;
        StringBuilder b = new StringBuilder();
        if (htid != 0) {
            b.append(Integer.toHexString(htid >>> 20)).append(':');
        }
        if ((node | hash) != 0) {
            if (hash != 0) {
                b.append(Integer.toHexString(hash));
            }
            if (node != 0) {
                b.append(':').append(Integer.toHexString(node));
            }
        }
        return b.toString();
    }

    @Override
    public void printFilter(int handle, TcOptions options, TcPrinter out) {
        if (!(options instanceof U32Options o)) {
            return;
        }
        if (handle != 0) {
            out.append("fh ").append(handle(handle)).append(' ');
        }
        if ((handle & 0xfff) != 0) {
            out.append("order ").append(handle & 0xfff).append(' ');
        }
        U32Selector sel = o.sel();
        if (o.divisor() != null) {
            out.append("ht divisor ").append(o.divisor()).append(' ');
        } else if (o.hash() != null) {
            out.append("key ht ").append(Integer.toHexString(o.hash() >>> 20)).append(' ')
               .append("bkt ").append(Integer.toHexString((o.hash() >>> 12) & 0xff)).append(' ');
        }
        boolean terminal = sel != null && (sel.flags() & TERMINAL) != 0;
        if (o.classId() != null) {
            out.append(terminal ? "*" : "").append("flowid ").append(TcPrinter.classid(o.classId())).append(' ');
        } else if (terminal) {
            out.append("terminal flowid ");
        }
        if (o.link() != null) {
            out.append("link ").append(handle(o.link())).append(' ');
        }
        if (o.flags() != null) {
            TcFilterShow.printClsFlags(o.flags(), out);
        }
        // struct tc_u32_pcnt: rcnt, rhit, then a count per key (u64, host order)
        Bytes pcnt = o.pcnt() != null && o.pcnt().length() >= 16 ? o.pcnt() : null;
        if (sel != null && out.stats() && pcnt != null) {
            out.append("(rule hit ").append(Long.toUnsignedString(TcPrinter.u64(pcnt, 0)))
               .append(" success ").append(Long.toUnsignedString(TcPrinter.u64(pcnt, 8))).append(')');
        }
        if (o.mark() != null && o.mark().length() >= 12) {
            ByteOrder host = ByteOrder.nativeOrder();
            out.append(String.format("\n  mark 0x%04x 0x%04x (success %d)", o.mark().getInt(0, host),
                    o.mark().getInt(4, host), o.mark().getInt(8, host)));
        }
        if (sel != null) {
            for (int i = 0; i < sel.keys().size(); i++) {
                U32Selector.Key k = sel.keys().get(i);
                out.append(String.format("\n  match %08x/%08x at %s%d", k.val(), k.mask(),
                        k.offmask() != 0 ? "nexthdr+" : "", k.off()));
                if (out.stats() && pcnt != null && pcnt.length() >= 16 + 8 * (i + 1)) {
                    out.append(" (success ").append(Long.toUnsignedString(TcPrinter.u64(pcnt, 16 + 8 * i))).append(" ) ");
                }
            }
            if ((sel.flags() & (VAROFFSET | OFFSET)) != 0) {
                out.append("\n    offset ");
                if ((sel.flags() & VAROFFSET) != 0) {
                    out.append(String.format("%04x>>%d at %d ", sel.offmask(), sel.offshift(), sel.offoff()));
                }
                if (sel.off() != 0) {
                    out.append("plus ").append(sel.off()).append(' ');
                }
            }
            if ((sel.flags() & EAT) != 0) {
                out.append(" eat ");
            }
            if (sel.hmask() != 0) {
                out.append(String.format("\n    hash mask %08x at %d ", sel.hmask(), sel.hoff()));
            }
        }
        if (o.indev() != null) {
            out.append("\n  input dev ").append(o.indev()).append('\n');
        }
        if (o.actions() != null) {
            TcFilterShow.printActions(o.actions(), out);
        }
    }
}

package dev.jnetlink.rtnl.view.tc;

import dev.jnetlink.codec.tc.Action;
import dev.jnetlink.codec.tc.kind.SkbeditOptions;
import java.util.List;

/**
 * {@code skbedit} as {@code m_skbedit.c} prints it: {@code skbedit  priority 1:5 mark 7/0xff
 * ptype host pipe}, then {@code \t index 1 ref 1 bind 1} and under {@code -s} the times.
 */
public final class SkbeditView implements TcKindView {
    private static final long INHERITDSFIELD = 0x20; // SKBEDIT_F_INHERITDSFIELD

    /** For {@link java.util.ServiceLoader}. */
    public SkbeditView() {
    }

    @Override
    public List<String> actionKinds() {
        return List.of("skbedit");
    }

    @Override
    public void printAction(Action action, TcPrinter out) {
        out.append("skbedit ");
        if (!(action.options() instanceof SkbeditOptions o) || o.parms() == null) {
            return;
        }
        if (o.queueMapping() != null) {
            out.append("queue_mapping ").append(o.queueMapping());
        }
        if (o.priority() != null) {
            out.append(" priority ").append(TcPrinter.classid(o.priority()));
        }
        if (o.mark() != null) {
            out.append(" mark ").append(Integer.toUnsignedString(o.mark()));
        }
        if (o.mask() != null) {
            out.append('/').append(TcPrinter.alternateHex(Integer.toUnsignedLong(o.mask())));
        }
        if (o.ptype() != null) {
            out.append(" ptype ").append(packetType(o.ptype()));
        }
        if (o.flags() != null && (o.flags() & INHERITDSFIELD) != 0) {
            out.append(" inheritdsfield");
        }
        out.append(' ').append(TcPrinter.actionControl(o.parms().action()));
        GactView.printIndex(o.parms(), out);
        if (out.stats()) {
            out.tm(o.tm());
        }
        out.append('\n');
    }

    private static String packetType(int ptype) {
        return switch (ptype) {
            case SkbeditOptions.PACKET_HOST -> "host";
            case SkbeditOptions.PACKET_BROADCAST -> "broadcast";
            case SkbeditOptions.PACKET_MULTICAST -> "multicast";
            case SkbeditOptions.PACKET_OTHERHOST -> "otherhost";
            default -> Integer.toString(ptype);
        };
    }
}

package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.tc.Tca;
import dev.jnetlink.codec.tc.TcCodec;
import dev.jnetlink.codec.tc.TcMsg;
import dev.jnetlink.codec.tc.TcObject;
import dev.jnetlink.rtnl.InterfaceNames;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.socket.Errno;
import dev.jnetlink.socket.KernelLacksFeatureException;
import dev.jnetlink.socket.NetlinkException;
import dev.jnetlink.socket.Request;
import java.util.List;
import java.util.function.Predicate;

/** What the qdisc, class and filter operations share: sending, dumping, naming refusals. */
final class TcRequests {
    private static final String ACTION_MISSING = "Failed to load TC action module";
    private final Rtnl rtnl;

    TcRequests(Rtnl rtnl) {
        this.rtnl = rtnl;
    }

    int ifindex(String dev) {
        InterfaceNames.validate(dev);
        return rtnl.links().indexOf(dev);
    }

    /**
     * Sends one change, turning the kernel's "no such kind" into
     * {@link KernelLacksFeatureException} naming the module.
     *
     * @param type the message type
     * @param flags {@code NLM_F_*}
     * @param object the request as a {@code tc} command line, for errors
     * @param o the object
     * @param missing what a "kind unknown" refusal means, e.g. {@code qdisc netem (sch_netem)}
     */
    void execute(int type, int flags, String object, TcObject o, String missing) {
        execute(type, flags, object, o, missing, missing);
    }

    /**
     * As {@link #execute(int, int, String, TcObject, String)}, for a filter: the kernel's
     * answer says whether the classifier or an action is missing.
     *
     * @param missingAction what "Failed to load TC action module" means, e.g.
     *     {@code action gact (act_gact)}
     */
    void execute(int type, int flags, String object, TcObject o, String missing, String missingAction) {
        try {
            rtnl.engine().execute(new Request(type, flags, object, TcMsg.SIZE, Tca.SPACE,
                    w -> TcCodec.encode(w, type, o)));
        } catch (NetlinkException e) {
            if (missing != null && lacksModule(e)) {
                throw new KernelLacksFeatureException(
                        e.kernelMessage().startsWith(ACTION_MISSING) ? missingAction : missing, e);
            }
            throw e;
        }
    }

    List<TcObject> dump(int type, int newType, TcMsg header, String object, Predicate<TcObject> keep) {
        List<TcObject> all = rtnl.engine().dump(new Request(type, 0, object, TcMsg.SIZE, Tca.SPACE,
                w -> header.write(w.buffer())), (MessageCursor m) -> m.type() == newType ? TcCodec.decode(m) : null);
        return all.stream().filter(keep).toList();
    }

    /**
     * The kernel's answers when a kind's module is missing: {@code Specified qdisc kind is
     * unknown.}, {@code TC classifier not found.}, {@code Failed to load TC action module.}
     * ({@code ENOENT}; {@code EOPNOTSUPP} from older kernels for actions).
     */
    static boolean lacksModule(NetlinkException e) {
        String msg = e.kernelMessage();
        if (msg == null) {
            return false;
        }
        boolean errno = e.errnoNumber() == Errno.ENOENT.number()
                || e.errnoNumber() == Errno.EOPNOTSUPP.number();
        return errno && (msg.startsWith("Specified qdisc kind is unknown")
                || msg.startsWith("TC classifier not found")
                || msg.startsWith(ACTION_MISSING)
                || msg.startsWith("Unknown filter kind"));
    }

    /** @param qdisc a qdisc kind @return the module that has it */
    static String module(String qdisc) {
        return switch (qdisc) {
            case "pfifo", "bfifo", "pfifo_head_drop" -> "sch_fifo";
            case "clsact" -> "sch_ingress";
            default -> "sch_" + qdisc;
        };
    }
}

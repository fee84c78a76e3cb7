package dev.jnetlink.testing;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.link.IfInfoMsg;
import dev.jnetlink.codec.link.Ifla;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.LinkCodec;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.socket.Request;
import dev.jnetlink.socket.RequestEngine;
import java.util.ArrayList;
import java.util.List;

/** Raw link requests for engine-level tests: a plain link dump, and many veth pairs at once. */
public final class LinkRequests {
    private LinkRequests() {
    }

    /** {@code RTM_GETLINK} dump of every link, no filter. */
    public static final Request DUMP = new Request(Rtm.GETLINK, 0, null, IfInfoMsg.SIZE,
            Ifla.SPACE, w -> IfInfoMsg.EMPTY.write(w.buffer()));

    /**
     * @param m a dump reply message
     * @return its link, or null for anything but {@code RTM_NEWLINK}
     */
    public static Link decode(MessageCursor m) {
        return m.type() == Rtm.NEWLINK ? LinkCodec.decode(m) : null;
    }

    /**
     * Creates veth pairs {@code A0/B0 .. A(n-1)/B(n-1)} in one batch (a few system calls, not
     * one round trip per pair).
     *
     * @param engine the engine of the namespace to create them in
     * @param a prefix of one end's names
     * @param b prefix of the other end's names
     * @param count how many pairs
     */
    public static void createVethPairs(RequestEngine engine, String a, String b, int count) {
        List<Request> creates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Veth v = Veth.pair(a + i, b + i).build();
            creates.add(new Request(Rtm.NEWLINK, NlMsg.F_CREATE | NlMsg.F_EXCL, v.name(),
                    IfInfoMsg.SIZE, Ifla.SPACE, w -> v.write(w, n -> 0)));
        }
        engine.batch(creates).throwIfAnyFailed();
    }
}

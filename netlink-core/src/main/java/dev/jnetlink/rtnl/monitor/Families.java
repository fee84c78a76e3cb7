package dev.jnetlink.rtnl.monitor;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.link.IfInfoMsg;
import dev.jnetlink.codec.link.Ifla;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.LinkCodec;
import dev.jnetlink.codec.nsid.NsId;
import dev.jnetlink.codec.nsid.NsIdCodec;
import dev.jnetlink.codec.nsid.RtGenMsg;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The object families a subscription can follow, and which groups bring each. */
final class Families {
    static final Family<Link> LINK = new Family<>("link", Set.of(Group.LINK), Rtm.NEWLINK,
            Rtm.DELLINK, Rtm.GETLINK,
            w -> {
                IfInfoMsg.EMPTY.write(w.buffer());
                w.putU32(Ifla.EXT_MASK, Ifla.RTEXT_FILTER_SKIP_STATS);
            },
            LinkCodec::decode, Link::index, Families::sameLink,
            // A creation notification has ifi_change ~0; a change has the changed flags.
            m -> m.payloadLength() >= IfInfoMsg.SIZE
                    && HostOrder.getI32(m.buffer(), m.payloadOffset() + 12) == -1,
            LinkEvent::new);

    static final Family<NsId> NSID = new Family<>("nsid", Set.of(Group.NSID), Rtm.NEWNSID,
            Rtm.DELNSID, Rtm.GETNSID, w -> RtGenMsg.UNSPEC.write(w.buffer()), NsIdCodec::decode,
            NsId::nsid, NsId::equals, m -> true, NsIdEvent::new);

    private static final List<Family<?>> ALL = List.of(LINK, NSID);

    private Families() {
    }

    /**
     * @param groups the groups subscribed
     * @return the families those groups bring, each once
     */
    static List<Family<?>> forGroups(Set<Group> groups) {
        List<Family<?>> out = new ArrayList<>();
        for (Family<?> f : ALL) {
            if (f.groups().stream().anyMatch(groups::contains)) {
                out.add(f);
            }
        }
        return out;
    }

    static Family<?> forType(List<Family<?>> families, MessageCursor m) {
        for (Family<?> f : families) {
            if (f.handles(m.type())) {
                return f;
            }
        }
        return null;
    }

    // Counters and per-family statistics change all the time, and dumps may leave them out:
    // they are not state. Neither is ifi_change, which says what a notification changed.
    private static boolean sameLink(Link a, Link b) {
        IfInfoMsg x = a.header();
        IfInfoMsg y = b.header();
        return x.family() == y.family() && x.type() == y.type() && x.index() == y.index()
                && x.flags() == y.flags()
                && LinkCodec.ATTRIBUTES.equalExcept(a, b, Ifla.STATS64, Ifla.STATS, Ifla.AF_SPEC,
                        Ifla.CARRIER_CHANGES, Ifla.CARRIER_UP_COUNT, Ifla.CARRIER_DOWN_COUNT,
                        Ifla.EVENT, Ifla.NEW_NETNSID, Ifla.NEW_IFINDEX);
    }
}

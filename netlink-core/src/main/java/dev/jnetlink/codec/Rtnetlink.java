package dev.jnetlink.codec;

import dev.jnetlink.codec.addr.IfAddrMsg;
import dev.jnetlink.codec.addr.Ifa;
import dev.jnetlink.codec.link.IfInfoMsg;
import dev.jnetlink.codec.link.Ifla;
import dev.jnetlink.codec.neigh.NdMsg;
import dev.jnetlink.codec.neigh.Nda;
import dev.jnetlink.codec.nexthop.Nha;
import dev.jnetlink.codec.nexthop.NhMsg;
import dev.jnetlink.codec.nsid.Netnsa;
import dev.jnetlink.codec.nsid.RtGenMsg;
import dev.jnetlink.codec.route.Rta;
import dev.jnetlink.codec.route.RtMsg;
import dev.jnetlink.codec.rule.FibRuleHdr;
import dev.jnetlink.codec.rule.Fra;
import dev.jnetlink.codec.tc.Tca;
import dev.jnetlink.codec.tc.TcMsg;
import java.nio.ByteOrder;

/** rtnetlink ({@code NETLINK_ROUTE}) described as a {@link NetlinkFamily}. */
public final class Rtnetlink {
    /** {@code NETLINK_ROUTE}. */
    public static final int PROTOCOL = 0;

    /**
     * The rtnetlink family: every {@code RTM_*} name, and for the message types this library
     * speaks, their fixed header and attributes. Values are in host order.
     */
    public static final NetlinkFamily FAMILY = NetlinkFamily
            .builder("rtnetlink", PROTOCOL, ByteOrder.nativeOrder())
            .message(Rtm.NEWLINK, "RTM_NEWLINK", "ifinfomsg", IfInfoMsg.SIZE, Ifla.SPACE)
            .message(Rtm.DELLINK, "RTM_DELLINK", "ifinfomsg", IfInfoMsg.SIZE, Ifla.SPACE)
            .message(Rtm.GETLINK, "RTM_GETLINK", "ifinfomsg", IfInfoMsg.SIZE, Ifla.SPACE)
            .message(Rtm.SETLINK, "RTM_SETLINK", "ifinfomsg", IfInfoMsg.SIZE, Ifla.SPACE)
            .message(Rtm.NEWADDR, "RTM_NEWADDR", "ifaddrmsg", IfAddrMsg.SIZE, Ifa.SPACE)
            .message(Rtm.DELADDR, "RTM_DELADDR", "ifaddrmsg", IfAddrMsg.SIZE, Ifa.SPACE)
            .message(Rtm.GETADDR, "RTM_GETADDR", "ifaddrmsg", IfAddrMsg.SIZE, Ifa.SPACE)
            .message(Rtm.NEWROUTE, "RTM_NEWROUTE", "rtmsg", RtMsg.SIZE, Rta.SPACE)
            .message(Rtm.DELROUTE, "RTM_DELROUTE", "rtmsg", RtMsg.SIZE, Rta.SPACE)
            .message(Rtm.GETROUTE, "RTM_GETROUTE", "rtmsg", RtMsg.SIZE, Rta.SPACE)
            .message(Rtm.NEWNEIGH, "RTM_NEWNEIGH", "ndmsg", NdMsg.SIZE, Nda.SPACE)
            .message(Rtm.DELNEIGH, "RTM_DELNEIGH", "ndmsg", NdMsg.SIZE, Nda.SPACE)
            .message(Rtm.GETNEIGH, "RTM_GETNEIGH", "ndmsg", NdMsg.SIZE, Nda.SPACE)
            .message(Rtm.NEWRULE, "RTM_NEWRULE", "fib_rule_hdr", FibRuleHdr.SIZE, Fra.SPACE)
            .message(Rtm.DELRULE, "RTM_DELRULE", "fib_rule_hdr", FibRuleHdr.SIZE, Fra.SPACE)
            .message(Rtm.GETRULE, "RTM_GETRULE", "fib_rule_hdr", FibRuleHdr.SIZE, Fra.SPACE)
            .message(Rtm.NEWQDISC, "RTM_NEWQDISC", "tcmsg", TcMsg.SIZE, Tca.SPACE)
            .message(Rtm.DELQDISC, "RTM_DELQDISC", "tcmsg", TcMsg.SIZE, Tca.SPACE)
            .message(Rtm.GETQDISC, "RTM_GETQDISC", "tcmsg", TcMsg.SIZE, Tca.SPACE)
            .message(Rtm.NEWTCLASS, "RTM_NEWTCLASS", "tcmsg", TcMsg.SIZE, Tca.SPACE)
            .message(Rtm.DELTCLASS, "RTM_DELTCLASS", "tcmsg", TcMsg.SIZE, Tca.SPACE)
            .message(Rtm.GETTCLASS, "RTM_GETTCLASS", "tcmsg", TcMsg.SIZE, Tca.SPACE)
            .message(Rtm.NEWTFILTER, "RTM_NEWTFILTER", "tcmsg", TcMsg.SIZE, Tca.SPACE)
            .message(Rtm.DELTFILTER, "RTM_DELTFILTER", "tcmsg", TcMsg.SIZE, Tca.SPACE)
            .message(Rtm.GETTFILTER, "RTM_GETTFILTER", "tcmsg", TcMsg.SIZE, Tca.SPACE)
            .message(Rtm.NEWNSID, "RTM_NEWNSID", "rtgenmsg", RtGenMsg.SIZE, Netnsa.SPACE)
            .message(Rtm.DELNSID, "RTM_DELNSID", "rtgenmsg", RtGenMsg.SIZE, Netnsa.SPACE)
            .message(Rtm.GETNSID, "RTM_GETNSID", "rtgenmsg", RtGenMsg.SIZE, Netnsa.SPACE)
            .message(Rtm.NEWNEXTHOP, "RTM_NEWNEXTHOP", "nhmsg", NhMsg.SIZE, Nha.SPACE)
            .message(Rtm.DELNEXTHOP, "RTM_DELNEXTHOP", "nhmsg", NhMsg.SIZE, Nha.SPACE)
            .message(Rtm.GETNEXTHOP, "RTM_GETNEXTHOP", "nhmsg", NhMsg.SIZE, Nha.SPACE)
            .names("RTM", Rtm.class)
            .build();

    private Rtnetlink() {
    }
}

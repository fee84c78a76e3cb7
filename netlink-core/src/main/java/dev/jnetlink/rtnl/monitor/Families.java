package dev.jnetlink.rtnl.monitor;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.codec.addr.Address;
import dev.jnetlink.codec.addr.AddressCodec;
import dev.jnetlink.codec.addr.Ifa;
import dev.jnetlink.codec.addr.IfAddrMsg;
import dev.jnetlink.codec.neigh.Nda;
import dev.jnetlink.codec.neigh.NdMsg;
import dev.jnetlink.codec.neigh.Neighbour;
import dev.jnetlink.codec.neigh.NeighbourCodec;
import dev.jnetlink.codec.route.Route;
import dev.jnetlink.codec.route.RouteCodec;
import dev.jnetlink.codec.route.Rta;
import dev.jnetlink.codec.route.RtMsg;
import dev.jnetlink.codec.rule.FibRuleHdr;
import dev.jnetlink.codec.rule.Rule;
import dev.jnetlink.codec.rule.RuleCodec;
import dev.jnetlink.codec.tc.TcCodec;
import dev.jnetlink.codec.tc.TcMsg;
import dev.jnetlink.codec.tc.TcObject;
import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.link.IfInfoMsg;
import dev.jnetlink.codec.link.Ifla;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.LinkCodec;
import dev.jnetlink.codec.nexthop.NextHopObject;
import dev.jnetlink.codec.nexthop.NextHopObjectCodec;
import dev.jnetlink.codec.nexthop.NhMsg;
import dev.jnetlink.codec.nsid.NsId;
import dev.jnetlink.codec.nsid.NsIdCodec;
import dev.jnetlink.codec.nsid.RtGenMsg;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The object families a subscription can follow, and which groups bring each. */
final class Families {
    private static final int AF_INET = 2;
    private static final int AF_INET6 = 10;
    private static final int AF_BRIDGE = 7;

    static final Family<Link> LINK = new Family<>("link", -1, Set.of(Group.LINK.number()), Rtm.NEWLINK,
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

    static final Family<NsId> NSID = new Family<>("nsid", -1, Set.of(Group.NSID.number()), Rtm.NEWNSID,
            Rtm.DELNSID, Rtm.GETNSID, w -> RtGenMsg.UNSPEC.write(w.buffer()), NsIdCodec::decode,
            NsId::nsid, NsId::equals, m -> true, NsIdEvent::new);

    static final Family<NextHopObject> NEXTHOP = new Family<>("nexthop", -1, Set.of(Group.NEXTHOP.number()),
            Rtm.NEWNEXTHOP, Rtm.DELNEXTHOP, Rtm.GETNEXTHOP, w -> new NhMsg(0, 0, 0, 0).write(w.buffer()),
            NextHopObjectCodec::decode, NextHopObject::id, NextHopObject::equals, m -> true,
            NextHopEvent::new);

    static final Family<Address> IPV4_ADDRESS = address(AF_INET, Group.IPV4_IFADDR);
    static final Family<Address> IPV6_ADDRESS = address(AF_INET6, Group.IPV6_IFADDR);
    static final Family<Route> IPV4_ROUTE = route(AF_INET, Group.IPV4_ROUTE);
    static final Family<Route> IPV6_ROUTE = route(AF_INET6, Group.IPV6_ROUTE);
    static final Family<Rule> IPV4_RULE = rule(AF_INET, Group.IPV4_RULE);
    static final Family<Rule> IPV6_RULE = rule(AF_INET6, Group.IPV6_RULE);
    static final Family<Neighbour> IPV4_NEIGHBOUR = neighbour("ipv4 neighbour", AF_INET);
    static final Family<Neighbour> IPV6_NEIGHBOUR = neighbour("ipv6 neighbour", AF_INET6);
    static final Family<Neighbour> FDB = neighbour("bridge fdb", AF_BRIDGE);

    // Classes and filters are dumped per device: listing existing state lists only qdiscs.
    static final Family<TcObject> QDISC = tc("qdisc", Rtm.NEWQDISC, Rtm.DELQDISC, Rtm.GETQDISC);
    static final Family<TcObject> TC_CLASS = tc("class", Rtm.NEWTCLASS, Rtm.DELTCLASS, Rtm.GETTCLASS);
    static final Family<TcObject> FILTER = tc("filter", Rtm.NEWTFILTER, Rtm.DELTFILTER, Rtm.GETTFILTER);

    private static final List<Family<?>> ALL = List.of(LINK, NSID, IPV4_ADDRESS, IPV6_ADDRESS,
            IPV4_ROUTE, IPV6_ROUTE, IPV4_RULE, IPV6_RULE, IPV4_NEIGHBOUR, IPV6_NEIGHBOUR, FDB,
            QDISC, TC_CLASS, FILTER, NEXTHOP);

    /** Identity of a qdisc, class or filter: device, handle, parent, and a filter's prio and protocol. */
    private record TcKey(int ifindex, int handle, int parent, int info) {
    }

    /** Identity of an address: the kernel's (ifindex, local, prefix length, peer). */
    private record AddressKey(int family, int index, int prefixLength, Object local, Object address) {
    }

    /**
     * Where a route sits in the FIB: table, prefixes, TOS and metric. {@code ip route replace}
     * replaces the route(s) at this place.
     */
    record RoutePlace(int family, int table, int type, Object dst, int dstLength, Object src,
            int srcLength, int tos, Integer priority) {
    }

    /**
     * Identity of a route: its place and its next hops. Two routes may share a place: the same
     * IPv6 prefix on two devices, or an IPv4 route added with {@code ip route append}.
     */
    private record RouteKey(RoutePlace place, Integer oif, Object gateway, Object via, Integer nhId,
            Object multipath) {
    }

    static RoutePlace placeOf(Route r) {
        return new RoutePlace(r.header().family(), r.table() != null ? r.table() : r.header().table(),
                r.header().family() == AF_INET ? r.header().type() : 0, r.dst(), r.header().dstLength(),
                r.src(), r.header().srcLength(), r.header().tos(), r.priority());
    }

    /** Identity of a neighbour: the address on a link; for the bridge FDB, the MAC and VLAN. */
    private record NeighbourKey(int family, int index, Object dst, Object lladdr, Integer vlan) {
    }

    private static Family<Address> address(int af, Group group) {
        return new Family<>(group == Group.IPV4_IFADDR ? "ipv4 address" : "ipv6 address", af,
                Set.of(group.number()), Rtm.NEWADDR, Rtm.DELADDR, Rtm.GETADDR,
                w -> new IfAddrMsg(af, 0, 0, 0, 0).write(w.buffer()),
                AddressCodec::decode,
                a -> new AddressKey(a.header().family(), a.header().index(), a.header().prefixLength(),
                        a.local(), a.address()),
                (a, b) -> a.header().equals(b.header())
                        && AddressCodec.ATTRIBUTES.equalExcept(a, b, Ifa.CACHEINFO),
                m -> true, AddressEvent::new);
    }

    private static Family<Route> route(int af, Group group) {
        return new Family<>(group == Group.IPV4_ROUTE ? "ipv4 route" : "ipv6 route", af,
                Set.of(group.number()), Rtm.NEWROUTE, Rtm.DELROUTE, Rtm.GETROUTE,
                w -> new RtMsg(af, 0, 0, 0, 0, 0, 0, 0, 0).write(w.buffer()),
                RouteCodec::decode,
                r -> new RouteKey(placeOf(r), r.oif(), r.gateway(), r.via(), r.nhId(), r.multipath()),
                (a, b) -> a.header().equals(b.header())
                        && RouteCodec.ATTRIBUTES.equalExcept(a, b, Rta.CACHEINFO, Rta.EXPIRES),
                // The kernel echoes the request's NLM_F_CREATE|NLM_F_EXCL on a route it created.
                m -> (m.flags() & NlMsg.F_CREATE) != 0, RouteEvent::new);
    }

    private static Family<Rule> rule(int af, Group group) {
        return new Family<>(group == Group.IPV4_RULE ? "ipv4 rule" : "ipv6 rule", af,
                Set.of(group.number()), Rtm.NEWRULE, Rtm.DELRULE, Rtm.GETRULE,
                w -> new FibRuleHdr(af, 0, 0, 0, 0, 0, 0).write(w.buffer()),
                RuleCodec::decode, r -> r, Rule::equals, m -> true, RuleEvent::new);
    }

    private static Family<TcObject> tc(String name, int newType, int delType, int dumpType) {
        return new Family<>(name, -1, Set.of(Group.TC.number()), newType, delType, dumpType,
                w -> new TcMsg(0, 0, 0, 0, 0).write(w.buffer()), TcCodec::decode,
                o -> new TcKey(o.ifindex(), o.handle(), o.parent(),
                        newType == Rtm.NEWTFILTER ? o.header().info() : 0),
                // statistics and a qdisc's reference count (tcm_info) are not state
                (a, b) -> withoutCounters(a).equals(withoutCounters(b)),
                // The kernel's flags cannot tell: qdisc_notify sets NLM_F_REPLACE when a new qdisc
                // is grafted over the device's default one (another object), and nothing on a
                // `tc qdisc change`. As for rules and neighbours, a notification is NEW unless the
                // monitor already holds the object (a subscription that lists existing state).
                m -> true, TcEvent::new);
    }

    private static TcObject withoutCounters(TcObject o) {
        return new TcObject(new TcMsg(o.header().family(), o.ifindex(), o.handle(), o.parent(), 0),
                o.kind(), o.chain(), o.ingressBlock(), o.egressBlock(), o.options(), o.hwOffload(),
                null, null, null, o.unknown());
    }

    private static Family<Neighbour> neighbour(String name, int af) {
        return new Family<>(name, af, Set.of(Group.NEIGH.number()), Rtm.NEWNEIGH, Rtm.DELNEIGH, Rtm.GETNEIGH,
                w -> new NdMsg(af, 0, 0, 0, 0).write(w.buffer()),
                NeighbourCodec::decode,
                n -> new NeighbourKey(n.header().family(), n.header().index(), n.dst(),
                        n.header().family() == AF_BRIDGE ? n.lladdr() : null, n.vlan()),
                (a, b) -> a.header().equals(b.header())
                        && NeighbourCodec.ATTRIBUTES.equalExcept(a, b, Nda.CACHEINFO, Nda.PROBES),
                m -> true, NeighbourEvent::new);
    }

    private Families() {
    }

    /**
     * @param groups the groups subscribed
     * @return the families those groups bring, each once
     */
    static List<Family<?>> forGroups(Set<Group> groups) {
        List<Family<?>> out = new ArrayList<>();
        for (Family<?> f : ALL) {
            if (groups.stream().anyMatch(g -> f.groups().contains(g.number()))) {
                out.add(f);
            }
        }
        return out;
    }

    static Family<?> forMessage(List<Family<?>> families, MessageCursor m) {
        for (Family<?> f : families) {
            if (f.handles(m)) {
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

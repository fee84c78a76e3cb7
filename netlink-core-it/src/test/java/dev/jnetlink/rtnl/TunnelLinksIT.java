package dev.jnetlink.rtnl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.kind.GeneveInfo;
import dev.jnetlink.codec.link.kind.GreInfo;
import dev.jnetlink.codec.link.kind.IpTunnelInfo;
import dev.jnetlink.codec.link.kind.TunnelFlags;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.LinkParityIT.Nested;
import dev.jnetlink.rtnl.link.Geneve;
import dev.jnetlink.rtnl.link.Gre;
import dev.jnetlink.rtnl.link.IpTunnel;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.view.IpLinkShow;
import dev.jnetlink.testing.Ip;
import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tunnel kinds end to end: created, listed, changed and deleted through the library, each
 * compared with {@code ip -j -d link show} field by field (every field of its
 * {@code info_data}) and with {@code ip -d link show}'s text. The 6.18 host has none of these
 * kinds: the tests skip there and run in the full-kernel VM pass.
 */
@NetlinkTest
class TunnelLinksIT {
    @Scratch(value = "tun", named = true)
    private NetNs ns;
    @Scratch("tun")
    private Rtnl rtnl;
    private Links links;

    @BeforeEach
    void setUp() {
        links = rtnl.links();
        links.add(Veth.pair("p0", "p1"));
    }

    /** Our {@code ip -d link show dev NAME} and the info_data of ours and ip's JSON agree. */
    private void sameAsIp(String name, Map<String, Function<JsonNode, Object>> infoData) {
        assertThat(IpLinkShow.of(rtnl).details().dev(name).text())
                .isEqualTo(Ip.ip(ns.name(), "-d", "link", "show", "dev", name));
        JsonNode theirs = Ip.json(ns.name(), "-d", "link", "show", "dev", name).get(0)
                .get("linkinfo").get("info_data");
        Set<String> notDecoded = new TreeSet<>();
        int compared = LinkParityIT.compare(name, theirs, infoData, notDecoded, "");
        assertThat(notDecoded).as("fields of ip's info_data we do not compare").isEmpty();
        assertThat(compared).as("fields compared").isPositive();
    }

    /** What {@code gre_print_opt} prints in JSON, from our record. */
    private Map<String, Function<JsonNode, Object>> greFields(GreInfo g) {
        Map<String, Function<JsonNode, Object>> m = new LinkedHashMap<>();
        m.put("external", j -> g.isExternal());
        m.put("remote", j -> g.remote() == null || g.remote().isAnyLocalAddress() ? "any" : g.remote());
        m.put("local", j -> g.local() == null || g.local().isAnyLocalAddress() ? "any" : g.local());
        m.put("link", j -> links.get(g.link()).name());
        m.put("ttl", j -> g.ttl());
        m.put("tos", j -> "0x" + Integer.toHexString(g.tos()));
        m.put("pmtudisc", j -> g.pmtudisc() != 0);
        m.put("ignore_df", j -> g.ignoreDf() != 0);
        m.put("ikey", j -> dotted(g.ikey()));
        m.put("okey", j -> dotted(g.okey()));
        m.put("iseq", j -> (g.iflags() & TunnelFlags.GRE_SEQ) != 0);
        m.put("oseq", j -> (g.oflags() & TunnelFlags.GRE_SEQ) != 0);
        m.put("icsum", j -> (g.iflags() & TunnelFlags.GRE_CSUM) != 0);
        m.put("ocsum", j -> (g.oflags() & TunnelFlags.GRE_CSUM) != 0);
        m.put("fwmark", j -> "0x" + Integer.toHexString(g.fwmark()));
        m.put("encap_limit", j -> g.encapLimit());
        m.put("tclass", j -> String.format("0x%02x", (g.flowinfo() >>> 20) & 0xff));
        m.put("flowlabel", j -> String.format("0x%05x", g.flowinfo() & 0xfffff));
        m.put("ip6_tnl_f_ign_encap_limit", j -> (g.flags() & TunnelFlags.IP6_IGN_ENCAP_LIMIT) != 0);
        m.put("ip6_tnl_f_use_orig_tclass", j -> (g.flags() & TunnelFlags.IP6_USE_ORIG_TCLASS) != 0);
        m.put("ip6_tnl_f_use_orig_flowlabel", j -> (g.flags() & TunnelFlags.IP6_USE_ORIG_FLOWLABEL) != 0);
        m.put("ip6_tnl_f_rcv_dscp_copy", j -> (g.flags() & TunnelFlags.IP6_RCV_DSCP_COPY) != 0);
        m.put("ip6_tnl_f_allow_local_remote", j -> (g.flags() & TunnelFlags.IP6_ALLOW_LOCAL_REMOTE) != 0);
        m.put("ip6_tnl_f_use_orig_fwmark", j -> (g.flags() & TunnelFlags.IP6_USE_ORIG_FWMARK) != 0);
        m.put("erspan_ver", j -> g.erspanVer());
        m.put("erspan_index", j -> g.erspanIndex());
        m.put("erspan_dir", j -> g.erspanDir() == 0 ? "ingress" : "egress");
        m.put("erspan_hwid", j -> "0x" + Integer.toHexString(g.erspanHwid()));
        m.put("encap", j -> new Nested(Map.of(
                "type", x -> g.encapType() == TunnelFlags.ENCAP_FOU ? "fou" : "gue",
                "sport", x -> g.encapSport(),
                "dport", x -> g.encapDport(),
                "csum", x -> (g.encapFlags() & TunnelFlags.ENCAP_FLAG_CSUM) != 0,
                "csum6", x -> (g.encapFlags() & TunnelFlags.ENCAP_FLAG_CSUM6) != 0,
                "remcsum", x -> (g.encapFlags() & TunnelFlags.ENCAP_FLAG_REMCSUM) != 0)));
        return m;
    }

    /** What {@code iptunnel_print_opt} prints in JSON, from our record. */
    private Map<String, Function<JsonNode, Object>> ipTunnelFields(IpTunnelInfo t) {
        Map<String, Function<JsonNode, Object>> m = new LinkedHashMap<>();
        m.put("external", j -> t.isExternal());
        boolean v6 = t.flowinfo() != null;
        int flags = t.flags() == null ? 0 : t.flags().bits();
        m.put("proto", j -> switch (t.proto()) {
            case IpTunnelInfo.PROTO_IPIP -> v6 ? "ipip6" : "ipip";
            case IpTunnelInfo.PROTO_IPV6 -> v6 ? "ip6ip6" : "ip6ip";
            case IpTunnelInfo.PROTO_MPLS -> "mplsip";
            default -> "any";
        });
        m.put("encap_limit", j -> t.encapLimit());
        m.put("tclass", j -> String.format("0x%02x", (t.flowinfo() >>> 20) & 0xff));
        m.put("flowlabel", j -> String.format("0x%05x", t.flowinfo() & 0xfffff));
        m.put("ip6_tnl_f_ign_encap_limit", j -> (flags & TunnelFlags.IP6_IGN_ENCAP_LIMIT) != 0);
        m.put("ip6_tnl_f_use_orig_tclass", j -> (flags & TunnelFlags.IP6_USE_ORIG_TCLASS) != 0);
        m.put("ip6_tnl_f_use_orig_flowlabel", j -> (flags & TunnelFlags.IP6_USE_ORIG_FLOWLABEL) != 0);
        m.put("ip6_tnl_f_rcv_dscp_copy", j -> (flags & TunnelFlags.IP6_RCV_DSCP_COPY) != 0);
        m.put("ip6_tnl_f_mip6_dev", j -> (flags & TunnelFlags.IP6_MIP6_DEV) != 0);
        m.put("ip6_tnl_f_allow_local_remote", j -> (flags & TunnelFlags.IP6_ALLOW_LOCAL_REMOTE) != 0);
        m.put("ip6_tnl_f_use_orig_fwmark", j -> (flags & TunnelFlags.IP6_USE_ORIG_FWMARK) != 0);
        m.put("remote", j -> t.remote() == null || t.remote().isAnyLocalAddress() ? "any" : t.remote());
        m.put("local", j -> t.local() == null || t.local().isAnyLocalAddress() ? "any" : t.local());
        m.put("link", j -> links.get(t.link()).name());
        m.put("ttl", j -> t.ttl());
        m.put("tos", j -> "0x" + Integer.toHexString(t.tos()));
        m.put("pmtudisc", j -> t.pmtudisc() != null && t.pmtudisc() != 0);
        m.put("isatap", j -> (flags & IpTunnelInfo.SIT_ISATAP) != 0);
        m.put("prefix", j -> t.prefix6rd());
        m.put("prefixlen", j -> t.prefixLen6rd());
        m.put("relay_prefix", j -> dotted(t.relayPrefix6rd()));
        m.put("relay_prefixlen", j -> t.relayPrefixLen6rd());
        m.put("fwmark", j -> "0x" + Integer.toHexString(t.fwmark()));
        return m;
    }

    /** What {@code geneve_print_opt} prints in JSON, from our record. */
    private static Map<String, Function<JsonNode, Object>> geneveFields(GeneveInfo g) {
        Map<String, Function<JsonNode, Object>> m = new LinkedHashMap<>();
        m.put("external", j -> g.isExternal());
        m.put("id", j -> g.id());
        m.put("remote", j -> g.remote());
        m.put("remote6", j -> g.remote6());
        m.put("ttl", j -> g.ttl());
        m.put("tos", j -> "0x" + Integer.toHexString(g.tos()));
        m.put("df", j -> switch (g.df()) {
            case 0 -> "unset";
            case 1 -> "set";
            default -> "inherit";
        });
        m.put("label", j -> "0x" + Integer.toHexString(g.label()));
        m.put("port", j -> g.port());
        m.put("udp_csum", j -> g.udpCsum() != 0);
        m.put("udp_zero_csum6_tx", j -> g.udpZeroCsum6Tx() != 0);
        m.put("udp_zero_csum6_rx", j -> g.udpZeroCsum6Rx() != 0);
        m.put("inner_proto_inherit", j -> g.innerProtoInherit() != null);
        return m;
    }

    private static String dotted(int key) {
        return (key >>> 24) + "." + ((key >>> 16) & 0xff) + "." + ((key >>> 8) & 0xff) + "."
                + (key & 0xff);
    }

    @Test
    void greCreatedListedChangedAndDeleted() throws Exception {
        Gre spec = Gre.gre("gre1").remote("10.0.0.2").local("10.0.0.1").dev("p0").ttl(64)
                .tos(0x10).key(42).csum().seq().build();
        links.add(spec);
        Link l = links.get("gre1");
        assertThat(l.kind()).isEqualTo("gre");
        GreInfo g = l.data(GreInfo.class);
        assertThat(g.remote()).isEqualTo(InetAddress.getByName("10.0.0.2"));
        assertThat(g.local()).isEqualTo(InetAddress.getByName("10.0.0.1"));
        assertThat(g.link()).isEqualTo(links.indexOf("p0"));
        assertThat(g.ttl()).isEqualTo(64);
        assertThat(g.tos()).isEqualTo(0x10);
        assertThat(g.ikey()).isEqualTo(42);
        assertThat(g.okey()).isEqualTo(42);
        int flags = TunnelFlags.GRE_KEY | TunnelFlags.GRE_SEQ | TunnelFlags.GRE_CSUM;
        assertThat(g.iflags()).isEqualTo(flags);
        assertThat(g.oflags()).isEqualTo(flags);
        assertThat(g.pmtudisc()).isEqualTo(1);
        assertThat(g.isExternal()).isFalse();
        assertThat(g.unknown()).isEmpty();
        assertThat(links.listByKind("gre")).extracting(Link::name).contains("gre1");
        sameAsIp("gre1", greFields(g));

        links.change(spec.newBuilder().ttl(10).tosInherit().build());
        GreInfo changed = links.get("gre1").data(GreInfo.class);
        assertThat(changed.ttl()).isEqualTo(10);
        assertThat(changed.tos()).isEqualTo(1);
        assertThat(changed.ikey()).isEqualTo(42);
        sameAsIp("gre1", greFields(changed));

        links.delete("gre1");
        assertThat(links.find("gre1")).isEmpty();
    }

    @Test
    void gretapWithKeysFlagsAndMark() throws Exception {
        links.add(Gre.gretap("gt1").remote("10.0.0.2").local("10.0.0.1").ikey("1.2.3.4").okey(7)
                .ocsum().pmtudisc(false).ignoreDf(true).fwmark(9));
        Link l = links.get("gt1");
        assertThat(l.kind()).isEqualTo("gretap");
        assertThat(l.deviceTypeName()).isEqualTo("ether");
        GreInfo g = l.data(GreInfo.class);
        assertThat(g.ikey()).isEqualTo(0x01020304);
        assertThat(g.okey()).isEqualTo(7);
        assertThat(g.iflags()).isEqualTo(TunnelFlags.GRE_KEY);
        assertThat(g.oflags()).isEqualTo(TunnelFlags.GRE_KEY | TunnelFlags.GRE_CSUM);
        assertThat(g.pmtudisc()).isZero();
        assertThat(g.ignoreDf()).isEqualTo(1);
        assertThat(g.fwmark()).isEqualTo(9);
        sameAsIp("gt1", greFields(g));
        links.delete("gt1");
        assertThat(links.find("gt1")).isEmpty();
    }

    @Test
    void externalGre() {
        links.add(Gre.gre("gre2").external());
        GreInfo g = links.get("gre2").data(GreInfo.class);
        assertThat(g.isExternal()).isTrue();
        sameAsIp("gre2", greFields(g));
        links.delete("gre2");
        assertThat(links.find("gre2")).isEmpty();
    }

    @Test
    void ipipCreatedListedChangedAndDeleted() throws Exception {
        IpTunnel spec = IpTunnel.ipip("ipip1").remote("10.0.0.2").local("10.0.0.1").ttl(64)
                .tos(0x10).dev("p0").build();
        links.add(spec);
        Link l = links.get("ipip1");
        assertThat(l.kind()).isEqualTo("ipip");
        IpTunnelInfo t = l.data(IpTunnelInfo.class);
        assertThat(t.remote()).isEqualTo(InetAddress.getByName("10.0.0.2"));
        assertThat(t.local()).isEqualTo(InetAddress.getByName("10.0.0.1"));
        assertThat(t.link()).isEqualTo(links.indexOf("p0"));
        assertThat(t.ttl()).isEqualTo(64);
        assertThat(t.tos()).isEqualTo(0x10);
        assertThat(t.unknown()).isEmpty();
        assertThat(links.listByKind("ipip")).extracting(Link::name).contains("ipip1");
        sameAsIp("ipip1", ipTunnelFields(t));

        links.change(spec.newBuilder().remote("10.0.0.3").ttl(0).build());
        IpTunnelInfo changed = links.get("ipip1").data(IpTunnelInfo.class);
        assertThat(changed.remote()).isEqualTo(InetAddress.getByName("10.0.0.3"));
        assertThat(changed.ttl()).isZero();
        sameAsIp("ipip1", ipTunnelFields(changed));

        links.delete("ipip1");
        assertThat(links.find("ipip1")).isEmpty();
    }

    @Test
    void externalIpip() {
        links.add(IpTunnel.ipip("ipip2").external());
        IpTunnelInfo t = links.get("ipip2").data(IpTunnelInfo.class);
        assertThat(t.isExternal()).isTrue();
        sameAsIp("ipip2", ipTunnelFields(t));
        links.delete("ipip2");
        assertThat(links.find("ipip2")).isEmpty();
    }

    @Test
    void sitCreatedListedChangedAndDeleted() throws Exception {
        IpTunnel spec = IpTunnel.sit("sit1").remote("10.0.0.2").local("10.0.0.1").ttl(32).isatap()
                .prefix6rd("2001:db8::", 32).relayPrefix6rd("10.0.0.0", 8).build();
        links.add(spec);
        Link l = links.get("sit1");
        assertThat(l.kind()).isEqualTo("sit");
        IpTunnelInfo t = l.data(IpTunnelInfo.class);
        assertThat(t.flags().bits()).isEqualTo(IpTunnelInfo.SIT_ISATAP);
        assertThat(t.prefix6rd()).isEqualTo(InetAddress.getByName("2001:db8::"));
        assertThat(t.prefixLen6rd()).isEqualTo(32);
        assertThat(t.relayPrefix6rd()).isEqualTo(0x0a000000);
        assertThat(t.relayPrefixLen6rd()).isEqualTo(8);
        assertThat(t.unknown()).isEmpty();
        assertThat(links.listByKind("sit")).extracting(Link::name).contains("sit1");
        sameAsIp("sit1", ipTunnelFields(t));

        // the kernel takes a 6rd prefix whose length plus the relay's host bits is at most 64
        links.change(spec.newBuilder().ttl(64).prefix6rd("2001:db8:100::", 40).build());
        IpTunnelInfo changed = links.get("sit1").data(IpTunnelInfo.class);
        assertThat(changed.ttl()).isEqualTo(64);
        assertThat(changed.prefix6rd()).isEqualTo(InetAddress.getByName("2001:db8:100::"));
        assertThat(changed.prefixLen6rd()).isEqualTo(40);
        sameAsIp("sit1", ipTunnelFields(changed));

        links.delete("sit1");
        assertThat(links.find("sit1")).isEmpty();
    }

    @Test
    void geneveCreatedListedChangedAndDeleted() throws Exception {
        Geneve spec = Geneve.withVni("gnv0", 5000).remote("10.0.0.2").ttl(32).tos(0x10)
                .dstPort(6081).udpCsum(false).df(1).build();
        links.add(spec);
        Link l = links.get("gnv0");
        assertThat(l.kind()).isEqualTo("geneve");
        GeneveInfo g = l.data(GeneveInfo.class);
        assertThat(g.id()).isEqualTo(5000);
        assertThat(g.remote()).isEqualTo(InetAddress.getByName("10.0.0.2"));
        assertThat(g.ttl()).isEqualTo(32);
        assertThat(g.tos()).isEqualTo(0x10);
        assertThat(g.df()).isEqualTo(1);
        assertThat(g.port()).isEqualTo(6081);
        assertThat(g.udpCsum()).isZero();
        assertThat(g.unknown()).isEmpty();
        assertThat(links.listByKind("geneve")).extracting(Link::name).contains("gnv0");
        sameAsIp("gnv0", geneveFields(g));

        // a Geneve device refuses a change of its port or checksum options (EOPNOTSUPP), even
        // to the same value: the change names only what may change
        links.change(Geneve.withVni("gnv0", 5000).remote("10.0.0.2").ttl(7).tos(0x10).df(1));
        GeneveInfo changed = links.get("gnv0").data(GeneveInfo.class);
        assertThat(changed.ttl()).isEqualTo(7);
        assertThat(changed.id()).isEqualTo(5000);
        sameAsIp("gnv0", geneveFields(changed));

        links.delete("gnv0");
        assertThat(links.find("gnv0")).isEmpty();
    }

    @Test
    void geneveOverIpv6CreatedListedChangedAndDeleted() throws Exception {
        links.add(Geneve.withVni("gnv6", 7).remote("fd00::2").flowLabel(0x123)
                .udp6ZeroCsumTx(true).udp6ZeroCsumRx(true));
        GeneveInfo g = links.get("gnv6").data(GeneveInfo.class);
        assertThat(g.id()).isEqualTo(7);
        assertThat(g.remote6()).isEqualTo(InetAddress.getByName("fd00::2"));
        assertThat(g.label()).isEqualTo(0x123);
        assertThat(g.udpZeroCsum6Tx()).isEqualTo(1);
        assertThat(g.udpZeroCsum6Rx()).isEqualTo(1);
        assertThat(g.unknown()).isEmpty();
        assertThat(links.listByKind("geneve")).extracting(Link::name).contains("gnv6");
        sameAsIp("gnv6", geneveFields(g));

        // as over IPv4, the change leaves out the checksum options the kernel will not change;
        // naming the remote (as ip link change does too) puts them back to its defaults
        // (checksums sent and required)
        links.change(Geneve.withVni("gnv6", 7).remote("fd00::2").flowLabel(0x456).ttl(9));
        GeneveInfo changed = links.get("gnv6").data(GeneveInfo.class);
        assertThat(changed.id()).isEqualTo(7);
        assertThat(changed.label()).isEqualTo(0x456);
        assertThat(changed.ttl()).isEqualTo(9);
        assertThat(changed.udpZeroCsum6Tx()).isZero();
        assertThat(changed.udpZeroCsum6Rx()).isZero();
        sameAsIp("gnv6", geneveFields(changed));

        links.delete("gnv6");
        assertThat(links.find("gnv6")).isEmpty();
    }

    /**
     * Created, listed and deleted: a metadata device has nothing to change (the kernel refuses
     * a change that names external, which {@code Geneve.external} always does).
     */
    @Test
    void externalGeneve() {
        links.add(Geneve.external("gnve"));
        GeneveInfo e = links.get("gnve").data(GeneveInfo.class);
        assertThat(e.isExternal()).isTrue();
        assertThat(e.unknown()).isEmpty();
        assertThat(links.listByKind("geneve")).extracting(Link::name).contains("gnve");
        sameAsIp("gnve", geneveFields(e));
        links.delete("gnve");
        assertThat(links.find("gnve")).isEmpty();
    }

    @Test
    void ip6greCreatedListedChangedAndDeleted() throws Exception {
        Gre spec = Gre.ip6gre("g6").remote("fd00::2").local("fd00::1").ttl(32).encapLimit(4)
                .tos(0x10).flowLabel(0x12345).key(7).dev("p0").build();
        links.add(spec);
        Link l = links.get("g6");
        assertThat(l.kind()).isEqualTo("ip6gre");
        GreInfo g = l.data(GreInfo.class);
        assertThat(g.remote()).isEqualTo(InetAddress.getByName("fd00::2"));
        assertThat(g.local()).isEqualTo(InetAddress.getByName("fd00::1"));
        assertThat(g.link()).isEqualTo(links.indexOf("p0"));
        assertThat(g.ttl()).isEqualTo(32);
        assertThat(g.encapLimit()).isEqualTo(4);
        assertThat(g.flowinfo()).isEqualTo(0x10 << 20 | 0x12345);
        assertThat(g.ikey()).isEqualTo(7);
        assertThat(g.okey()).isEqualTo(7);
        assertThat(g.unknown()).isEmpty();
        assertThat(links.listByKind("ip6gre")).extracting(Link::name).contains("g6");
        sameAsIp("g6", greFields(g));

        links.change(spec.newBuilder().ttl(9).noEncapLimit().build());
        GreInfo changed = links.get("g6").data(GreInfo.class);
        assertThat(changed.ttl()).isEqualTo(9);
        assertThat(changed.flags() & TunnelFlags.IP6_IGN_ENCAP_LIMIT).isNotZero();
        sameAsIp("g6", greFields(changed));

        links.delete("g6");
        assertThat(links.find("g6")).isEmpty();
    }

    @Test
    void ip6gretapCreatedListedChangedAndDeleted() throws Exception {
        Gre spec = Gre.ip6gretap("g6t").remote("fd00::3").local("fd00::1").ikey(5).okey(6).icsum()
                .build();
        links.add(spec);
        Link l = links.get("g6t");
        assertThat(l.kind()).isEqualTo("ip6gretap");
        assertThat(l.deviceTypeName()).isEqualTo("ether");
        GreInfo t = l.data(GreInfo.class);
        assertThat(t.remote()).isEqualTo(InetAddress.getByName("fd00::3"));
        assertThat(t.ikey()).isEqualTo(5);
        assertThat(t.okey()).isEqualTo(6);
        assertThat(t.iflags()).isEqualTo(TunnelFlags.GRE_KEY | TunnelFlags.GRE_CSUM);
        assertThat(t.oflags()).isEqualTo(TunnelFlags.GRE_KEY);
        assertThat(t.unknown()).isEmpty();
        assertThat(links.listByKind("ip6gretap")).extracting(Link::name).contains("g6t");
        sameAsIp("g6t", greFields(t));

        links.change(spec.newBuilder().okey(8).ocsum().build());
        GreInfo changed = links.get("g6t").data(GreInfo.class);
        assertThat(changed.okey()).isEqualTo(8);
        assertThat(changed.oflags()).isEqualTo(TunnelFlags.GRE_KEY | TunnelFlags.GRE_CSUM);
        sameAsIp("g6t", greFields(changed));

        links.delete("g6t");
        assertThat(links.find("g6t")).isEmpty();
    }

    @Test
    void ip6tnlCreatedListedChangedAndDeleted() throws Exception {
        IpTunnel spec = IpTunnel.ip6tnl("t6").mode(IpTunnelInfo.PROTO_IPV6).remote("fd00::2")
                .local("fd00::1").ttl(16).noEncapLimit().tos(0x10).flowLabel(0x12345).dev("p0")
                .build();
        links.add(spec);
        Link l = links.get("t6");
        assertThat(l.kind()).isEqualTo("ip6tnl");
        IpTunnelInfo t = l.data(IpTunnelInfo.class);
        assertThat(t.proto()).isEqualTo(IpTunnelInfo.PROTO_IPV6);
        assertThat(t.remote()).isEqualTo(InetAddress.getByName("fd00::2"));
        assertThat(t.ttl()).isEqualTo(16);
        assertThat(t.flowinfo()).isEqualTo(0x10 << 20 | 0x12345);
        assertThat(t.flags().bits() & TunnelFlags.IP6_IGN_ENCAP_LIMIT).isNotZero();
        assertThat(t.unknown()).isEmpty();
        assertThat(links.listByKind("ip6tnl")).extracting(Link::name).contains("t6");
        sameAsIp("t6", ipTunnelFields(t));

        links.change(spec.newBuilder().encapLimit(2).ttl(5).build());
        IpTunnelInfo changed = links.get("t6").data(IpTunnelInfo.class);
        assertThat(changed.encapLimit()).isEqualTo(2);
        assertThat(changed.ttl()).isEqualTo(5);
        sameAsIp("t6", ipTunnelFields(changed));

        links.add(IpTunnel.ip6tnl("t7").mode(0).remote("fd00::3").local("fd00::1")
                .ip6Flag(TunnelFlags.IP6_USE_ORIG_TCLASS).ip6Flag(TunnelFlags.IP6_USE_ORIG_FLOWLABEL)
                .ip6Flag(TunnelFlags.IP6_ALLOW_LOCAL_REMOTE));
        sameAsIp("t7", ipTunnelFields(links.get("t7").data(IpTunnelInfo.class)));
        links.delete("t6");
        links.delete("t7");
        assertThat(links.find("t6")).isEmpty();
        assertThat(links.find("t7")).isEmpty();
    }
}

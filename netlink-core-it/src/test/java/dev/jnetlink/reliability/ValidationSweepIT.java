package dev.jnetlink.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.AddressSpec;
import dev.jnetlink.rtnl.NeighbourSpec;
import dev.jnetlink.rtnl.NextHopObjectSpec;
import dev.jnetlink.rtnl.RouteSpec;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.LinkSpec;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.link.Vlan;
import dev.jnetlink.socket.RequestEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bad input the public API can receive, with the exact message the user sees, and the
 * proof that the library judged it before any system call: the client's request engine sent
 * no datagram ({@link RequestEngine#datagramsSent()} stays 0 across the whole table) and no
 * socket, namespace file or eventfd was left open; and the exception is the library's
 * {@code IllegalArgumentException} (or {@code NullPointerException}), never the
 * {@code NetlinkException} a system call would have produced. ({@code /run/netns} is not
 * compared: other test runs on the machine create and delete namespaces there.)
 *
 * <p>To extend: add rows to {@link #table()}: a description, the call, the exception class and
 * the exact message. A row's call gets the client of a scratch namespace.
 */
@NetlinkTest
class ValidationSweepIT {
    /** One bad input. */
    record Row(String what, Consumer<Rtnl> call, Class<? extends Throwable> type, String message) {
    }

    /** One namespace for the whole class: nothing valid is ever created in it. */
    @Scratch
    private static Rtnl rtnl;
    @Scratch("other")
    private static NetNs other;

    private static final String SIXTEEN = "abcdefghijklmnop";
    private static final String LONG_NS = "x".repeat(256);

    /** Bad interface names and what {@code InterfaceNames.validate} says about each. */
    static List<String[]> badInterfaceNames() {
        return List.of(
                new String[] {null, "interface name must not be null"},
                new String[] {"", "interface name must not be empty"},
                new String[] {SIXTEEN, "interface name \"" + SIXTEEN
                        + "\" is 16 bytes; the kernel allows at most 15"},
                new String[] {"ééééééééé", "interface name \"ééééééééé\" is 18 bytes; the kernel"
                        + " allows at most 15"},
                new String[] {".", "interface name must not be \".\""},
                new String[] {"..", "interface name must not be \"..\""},
                new String[] {"a/b", "interface name \"a/b\" contains '/', which the kernel rejects"},
                new String[] {"a:b", "interface name \"a:b\" contains ':', which the kernel rejects"},
                new String[] {"a b", "interface name \"a b\" contains whitespace, which the kernel"
                        + " rejects"},
                new String[] {"a\tb", "interface name \"a\tb\" contains whitespace, which the kernel"
                        + " rejects"},
                new String[] {"a\0b", "interface name \"a\\0b\" contains a NUL, which the kernel"
                        + " rejects"});
    }

    /** Bad namespace names and what {@code NetNs.validateName} says. */
    static List<String[]> badNamespaceNames() {
        return List.of(
                new String[] {null, "namespace name must not be null"},
                new String[] {"", "namespace name must not be empty"},
                new String[] {".", "namespace name must not be \".\""},
                new String[] {"..", "namespace name must not be \"..\""},
                new String[] {"a/b", "namespace name must not contain '/': \"a/b\""},
                new String[] {"a\0b", "namespace name must not contain NUL (at index 1)"},
                new String[] {LONG_NS, "namespace name is 256 bytes, over the 255-byte limit: \""
                        + "x".repeat(20) + "...\""});
    }

    static List<Row> table() {
        List<Row> rows = new ArrayList<>();
        Class<IllegalArgumentException> iae = IllegalArgumentException.class;
        for (String[] bad : badInterfaceNames()) {
            String n = bad[0];
            String shown = n == null ? "null" : "\"" + n.replace("\0", "\\0") + "\"";
            List<Row> perName = List.of(
                    new Row("links().get(" + shown + ")", r -> r.links().get(n), iae, bad[1]),
                    new Row("links().find(" + shown + ")", r -> r.links().find(n), iae, bad[1]),
                    new Row("links().exists(" + shown + ")", r -> r.links().exists(n), iae, bad[1]),
                    new Row("links().setUp(" + shown + ")", r -> r.links().setUp(n), iae, bad[1]),
                    new Row("links().setDown(" + shown + ")", r -> r.links().setDown(n), iae, bad[1]),
                    new Row("links().delete(" + shown + ")", r -> r.links().delete(n), iae, bad[1]),
                    new Row("Veth.pair(" + shown + ", \"p\")",
                            r -> r.links().add(Veth.pair(n, "p")), iae, bad[1]),
                    new Row("Veth.pair(\"v\", " + shown + ")",
                            r -> r.links().add(Veth.pair("v", n)), iae, bad[1]));
            rows.addAll(perName);
            rows.addAll(List.of(
                    new Row("links().setMtu(" + shown + ", 1500)", r -> r.links().setMtu(n, 1500),
                            iae, bad[1]),
                    new Row("links().setMac(" + shown + ", ...)",
                            r -> r.links().setMac(n, "02:00:00:00:00:01"), iae, bad[1]),
                    new Row("links().rename(" + shown + ", \"ok\")", r -> r.links().rename(n, "ok"),
                            iae, bad[1]),
                    new Row("links().rename(\"ok\", " + shown + ")", r -> r.links().rename("ok", n),
                            iae, bad[1]),
                    new Row("links().setMaster(" + shown + ", \"br0\")",
                            r -> r.links().setMaster(n, "br0"), iae, bad[1]),
                    new Row("links().setMaster(\"v\", " + shown + ")",
                            r -> r.links().setMaster("v", n), iae, bad[1]),
                    new Row("links().setNoMaster(" + shown + ")", r -> r.links().setNoMaster(n), iae,
                            bad[1]),
                    new Row("links().moveToPid(" + shown + ", 1)", r -> r.links().moveToPid(n, 1),
                            iae, bad[1]),
                    new Row("links().setAlias(" + shown + ", \"a\")",
                            r -> r.links().setAlias(n, "a"), iae, bad[1]),
                    new Row("links().setTxqlen(" + shown + ", 1)", r -> r.links().setTxqlen(n, 1),
                            iae, bad[1]),
                    new Row("links().setGroup(" + shown + ", 1)", r -> r.links().setGroup(n, 1),
                            iae, bad[1]),
                    new Row("links().indexOf(" + shown + ")", r -> r.links().indexOf(n), iae, bad[1]),
                    new Row("links().listByMaster(" + shown + ")", r -> r.links().listByMaster(n),
                            iae, bad[1])));
            if (n != null) { // master(null) means "no master"
                rows.add(new Row("Veth ... master(" + shown + ")",
                        r -> r.links().add(Veth.pair("v", "p").master(n)), iae, bad[1]));
            }
        }
        rows.add(new Row("links().get(0)", r -> r.links().get(0), iae,
                "interface index must be positive, got 0"));
        rows.add(new Row("links().get(-1)", r -> r.links().get(-1), iae,
                "interface index must be positive, got -1"));
        for (int i : new int[] {0, -1}) {
            rows.add(new Row("links().delete(" + i + ")", r -> r.links().delete(i), iae,
                    "interface index must be positive, got " + i));
            rows.add(new Row("links().listByMaster(" + i + ")", r -> r.links().listByMaster(i), iae,
                    "interface index must be positive, got " + i));
            rows.add(new Row("links().setMtu(\"v\", " + i + ")", r -> r.links().setMtu("v", i),
                    iae, "MTU must be positive, got " + i));
            rows.add(new Row("links().moveToPid(\"v\", " + i + ")",
                    r -> r.links().moveToPid("v", i), iae, "pid must be positive, got " + i));
        }
        rows.add(new Row("links().setTxqlen(\"v\", -1)", r -> r.links().setTxqlen("v", -1), iae,
                "txqueuelen must be >= 0, got -1"));
        rows.add(new Row("links().deleteGroup(0)", r -> r.links().deleteGroup(0), iae,
                "group 0 is the default group of every link (loopback included); the kernel"
                + " refuses to delete it"));
        rows.add(new Row("links().listByKind(\"\")", r -> r.links().listByKind(""), iae,
                "kind must not be empty"));
        rows.add(new Row("links().listByKind(null)", r -> r.links().listByKind(null), iae,
                "kind must not be empty"));
        rows.add(new Row("links().setMac(\"v\", (MacAddress) null)",
                r -> r.links().setMac("v", (MacAddress) null), NullPointerException.class, "mac"));
        rows.add(new Row("links().setAlias(\"v\", null)", r -> r.links().setAlias("v", null),
                NullPointerException.class, "alias"));
        String longAlias = "a".repeat(256);
        rows.add(new Row("links().setAlias(\"v\", <256 bytes>)",
                r -> r.links().setAlias("v", longAlias), iae,
                "alias is 256 bytes; the kernel allows at most 255"));
        rows.add(new Row("links().setAlias(\"v\", \"a\\0b\")",
                r -> r.links().setAlias("v", "a\0b"), iae, "alias must not contain a NUL"));
        rows.add(new Row("Veth alias(\"a\\0b\")",
                r -> r.links().add(Veth.pair("v", "p").alias("a\0b")), iae,
                "alias must not contain a NUL"));
        rows.add(new Row("links().moveTo(\"v\", null)", r -> r.links().moveTo("v", null),
                NullPointerException.class, "ns"));
        rows.add(new Row("nsids().assign(null, 1)", r -> r.nsids().assign(null, 1),
                NullPointerException.class, "ns"));
        rows.add(new Row("nsids().assign(ns, -1)", r -> r.nsids().assign(other, -1), iae,
                "nsid must be 0 or more, got -1; assignAuto(ns) lets the kernel pick one"));
        rows.add(new Row("links().add((LinkSpec) null)", r -> r.links().add((LinkSpec) null),
                NullPointerException.class, "spec"));

        Function<Integer, String> mtu = m -> "MTU " + m + " is outside 68..65535, the Ethernet"
                + " range (devices may narrow it further: see minmtu/maxmtu in `ip -d link show`)";
        for (int m : new int[] {-1, 0, 67, 65536, Integer.MAX_VALUE}) {
            rows.add(new Row("Veth mtu(" + m + ")", r -> r.links().add(Veth.pair("v", "p").mtu(m)),
                    iae, mtu.apply(m)));
            rows.add(new Row("Veth peerMtu(" + m + ")",
                    r -> r.links().add(Veth.pair("v", "p").peerMtu(m)), iae, mtu.apply(m)));
        }
        rows.add(new Row("Veth txqlen(-1)", r -> r.links().add(Veth.pair("v", "p").txqlen(-1)),
                iae, "txqueuelen must be >= 0, got -1"));
        rows.add(new Row("Veth peerTxqlen(-1)",
                r -> r.links().add(Veth.pair("v", "p").peerTxqlen(-1)), iae,
                "peer txqueuelen must be >= 0, got -1"));
        rows.add(new Row("Veth.pair(\"x\", \"x\")", r -> r.links().add(Veth.pair("x", "x")), iae,
                "veth ends must have different names in one namespace, both are \"x\""));

        String[][] macs = {
            {"zz", "not a MAC address: \"zz\" (expected hex pairs like 02:00:00:00:00:01)"},
            {"", "not a MAC address: \"\""},
            {"02:00:00:00:00:001", "not a MAC address: \"02:00:00:00:00:001\" (expected hex pairs"
                + " like 02:00:00:00:00:01)"},
            {"02::00:00:00:01", "not a MAC address: \"02::00:00:00:01\" (expected hex pairs like"
                + " 02:00:00:00:00:01)"},
            {"01:00:5e:00:00:01", "MAC address 01:00:5e:00:00:01 is a multicast address (lowest bit"
                + " of the first byte set)"},
            {"ff:ff:ff:ff:ff:ff", "MAC address ff:ff:ff:ff:ff:ff is a multicast address (lowest bit"
                + " of the first byte set)"},
            {"00:00:00:00:00:00", "MAC address 00:00:00:00:00:00 is not valid"},
            {"02:00:00:00:01", "MAC address 02:00:00:00:01 is 5 bytes; an Ethernet address has 6"},
            {"02:00:00:00:00:00:01", "MAC address 02:00:00:00:00:00:01 is 7 bytes; an Ethernet"
                + " address has 6"},
        };
        for (String[] mac : macs) {
            rows.add(new Row("Veth mac(\"" + mac[0] + "\")",
                    r -> r.links().add(Veth.pair("v", "p").mac(mac[0])), iae, mac[1]));
            rows.add(new Row("links().setMac(\"v\", \"" + mac[0] + "\")",
                    r -> r.links().setMac("v", mac[0]), iae, mac[1]));
            rows.add(new Row("Veth peerMac(\"" + mac[0] + "\")",
                    r -> r.links().add(Veth.pair("v", "p").peerMac(mac[0])), iae, mac[1]));
        }
        rows.add(new Row("Veth mac((String) null)",
                r -> Veth.pair("v", "p").mac((String) null), NullPointerException.class,
                "MAC address"));
        rows.add(new Row("Veth mac((MacAddress) null)",
                r -> Veth.pair("v", "p").mac((MacAddress) null), NullPointerException.class, "mac"));
        rows.add(new Row("Veth peerMac((MacAddress) null)",
                r -> Veth.pair("v", "p").peerMac((MacAddress) null), NullPointerException.class,
                "mac"));
        rows.add(new Row("Veth netns(null)", r -> Veth.pair("v", "p").netns(null),
                NullPointerException.class, "ns"));
        rows.add(new Row("Veth peerNetns(null)", r -> Veth.pair("v", "p").peerNetns(null),
                NullPointerException.class, "ns"));

        for (String[] bad : badNamespaceNames()) {
            String n = bad[0];
            String shown = n == null ? "null" : n.length() > 20 ? "<256 x>"
                    : "\"" + n.replace("\0", "\\0") + "\"";
            rows.add(new Row("NetNs.create(" + shown + ")", r -> NetNs.create(n), iae, bad[1]));
            rows.add(new Row("NetNs.open(" + shown + ")", r -> NetNs.open(n), iae, bad[1]));
            rows.add(new Row("NetNs.delete(" + shown + ")", r -> NetNs.delete(n), iae, bad[1]));
            rows.add(new Row("NetNs.deleteIfExists(" + shown + ")", r -> NetNs.deleteIfExists(n),
                    iae, bad[1]));
            rows.add(new Row("NetNs.exists(" + shown + ")", r -> NetNs.exists(n), iae, bad[1]));
        }
        rows.add(new Row("NetNs.openPid(0)", r -> NetNs.openPid(0), iae, "pid must be positive, got 0"));
        rows.add(new Row("NetNs.openPid(-5)", r -> NetNs.openPid(-5), iae,
                "pid must be positive, got -5"));
        rows.add(new Row("NetNs.openPath(null)", r -> NetNs.openPath((Path) null),
                NullPointerException.class, "path"));
        rows.add(new Row("Rtnl.openIn(null)", r -> Rtnl.openIn(null), NullPointerException.class,
                "ns"));
        addressAndRouteRows(rows);
        vlanRows(rows);
        rows.add(new Row("Options dumpRetries -1",
                r -> RequestEngine.Options.DEFAULT.withDumpRetries(-1), iae,
                "dumpRetries must be >= 0, got -1"));
        rows.add(new Row("Options socketReceiveBuffer 1000",
                r -> RequestEngine.Options.DEFAULT.withSocketReceiveBuffer(1000), iae,
                "socketReceiveBuffer must be >= 65536, got 1000"));
        return rows;
    }

    /** Bad prefixes and addresses of the wrong family, for addresses, routes, neighbours. */
    private static void addressAndRouteRows(List<Row> rows) {
        Class<IllegalArgumentException> iae = IllegalArgumentException.class;
        String[][] prefixes = {
            {"10.0.0.1/33", "prefix length 33 is out of range for 10.0.0.1: an IPv4 prefix length"
                + " is 0 to 32"},
            {"2001:db8::1/129", "prefix length 129 is out of range for 2001:db8::1: an IPv6 prefix"
                + " length is 0 to 128"},
            {"10.0.0.1/-1", "\"10.0.0.1/-1\": prefix length \"-1\" is not a number"},
            {"10.0.0.1/", "\"10.0.0.1/\": prefix length \"\" is not a number"},
            {"10.0.0.1/24/3", "\"10.0.0.1/24/3\": prefix length \"24/3\" is not a number"},
            {"10.0.0.256/24", "\"10.0.0.256\" is not an IPv4 address: a part exceeds 255"},
            // A host name is refused, never resolved (a DNS lookup would be a syscall and a
            // surprise).
            {"example.com/24", "\"example.com\" is not an IP address (expected a.b.c.d or an IPv6"
                + " address)"},
            {"", "an IP address must not be empty"},
            {"/24", "an IP address must not be empty"},
        };
        for (String[] p : prefixes) {
            rows.add(new Row("addresses().add(\"v\", \"" + p[0] + "\")",
                    r -> r.addresses().add("v", p[0]), iae, p[1]));
            rows.add(new Row("addresses().delete(\"v\", \"" + p[0] + "\")",
                    r -> r.addresses().delete("v", p[0]), iae, p[1]));
            rows.add(new Row("routes().add(to(\"" + p[0] + "\").dev(\"v\"))",
                    r -> r.routes().add(RouteSpec.to(p[0]).dev("v")), iae, p[1]));
        }
        rows.add(new Row("addresses().add(\"v\", null)", r -> r.addresses().add("v", (String) null),
                NullPointerException.class, "prefix"));
        rows.add(new Row("route with host bits", r -> r.routes().add(RouteSpec.to("10.0.0.1/24")
                .dev("v")), iae, "route 10.0.0.1/24 has bits set past its prefix length: the"
                + " network is 10.0.0.0/24"));
        rows.add(new Row("route with no device, gateway or next hop",
                r -> r.routes().add(RouteSpec.to("10.0.0.0/24")), iae, "route 10.0.0.0/24 has"
                + " nowhere to go: give a device (dev), a gateway (via), next hops or a nexthop object (nhid)"));
        rows.add(new Row("routes().addAll([no next hop])",
                r -> r.routes().addAll(List.of(RouteSpec.to("10.0.0.0/24").build())), iae,
                "route 10.0.0.0/24 has nowhere to go: give a device (dev), a gateway (via), next hops"
                + " or a nexthop object (nhid)"));
        rows.add(new Row("routes().get(\"10.0.0.1/24\")", r -> r.routes().get("10.0.0.1/24"), iae,
                "\"10.0.0.1/24\" is not an IP address (expected a.b.c.d or an IPv6 address)"));
        rows.add(new Row("route table 0", r -> r.routes().add(RouteSpec.to("10.0.0.0/24").dev("v")
                .table(0)), iae, "table 0 is not a table (it means \"all\" in dumps)"));
        rows.add(new Row("neighbour \"nope\"", r -> r.neighbours().add(NeighbourSpec.of("nope", "v")),
                iae, "\"nope\" is not an IP address (expected a.b.c.d or an IPv6 address)"));

        rows.add(new Row("qdisc handle 1:10", r -> r.tc().qdiscs().add("v", "root", "1:10",
                dev.jnetlink.rtnl.tc.Fifo.pfifo(10)), iae, "a qdisc handle has no minor number: \"1:10\" (use 1:)"));
        rows.add(new Row("htb at handle ffff:", r -> r.tc().qdiscs().add("v", "root", "ffff:",
                dev.jnetlink.rtnl.tc.Htb.qdisc()), iae, "handle ffff: is ingress's and clsact's, not htb's"));
        rows.add(new Row("tc handle over 16 bits", r -> r.tc().qdiscs().add("v", "root", "12345:",
                dev.jnetlink.rtnl.tc.Htb.qdisc()), iae, "tc handle \"12345:\": \"12345\" is more than 16 bits"));
        rows.add(new Row("htb rate 0", r -> dev.jnetlink.rtnl.tc.Htb.rate(0), iae,
                "htb rate must be above 0 bit/s, got 0"));
        rows.add(new Row("netem loss 101%", r -> dev.jnetlink.rtnl.tc.Netem.builder().loss(101), iae,
                "a probability must be 0% to 100%, got 101.0%"));
        rows.add(new Row("class id 1:", r -> r.tc().classes().add("v", "1:", "1:",
                dev.jnetlink.rtnl.tc.Htb.rate(1_000_000)), iae, "a class id needs a major and a minor number, got \"1:\""));
        rows.add(new Row("filter prio 0", r -> r.tc().filters().add("v", "1:", 0,
                dev.jnetlink.rtnl.tc.Filters.IP, dev.jnetlink.rtnl.tc.U32.match()), iae,
                "filter prio must be 1 to 65535, got 0"));
        rows.add(new Row("hfsc ul without ls", r -> dev.jnetlink.rtnl.tc.Hfsc.classBuilder()
                .rt(dev.jnetlink.rtnl.tc.Hfsc.Curve.rate(1_000_000)).ul(dev.jnetlink.rtnl.tc.Hfsc.Curve.rate(2_000_000))
                .build(), iae, "hfsc ul needs ls or sc: an upper limit caps link sharing, and a class without a"
                + " link-sharing curve has none to cap"));
        rows.add(new Row("hfsc m1 without d", r -> dev.jnetlink.rtnl.tc.Hfsc.Curve.of(2_000_000,
                java.time.Duration.ZERO, 1_000_000), iae, "hfsc curve d must be 1us to 4294967295us, got PT0S:"
                + " a first slope m1 without a length d has no effect, use rate"));
        rows.add(new Row("bpf pinned relative path", r -> dev.jnetlink.rtnl.tc.Bpf.pinned("prog"), iae,
                "bpf pinned path must be an absolute path to a file, got \"prog\""));

        rows.add(new Row("IPv4 address, IPv6 peer", r -> r.addresses().add(AddressSpec.of("v",
                "10.0.0.1/24").peer("2001:db8::1")), iae,
                "peer 2001:db8::1/128 is not of the same family as 10.0.0.1/24"));
        rows.add(new Row("IPv4 address, IPv6 broadcast", r -> r.addresses().add(AddressSpec.of("v",
                "10.0.0.1/24").broadcast("2001:db8::ff")), iae, "broadcast 2001:db8::ff does not"
                + " fit 10.0.0.1/24: only IPv4 addresses have an IPv4 broadcast address"));
        rows.add(new Row("IPv6 address, broadcast", r -> r.addresses().add(AddressSpec.of("v",
                "2001:db8::1/64").broadcast("10.0.0.255")), iae, "broadcast 10.0.0.255 does not"
                + " fit 2001:db8::1/64: only IPv4 addresses have an IPv4 broadcast address"));
        rows.add(new Row("IPv6 address, label", r -> r.addresses().add(AddressSpec.of("v",
                "2001:db8::1/64").label("v:1")), iae,
                "label \"v:1\": labels are for IPv4 addresses only"));
        rows.add(new Row("gateway not of the family it names", r -> r.routes().add(RouteSpec.to("10.0.0.0/24")
                .via("inet 2001:db8::1")), iae,
                "gateway \"inet 2001:db8::1\": 2001:db8::1 is not an inet address"));
        rows.add(new Row("nexthop object without a device", r -> r.nexthops().add(
                NextHopObjectSpec.id(7).via("10.0.0.1")), iae,
                "nexthop id 7 needs a device (dev), unless it is a blackhole or an fdb nexthop"));
        rows.add(new Row("nexthop group containing itself", r -> r.nexthops().add(
                NextHopObjectSpec.id(7).group(NextHopObjectSpec.member(7))), iae,
                "nexthop id 7: a group can not contain itself"));
        rows.add(new Row("route with nhid and a device", r -> r.routes().add(RouteSpec.to("10.0.0.0/24")
                .nhid(7).dev("v")), iae,
                "route 10.0.0.0/24: a route through nexthop object 7 takes no gateway, device or next hops of its own"));
        rows.add(new Row("IPv6 route via IPv4", r -> r.routes().add(RouteSpec.to("2001:db8::/64")
                .via("10.0.0.1")), iae,
                "gateway 10.0.0.1 is IPv4 but route 2001:db8::/64 is IPv6"));
        rows.add(new Row("IPv4 route, IPv6 src", r -> r.routes().add(RouteSpec.to("10.0.0.0/24")
                .dev("v").src("2001:db8::1")), iae,
                "src 2001:db8::1 is IPv6 but route 10.0.0.0/24 is IPv4"));
    }

    /** VLAN ids and priorities, judged before the kernel (which may lack 8021q) is asked. */
    private static void vlanRows(List<Row> rows) {
        Class<IllegalArgumentException> iae = IllegalArgumentException.class;
        String[][] ids = {
            {"-1", "vlan vx: VLAN id -1 is outside 1..4094"},
            {"0", "vlan vx: VLAN id 0 is outside 1..4094 (0 means untagged/priority-tagged)"},
            {"4095", "vlan vx: VLAN id 4095 is outside 1..4094 (4095 is reserved)"},
            {"4096", "vlan vx: VLAN id 4096 is outside 1..4094"},
        };
        for (String[] id : ids) {
            int vid = Integer.parseInt(id[0]);
            rows.add(new Row("Vlan.on(\"eth0\", \"vx\", " + vid + ")",
                    r -> r.links().add(Vlan.on("eth0", "vx", vid)), iae, id[1]));
        }
        rows.add(new Row("Vlan egressQos(1, 8)", r -> r.links().add(Vlan.on("eth0", "vx", 5)
                .egressQos(1, 8)), iae, "vlan vx: egress-qos-map 1:8: a VLAN priority is 0 to 7,"
                + " got 8"));
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputIsRefusedBeforeAnySystemCall() {
        List<Row> rows = table();
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : rows) {
            tests.add(DynamicTest.dynamicTest(row.what(), () -> {
                long sent = rtnl.engine().datagramsSent();
                List<String> fds = FdHygieneIT.libraryKindsOfFds();
                Throwable t = catchThrowable(() -> row.call().accept(rtnl));
                assertThat(t).as(row.what()).isExactlyInstanceOf(row.type())
                        .hasMessage(row.message());
                assertThat(rtnl.engine().datagramsSent()).as("requests sent by " + row.what())
                        .isEqualTo(sent);
                assertThat(FdHygieneIT.libraryKindsOfFds()).as("fds after " + row.what())
                        .isEqualTo(fds);
            }));
        }
        tests.add(DynamicTest.dynamicTest("no request at all was sent for the whole table",
                () -> assertThat(rtnl.engine().datagramsSent()).isZero()));
        return tests.stream();
    }
}

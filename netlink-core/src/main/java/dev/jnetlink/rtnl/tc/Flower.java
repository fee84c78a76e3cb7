package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.FlowerOptions;
import dev.jnetlink.rtnl.InterfaceNames;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * The flower classifier: {@code tc filter add ... protocol PROTO flower [classid CLASSID]
 * [indev DEV] [vlan_id VID] [ip_proto (tcp | udp | N)] [dst_ip PREFIX] [src_ip PREFIX]
 * [dst_port PORT] [src_port PORT] [skip_hw | skip_sw] [action ...]}, built for one protocol
 * ({@link #ip()}, {@link #ipv6()}, {@link #vlan()}), which the filter must be added with. Keys
 * are checked against it as {@code tc} checks them (an IPv6 address under {@code protocol ip},
 * a port without {@code ip_proto tcp} or {@code udp}, a VLAN id under another protocol are
 * refused). The request is what iproute2 6.1's {@code f_flower.c} sends for the keys in the
 * order above.
 */
public final class Flower implements FilterSpec {
    /** {@code ETH_P_8021Q}. */
    public static final int VLAN = 0x8100;
    /** {@code ETH_P_8021AD}. */
    public static final int QINQ = 0x88a8;
    /** {@code IPPROTO_TCP}. */
    public static final int TCP = 6;
    /** {@code IPPROTO_UDP}. */
    public static final int UDP = 17;

    private final int protocol;
    private Integer classId;
    private String indev;
    private Integer vlanId;
    private Integer ipProto;
    private InetAddress[] dst;
    private InetAddress[] src;
    private Integer dstPort;
    private Integer srcPort;
    private int flags;
    private final List<ActionSpec> actions = new ArrayList<>();

    private Flower(int protocol) {
        if (protocol < 0 || protocol > 0xffff) {
            throw new IllegalArgumentException("flower protocol is a 16-bit ethertype, got 0x"
                    + Integer.toHexString(protocol));
        }
        this.protocol = protocol;
    }

    /** @return a flower filter for {@code protocol ip} */
    public static Flower ip() {
        return new Flower(Filters.IP);
    }

    /** @return a flower filter for {@code protocol ipv6} */
    public static Flower ipv6() {
        return new Flower(Filters.IPV6);
    }

    /** @return a flower filter for {@code protocol 802.1Q} */
    public static Flower vlan() {
        return new Flower(VLAN);
    }

    /** @param ethertype the filter's protocol, e.g. {@link Filters#ALL} @return a flower filter */
    public static Flower protocol(int ethertype) {
        return new Flower(ethertype);
    }

    /** @param classId the class packets go to ({@code classid 1:10}) @return this filter */
    public Flower classid(String classId) {
        this.classId = TcHandle.parse(classId);
        return this;
    }

    /** @param device only packets received on it ({@code indev eth0}) @return this filter */
    public Flower indev(String device) {
        InterfaceNames.validate(device);
        indev = device;
        return this;
    }

    /** @param id the VLAN id, 0 to 4095 ({@code vlan_id 10}); needs protocol 802.1Q or 802.1ad @return this filter */
    public Flower vlanId(int id) {
        if (protocol != VLAN && protocol != QINQ) {
            throw new IllegalArgumentException("flower vlan_id needs protocol 802.1Q or 802.1ad, not 0x"
                    + Integer.toHexString(protocol));
        }
        if (id < 0 || id > 4095) {
            throw new IllegalArgumentException("flower vlan_id must be 0 to 4095, got " + id);
        }
        vlanId = id;
        return this;
    }

    /** @param proto the IP protocol ({@code ip_proto tcp} is {@link #TCP}) @return this filter */
    public Flower ipProto(int proto) {
        requireIp("ip_proto");
        if (proto < 0 || proto > 0xff) {
            throw new IllegalArgumentException("flower ip_proto must be 0 to 255, got " + proto);
        }
        ipProto = proto;
        return this;
    }

    /** @param prefix e.g. {@code 10.0.0.0/24} or {@code 2001:db8::/64} ({@code dst_ip PREFIX}) @return this filter */
    public Flower dstIp(String prefix) {
        dst = prefix("dst_ip", prefix);
        return this;
    }

    /** @param prefix the source ({@code src_ip PREFIX}) @return this filter */
    public Flower srcIp(String prefix) {
        src = prefix("src_ip", prefix);
        return this;
    }

    /** @param port 1 to 65535 ({@code dst_port 80}); needs {@code ip_proto tcp} or {@code udp} @return this filter */
    public Flower dstPort(int port) {
        dstPort = port("dst_port", port);
        return this;
    }

    /** @param port 1 to 65535 ({@code src_port 80}); needs {@code ip_proto tcp} or {@code udp} @return this filter */
    public Flower srcPort(int port) {
        srcPort = port("src_port", port);
        return this;
    }

    /** Keeps the filter out of hardware ({@code skip_hw}). @return this filter */
    public Flower skipHw() {
        return flag(ClsFlags.SKIP_HW);
    }

    /** Runs the filter only in hardware ({@code skip_sw}). @return this filter */
    public Flower skipSw() {
        return flag(ClsFlags.SKIP_SW);
    }

    /** @param action an action to run on matching packets @return this filter */
    public Flower action(ActionSpec action) {
        actions.add(Objects.requireNonNull(action, "action"));
        return this;
    }

    @Override
    public String kind() {
        return "flower";
    }

    @Override
    public int protocol() {
        return protocol;
    }

    @Override
    public List<ActionSpec> actions() {
        return List.copyOf(actions);
    }

    @Override
    public TcOptions options(ToIntFunction<String> ifindex) {
        boolean v4 = protocol == Filters.IP;
        Integer tcp = ipProto != null && ipProto == TCP ? 1 : null;
        return new FlowerOptions(classId, indev, protocol == Filters.ALL ? null : protocol, vlanId, null, null,
                ipProto, v4 ? at(src, 0) : null, v4 ? at(src, 1) : null, v4 ? at(dst, 0) : null,
                v4 ? at(dst, 1) : null, v4 ? null : at(src, 0), v4 ? null : at(src, 1), v4 ? null : at(dst, 0),
                v4 ? null : at(dst, 1), tcp != null ? srcPort : null, null, tcp != null ? dstPort : null, null,
                tcp == null ? srcPort : null, null, tcp == null ? dstPort : null, null, flags,
                null, Actions.of(actions, ifindex), List.of());
    }

    private static InetAddress at(InetAddress[] pair, int i) {
        return pair == null ? null : pair[i];
    }

    private Flower flag(int f) {
        flags = ClsFlags.with("flower", flags, f);
        return this;
    }

    private void requireIp(String key) {
        if (protocol != Filters.IP && protocol != Filters.IPV6) {
            throw new IllegalArgumentException("flower " + key + " needs protocol ip or ipv6, not 0x"
                    + Integer.toHexString(protocol));
        }
    }

    private Integer port(String key, int port) {
        if (ipProto == null || (ipProto != TCP && ipProto != UDP)) {
            throw new IllegalArgumentException("flower " + key + " needs ip_proto tcp or udp first");
        }
        if (port < 1 || port > 0xffff) {
            throw new IllegalArgumentException("flower " + key + " must be 1 to 65535, got " + port);
        }
        return port;
    }

    /** @return the address and its mask, checked against the protocol */
    private InetAddress[] prefix(String key, String prefix) {
        requireIp(key);
        int slash = prefix.indexOf('/');
        String addr = slash < 0 ? prefix : prefix.substring(0, slash);
        InetAddress a;
        try {
            a = IpAddresses.parse(addr);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("flower " + key + ": not an IP address: \"" + addr + "\"", e);
        }
        boolean v4 = protocol == Filters.IP;
        if (v4 ? !(a instanceof Inet4Address) : !(a instanceof Inet6Address)) {
            throw new IllegalArgumentException("flower " + key + " " + prefix + " is not an "
                    + (v4 ? "IPv4" : "IPv6") + " address, as protocol " + (v4 ? "ip" : "ipv6") + " needs");
        }
        int bits = a.getAddress().length * 8;
        int len;
        try {
            len = slash < 0 ? bits : Integer.parseInt(prefix.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("flower " + key + ": bad prefix length in \"" + prefix + "\"", e);
        }
        if (len < 0 || len > bits) {
            throw new IllegalArgumentException("flower " + key + ": prefix length must be 0 to " + bits
                    + " in \"" + prefix + "\"");
        }
        byte[] mask = new byte[bits / 8];
        for (int i = 0; i < len; i++) {
            mask[i / 8] |= (byte) (0x80 >>> (i % 8));
        }
        try {
            return new InetAddress[] {a, InetAddress.getByAddress(mask)};
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}

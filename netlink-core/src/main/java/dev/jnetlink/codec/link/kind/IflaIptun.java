package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.AttributeSpace;

/**
 * Attributes in the {@code IFLA_INFO_DATA} of an IP-in-IP tunnel ({@code IFLA_IPTUN_*}, through
 * Linux 6.18), shared by {@code ipip}, {@code sit} and {@code ip6tnl}.
 */
public final class IflaIptun {
    public static final int UNSPEC = 0;
    public static final int LINK = 1;
    public static final int LOCAL = 2;
    public static final int REMOTE = 3;
    public static final int TTL = 4;
    public static final int TOS = 5;
    public static final int ENCAP_LIMIT = 6;
    public static final int FLOWINFO = 7;
    public static final int FLAGS = 8;
    public static final int PROTO = 9;
    public static final int PMTUDISC = 10;
    public static final int _6RD_PREFIX = 11;
    public static final int _6RD_RELAY_PREFIX = 12;
    public static final int _6RD_PREFIXLEN = 13;
    public static final int _6RD_RELAY_PREFIXLEN = 14;
    public static final int ENCAP_TYPE = 15;
    public static final int ENCAP_FLAGS = 16;
    public static final int ENCAP_SPORT = 17;
    public static final int ENCAP_DPORT = 18;
    public static final int COLLECT_METADATA = 19;
    public static final int FWMARK = 20;

    /** Names of the {@code IFLA_IPTUN_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("IFLA_IPTUN", IflaIptun.class);

    private IflaIptun() {
    }
}

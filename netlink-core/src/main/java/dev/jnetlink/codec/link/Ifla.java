package dev.jnetlink.codec.link;

import dev.jnetlink.codec.AttributeSpace;

/** Link attribute types ({@code IFLA_*} in {@code linux/if_link.h}, through Linux 6.18). */
public final class Ifla {
    public static final int UNSPEC = 0;
    public static final int ADDRESS = 1;
    public static final int BROADCAST = 2;
    public static final int IFNAME = 3;
    public static final int MTU = 4;
    public static final int LINK = 5;
    public static final int QDISC = 6;
    public static final int STATS = 7;
    public static final int COST = 8;
    public static final int PRIORITY = 9;
    public static final int MASTER = 10;
    public static final int WIRELESS = 11;
    public static final int PROTINFO = 12;
    public static final int TXQLEN = 13;
    public static final int MAP = 14;
    public static final int WEIGHT = 15;
    public static final int OPERSTATE = 16;
    public static final int LINKMODE = 17;
    public static final int LINKINFO = 18;
    public static final int NET_NS_PID = 19;
    public static final int IFALIAS = 20;
    public static final int NUM_VF = 21;
    public static final int VFINFO_LIST = 22;
    public static final int STATS64 = 23;
    public static final int VF_PORTS = 24;
    public static final int PORT_SELF = 25;
    public static final int AF_SPEC = 26;
    public static final int GROUP = 27;
    public static final int NET_NS_FD = 28;
    public static final int EXT_MASK = 29;
    public static final int PROMISCUITY = 30;
    public static final int NUM_TX_QUEUES = 31;
    public static final int NUM_RX_QUEUES = 32;
    public static final int CARRIER = 33;
    public static final int PHYS_PORT_ID = 34;
    public static final int CARRIER_CHANGES = 35;
    public static final int PHYS_SWITCH_ID = 36;
    public static final int LINK_NETNSID = 37;
    public static final int PHYS_PORT_NAME = 38;
    public static final int PROTO_DOWN = 39;
    public static final int GSO_MAX_SEGS = 40;
    public static final int GSO_MAX_SIZE = 41;
    public static final int PAD = 42;
    public static final int XDP = 43;
    public static final int EVENT = 44;
    public static final int NEW_NETNSID = 45;
    public static final int TARGET_NETNSID = 46;
    public static final int CARRIER_UP_COUNT = 47;
    public static final int CARRIER_DOWN_COUNT = 48;
    public static final int NEW_IFINDEX = 49;
    public static final int MIN_MTU = 50;
    public static final int MAX_MTU = 51;
    public static final int PROP_LIST = 52;
    public static final int ALT_IFNAME = 53;
    public static final int PERM_ADDRESS = 54;
    public static final int PROTO_DOWN_REASON = 55;
    public static final int PARENT_DEV_NAME = 56;
    public static final int PARENT_DEV_BUS_NAME = 57;
    public static final int GRO_MAX_SIZE = 58;
    public static final int TSO_MAX_SIZE = 59;
    public static final int TSO_MAX_SEGS = 60;
    public static final int ALLMULTI = 61;
    public static final int DEVLINK_PORT = 62;
    public static final int GSO_IPV4_MAX_SIZE = 63;
    public static final int GRO_IPV4_MAX_SIZE = 64;
    public static final int DPLL_PIN = 65;
    public static final int MAX_PACING_OFFLOAD_HORIZON = 66;
    public static final int NETNS_IMMUTABLE = 67;
    public static final int HEADROOM = 68;
    public static final int TAILROOM = 69;

    /**
     * Names of the {@code IFLA_*} attributes, {@code IFLA_LINKINFO} holding
     * {@code IFLA_INFO_*}. Declared here, not in LinkCodec: a request's extended-ack offset is
     * named through this space, and a failing request may come before any link was decoded.
     */
    public static final AttributeSpace SPACE = AttributeSpace.of("IFLA", Ifla.class)
            .withChild(LINKINFO, IflaInfo.SPACE);

    /** {@code RTEXT_FILTER_VF}: {@link #EXT_MASK} bit asking for VF information. */
    public static final int RTEXT_FILTER_VF = 1;
    /** {@code RTEXT_FILTER_SKIP_STATS}: {@link #EXT_MASK} bit that leaves out the stats. */
    public static final int RTEXT_FILTER_SKIP_STATS = 1 << 3;

    private Ifla() {
    }
}

package dev.jnetlink.bridge.codec;

import dev.jnetlink.codec.AttributeSpace;

/**
 * Bridge port attributes ({@code IFLA_BRPORT_*} in {@code linux/if_link.h}, through Linux
 * 6.18): the content of {@code IFLA_INFO_SLAVE_DATA} of a bridge port and of
 * {@code IFLA_PROTINFO} in {@code AF_BRIDGE} link messages. Timers are in centiseconds.
 */
public final class IflaBrport {
    public static final int UNSPEC = 0;
    public static final int STATE = 1;
    public static final int PRIORITY = 2;
    public static final int COST = 3;
    public static final int MODE = 4;
    public static final int GUARD = 5;
    public static final int PROTECT = 6;
    public static final int FAST_LEAVE = 7;
    public static final int LEARNING = 8;
    public static final int UNICAST_FLOOD = 9;
    public static final int PROXYARP = 10;
    public static final int LEARNING_SYNC = 11;
    public static final int PROXYARP_WIFI = 12;
    public static final int ROOT_ID = 13;
    public static final int BRIDGE_ID = 14;
    public static final int DESIGNATED_PORT = 15;
    public static final int DESIGNATED_COST = 16;
    public static final int ID = 17;
    public static final int NO = 18;
    public static final int TOPOLOGY_CHANGE_ACK = 19;
    public static final int CONFIG_PENDING = 20;
    public static final int MESSAGE_AGE_TIMER = 21;
    public static final int FORWARD_DELAY_TIMER = 22;
    public static final int HOLD_TIMER = 23;
    public static final int FLUSH = 24;
    public static final int MULTICAST_ROUTER = 25;
    public static final int PAD = 26;
    public static final int MCAST_FLOOD = 27;
    public static final int MCAST_TO_UCAST = 28;
    public static final int VLAN_TUNNEL = 29;
    public static final int BCAST_FLOOD = 30;
    public static final int GROUP_FWD_MASK = 31;
    public static final int NEIGH_SUPPRESS = 32;
    public static final int ISOLATED = 33;
    public static final int BACKUP_PORT = 34;
    public static final int MRP_RING_OPEN = 35;
    public static final int MRP_IN_OPEN = 36;
    public static final int MCAST_EHT_HOSTS_LIMIT = 37;
    public static final int MCAST_EHT_HOSTS_CNT = 38;
    public static final int LOCKED = 39;
    public static final int MAB = 40;
    public static final int MCAST_N_GROUPS = 41;
    public static final int MCAST_MAX_GROUPS = 42;
    public static final int NEIGH_VLAN_SUPPRESS = 43;
    public static final int BACKUP_NHID = 44;

    /** Names of the {@code IFLA_BRPORT_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("IFLA_BRPORT", IflaBrport.class);

    private IflaBrport() {
    }
}

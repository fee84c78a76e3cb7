package dev.jnetlink.bridge.codec;

import dev.jnetlink.codec.AttributeSpace;

/**
 * Bridge attributes inside {@code IFLA_INFO_DATA} of kind {@code bridge} ({@code IFLA_BR_*} in
 * {@code linux/if_link.h}, through Linux 6.18). Timers and intervals are in centiseconds
 * ({@code clock_t}, {@code USER_HZ} = 100).
 */
public final class IflaBr {
    public static final int UNSPEC = 0;
    public static final int FORWARD_DELAY = 1;
    public static final int HELLO_TIME = 2;
    public static final int MAX_AGE = 3;
    public static final int AGEING_TIME = 4;
    public static final int STP_STATE = 5;
    public static final int PRIORITY = 6;
    public static final int VLAN_FILTERING = 7;
    public static final int VLAN_PROTOCOL = 8;
    public static final int GROUP_FWD_MASK = 9;
    public static final int ROOT_ID = 10;
    public static final int BRIDGE_ID = 11;
    public static final int ROOT_PORT = 12;
    public static final int ROOT_PATH_COST = 13;
    public static final int TOPOLOGY_CHANGE = 14;
    public static final int TOPOLOGY_CHANGE_DETECTED = 15;
    public static final int HELLO_TIMER = 16;
    public static final int TCN_TIMER = 17;
    public static final int TOPOLOGY_CHANGE_TIMER = 18;
    public static final int GC_TIMER = 19;
    public static final int GROUP_ADDR = 20;
    public static final int FDB_FLUSH = 21;
    public static final int MCAST_ROUTER = 22;
    public static final int MCAST_SNOOPING = 23;
    public static final int MCAST_QUERY_USE_IFADDR = 24;
    public static final int MCAST_QUERIER = 25;
    public static final int MCAST_HASH_ELASTICITY = 26;
    public static final int MCAST_HASH_MAX = 27;
    public static final int MCAST_LAST_MEMBER_CNT = 28;
    public static final int MCAST_STARTUP_QUERY_CNT = 29;
    public static final int MCAST_LAST_MEMBER_INTVL = 30;
    public static final int MCAST_MEMBERSHIP_INTVL = 31;
    public static final int MCAST_QUERIER_INTVL = 32;
    public static final int MCAST_QUERY_INTVL = 33;
    public static final int MCAST_QUERY_RESPONSE_INTVL = 34;
    public static final int MCAST_STARTUP_QUERY_INTVL = 35;
    public static final int NF_CALL_IPTABLES = 36;
    public static final int NF_CALL_IP6TABLES = 37;
    public static final int NF_CALL_ARPTABLES = 38;
    public static final int VLAN_DEFAULT_PVID = 39;
    public static final int PAD = 40;
    public static final int VLAN_STATS_ENABLED = 41;
    public static final int MCAST_STATS_ENABLED = 42;
    public static final int MCAST_IGMP_VERSION = 43;
    public static final int MCAST_MLD_VERSION = 44;
    public static final int VLAN_STATS_PER_PORT = 45;
    public static final int MULTI_BOOLOPT = 46;
    public static final int MCAST_QUERIER_STATE = 47;
    public static final int FDB_N_LEARNED = 48;
    public static final int FDB_MAX_LEARNED = 49;

    /** Names of the {@code IFLA_BR_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("IFLA_BR", IflaBr.class);

    private IflaBr() {
    }
}

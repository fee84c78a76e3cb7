package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.AttributeSpace;

/**
 * Attributes in a bond's {@code IFLA_INFO_DATA} ({@code IFLA_BOND_*}, through Linux 6.18), and
 * in its {@link #AD_INFO} nest ({@code IFLA_BOND_AD_INFO_*}).
 */
public final class IflaBond {
    public static final int UNSPEC = 0;
    public static final int MODE = 1;
    public static final int ACTIVE_SLAVE = 2;
    public static final int MIIMON = 3;
    public static final int UPDELAY = 4;
    public static final int DOWNDELAY = 5;
    public static final int USE_CARRIER = 6;
    public static final int ARP_INTERVAL = 7;
    public static final int ARP_IP_TARGET = 8;
    public static final int ARP_VALIDATE = 9;
    public static final int ARP_ALL_TARGETS = 10;
    public static final int PRIMARY = 11;
    public static final int PRIMARY_RESELECT = 12;
    public static final int FAIL_OVER_MAC = 13;
    public static final int XMIT_HASH_POLICY = 14;
    public static final int RESEND_IGMP = 15;
    public static final int NUM_PEER_NOTIF = 16;
    public static final int ALL_SLAVES_ACTIVE = 17;
    public static final int MIN_LINKS = 18;
    public static final int LP_INTERVAL = 19;
    public static final int PACKETS_PER_SLAVE = 20;
    public static final int AD_LACP_RATE = 21;
    public static final int AD_SELECT = 22;
    public static final int AD_INFO = 23;
    public static final int AD_ACTOR_SYS_PRIO = 24;
    public static final int AD_USER_PORT_KEY = 25;
    public static final int AD_ACTOR_SYSTEM = 26;
    public static final int TLB_DYNAMIC_LB = 27;
    public static final int PEER_NOTIF_DELAY = 28;
    public static final int AD_LACP_ACTIVE = 29;
    public static final int MISSED_MAX = 30;
    public static final int NS_IP6_TARGET = 31;
    public static final int COUPLED_CONTROL = 32;

    /** Attributes in {@link #AD_INFO} ({@code IFLA_BOND_AD_INFO_*}): the active aggregator. */
    public static final class AdInfo {
        public static final int UNSPEC = 0;
        public static final int AGGREGATOR = 1;
        public static final int NUM_PORTS = 2;
        public static final int ACTOR_KEY = 3;
        public static final int PARTNER_KEY = 4;
        public static final int PARTNER_MAC = 5;

        /** Names of the {@code IFLA_BOND_AD_INFO_*} attributes. */
        public static final AttributeSpace SPACE = AttributeSpace.of("IFLA_BOND_AD_INFO",
                AdInfo.class);

        private AdInfo() {
        }
    }

    /** Names of the {@code IFLA_BOND_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("IFLA_BOND", IflaBond.class)
            .withChild(AD_INFO, AdInfo.SPACE);

    private IflaBond() {
    }
}

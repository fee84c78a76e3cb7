package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSpace;

/**
 * flower's option attributes ({@code TCA_FLOWER_*} in {@code linux/pkt_cls.h}): the ones
 * {@link FlowerOptions} models; the others keep their numbers in {@code unknown}.
 */
public final class TcaFlower {
    public static final int UNSPEC = 0;
    /** The class matching packets go to ({@code classid}). */
    public static final int CLASSID = 1;
    /** The input device ({@code indev}). */
    public static final int INDEV = 2;
    /** The action list. */
    public static final int ACT = 3;
    /** The ethertype, network order (from the filter's {@code protocol}). */
    public static final int KEY_ETH_TYPE = 8;
    /** The IP protocol ({@code ip_proto}), u8. */
    public static final int KEY_IP_PROTO = 9;
    public static final int KEY_IPV4_SRC = 10;
    public static final int KEY_IPV4_SRC_MASK = 11;
    public static final int KEY_IPV4_DST = 12;
    public static final int KEY_IPV4_DST_MASK = 13;
    public static final int KEY_IPV6_SRC = 14;
    public static final int KEY_IPV6_SRC_MASK = 15;
    public static final int KEY_IPV6_DST = 16;
    public static final int KEY_IPV6_DST_MASK = 17;
    /** TCP source port, network order. */
    public static final int KEY_TCP_SRC = 18;
    public static final int KEY_TCP_DST = 19;
    public static final int KEY_UDP_SRC = 20;
    public static final int KEY_UDP_DST = 21;
    /** {@code TCA_CLS_FLAGS_*} ({@code skip_hw}, {@code skip_sw}). */
    public static final int FLAGS = 22;
    /** The VLAN id ({@code vlan_id}), u16. */
    public static final int KEY_VLAN_ID = 23;
    /** The VLAN priority ({@code vlan_prio}), u8. */
    public static final int KEY_VLAN_PRIO = 24;
    /** The ethertype inside the VLAN header ({@code vlan_ethtype}), network order. */
    public static final int KEY_VLAN_ETH_TYPE = 25;
    public static final int KEY_TCP_SRC_MASK = 35;
    public static final int KEY_TCP_DST_MASK = 36;
    public static final int KEY_UDP_SRC_MASK = 37;
    public static final int KEY_UDP_DST_MASK = 38;
    /** How many hardware devices hold the filter (replies). */
    public static final int IN_HW_COUNT = 86;

    /** Names of the {@code TCA_FLOWER_*} attributes modelled. */
    public static final AttributeSpace SPACE = AttributeSpace.of("TCA_FLOWER", TcaFlower.class);

    private TcaFlower() {
    }
}

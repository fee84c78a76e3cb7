package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.link.LinkInfoData;
import java.util.List;

/**
 * A bond port's {@code IFLA_INFO_SLAVE_DATA}: what {@code ip -d link show} prints after
 * {@code bond_slave} ({@code state ACTIVE mii_status UP link_failure_count 0 perm_hwaddr
 * 02:00:00:00:00:01 queue_id 0 prio 0 ad_aggregator_id 1 ...}). Components are in the kernel's
 * order ({@code bond_fill_slave_infos}).
 *
 * @param state {@code IFLA_BOND_SLAVE_STATE}: {@link #STATE_ACTIVE} or {@link #STATE_BACKUP}
 * @param miiStatus {@code IFLA_BOND_SLAVE_MII_STATUS}: 0 UP, 1 GOING_DOWN, 2 DOWN, 3 GOING_BACK
 * @param linkFailureCount {@code IFLA_BOND_SLAVE_LINK_FAILURE_COUNT}
 * @param permHwaddr {@code IFLA_BOND_SLAVE_PERM_HWADDR}: the port's own MAC, which the bond
 *     may have replaced
 * @param queueId {@code IFLA_BOND_SLAVE_QUEUE_ID}
 * @param prio {@code IFLA_BOND_SLAVE_PRIO} (Linux 6.0+): its priority as primary, signed
 * @param adAggregatorId {@code IFLA_BOND_SLAVE_AD_AGGREGATOR_ID} (802.3ad)
 * @param adActorOperPortState {@code IFLA_BOND_SLAVE_AD_ACTOR_OPER_PORT_STATE} (802.3ad):
 *     {@code LACP_STATE_*} bits
 * @param adPartnerOperPortState {@code IFLA_BOND_SLAVE_AD_PARTNER_OPER_PORT_STATE} (802.3ad)
 * @param actorPortPrio {@code IFLA_BOND_SLAVE_ACTOR_PORT_PRIO} (Linux 6.17+)
 * @param adChurnActorState {@code IFLA_BOND_SLAVE_AD_CHURN_ACTOR_STATE}
 * @param adChurnPartnerState {@code IFLA_BOND_SLAVE_AD_CHURN_PARTNER_STATE}
 * @param unknown attributes not listed above
 */
public record BondSlaveInfo(Integer state, Integer miiStatus, Integer linkFailureCount,
        MacAddress permHwaddr, Integer queueId, Integer prio, Integer adAggregatorId,
        Integer adActorOperPortState, Integer adPartnerOperPortState, Integer actorPortPrio,
        Integer adChurnActorState, Integer adChurnPartnerState, List<RawAttribute> unknown)
        implements LinkInfoData {
    /** {@code BOND_STATE_ACTIVE}. */
    public static final int STATE_ACTIVE = 0;
    /** {@code BOND_STATE_BACKUP}. */
    public static final int STATE_BACKUP = 1;
    /** {@code state}, by number, as {@code ip} names it. */
    public static final List<String> STATES = List.of("ACTIVE", "BACKUP");
    /** {@code mii_status}, by number ({@code BOND_LINK_*}), as {@code ip} names it. */
    public static final List<String> MII_STATUS = List.of("UP", "GOING_DOWN", "DOWN",
            "GOING_BACK");
    /**
     * The {@code LACP_STATE_*} bits of an 802.3ad port state, lowest first, as {@code ip}
     * names them.
     */
    public static final List<String> LACP_STATE_BITS = List.of("active", "short_timeout",
            "aggregating", "in_sync", "collecting", "distributing", "defaulted", "expired");

    /** The {@code IFLA_BOND_SLAVE_*} table, in the kernel's order. */
    public static final AttributeSetCodec<BondSlaveInfo> CODEC = AttributeSetCodec
            .builder(BondSlaveInfo.class, IflaBondSlave.SPACE)
            .u8("state", IflaBondSlave.STATE)
            .u8("miiStatus", IflaBondSlave.MII_STATUS)
            .u32("linkFailureCount", IflaBondSlave.LINK_FAILURE_COUNT)
            .mac("permHwaddr", IflaBondSlave.PERM_HWADDR)
            .u16("queueId", IflaBondSlave.QUEUE_ID)
            .u32("prio", IflaBondSlave.PRIO)
            .u16("adAggregatorId", IflaBondSlave.AD_AGGREGATOR_ID)
            .u8("adActorOperPortState", IflaBondSlave.AD_ACTOR_OPER_PORT_STATE)
            .u16("adPartnerOperPortState", IflaBondSlave.AD_PARTNER_OPER_PORT_STATE)
            .u16("actorPortPrio", IflaBondSlave.ACTOR_PORT_PRIO)
            .u8("adChurnActorState", IflaBondSlave.AD_CHURN_ACTOR_STATE)
            .u8("adChurnPartnerState", IflaBondSlave.AD_CHURN_PARTNER_STATE)
            .unknown("unknown")
            .build(v -> new BondSlaveInfo(v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next()));

    /** @return true if this port is the one (or one of those) carrying traffic */
    public boolean isActive() {
        return state != null && state == STATE_ACTIVE;
    }
}

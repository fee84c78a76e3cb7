package dev.jnetlink.codec.nexthop;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.RawAttribute;
import java.util.List;

/**
 * A resilient group's parameters ({@code NHA_RES_GROUP}): {@code type resilient buckets 8
 * idle_timer 60 unbalanced_timer 0}. Timers are in clock ticks (1/100 s), as on the wire.
 *
 * @param buckets {@code NHA_RES_GROUP_BUCKETS}
 * @param idleTimer {@code NHA_RES_GROUP_IDLE_TIMER}, ticks
 * @param unbalancedTimer {@code NHA_RES_GROUP_UNBALANCED_TIMER}, ticks
 * @param unbalancedTime {@code NHA_RES_GROUP_UNBALANCED_TIME}, ticks (replies only)
 * @param unknown attributes this library does not model, as received
 */
public record ResilientGroup(Integer buckets, Integer idleTimer, Integer unbalancedTimer,
        Long unbalancedTime, List<RawAttribute> unknown) {

    /** The table, in the kernel's order ({@code nla_put_nh_group_res}). */
    public static final AttributeSetCodec<ResilientGroup> CODEC = AttributeSetCodec
            .builder(ResilientGroup.class, NhaResGroup.SPACE)
            .u16("buckets", NhaResGroup.BUCKETS)
            .u32("idleTimer", NhaResGroup.IDLE_TIMER)
            .u32("unbalancedTimer", NhaResGroup.UNBALANCED_TIMER)
            .u64("unbalancedTime", NhaResGroup.UNBALANCED_TIME)
            .unknown("unknown")
            .build(v -> new ResilientGroup(v.next(), v.next(), v.next(), v.next(), v.next()));
}

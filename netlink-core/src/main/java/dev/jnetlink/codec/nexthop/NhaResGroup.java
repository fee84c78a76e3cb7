package dev.jnetlink.codec.nexthop;

import dev.jnetlink.codec.AttributeSpace;

/** A resilient group's parameters ({@code NHA_RES_GROUP_*} in {@code linux/nexthop.h}). */
public final class NhaResGroup {
    public static final int PAD = 0;
    /** u16: the number of buckets ({@code buckets N}). */
    public static final int BUCKETS = 1;
    /** u32, clock ticks (1/100 s): a bucket idle this long may move ({@code idle_timer}). */
    public static final int IDLE_TIMER = 2;
    /** u32, clock ticks: after this long unbalanced, busy buckets move too ({@code unbalanced_timer}). */
    public static final int UNBALANCED_TIMER = 3;
    /** u64, clock ticks, replies only: how long the group has been unbalanced. */
    public static final int UNBALANCED_TIME = 4;

    /** Names for errors and extended acks. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NHA_RES_GROUP", NhaResGroup.class);

    private NhaResGroup() {
    }
}

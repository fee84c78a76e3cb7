package dev.jnetlink.codec.tc;

import dev.jnetlink.codec.AttributeSpace;

/** Action attribute types ({@code TCA_ACT_*} in {@code linux/pkt_cls.h}, Linux 6.18). */
public final class TcaAct {
    public static final int UNSPEC = 0;
    /** The action kind ({@code mirred}, {@code gact}, ...). */
    public static final int KIND = 1;
    /** The kind's options, chosen by {@link #KIND}. */
    public static final int OPTIONS = 2;
    /** The action's index in its kind's table. */
    public static final int INDEX = 3;
    /** Statistics ({@code TCA_STATS_*}). */
    public static final int STATS = 4;
    public static final int PAD = 5;
    /** An opaque cookie the user attached. */
    public static final int COOKIE = 6;
    public static final int FLAGS = 7;
    public static final int HW_STATS = 8;
    public static final int USED_HW_STATS = 9;
    public static final int IN_HW_COUNT = 10;

    /** Names of the {@code TCA_ACT_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("TCA_ACT", TcaAct.class)
            .withChild(STATS, TcaStats.SPACE);

    private TcaAct() {
    }
}

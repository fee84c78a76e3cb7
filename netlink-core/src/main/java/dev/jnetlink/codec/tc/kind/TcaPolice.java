package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSpace;

/** police's option attributes ({@code TCA_POLICE_*} in {@code linux/pkt_cls.h}). */
public final class TcaPolice {
    public static final int UNSPEC = 0;
    /** {@code struct tc_police}. */
    public static final int TBF = 1;
    /** The rate table (requests). */
    public static final int RATE = 2;
    /** The peak rate table (requests). */
    public static final int PEAKRATE = 3;
    /** The average rate in bytes per second ({@code avrate}). */
    public static final int AVRATE = 4;
    /** The verdict for conforming packets ({@code conform-exceed EXCEED/CONFORM}). */
    public static final int RESULT = 5;
    /** {@code struct tcf_t}: install and use times. */
    public static final int TM = 6;
    public static final int PAD = 7;
    /** The rate when it does not fit 32 bits. */
    public static final int RATE64 = 8;
    /** The peak rate when it does not fit 32 bits. */
    public static final int PEAKRATE64 = 9;
    /** Packets per second ({@code pkts_rate}). */
    public static final int PKTRATE64 = 10;
    /** Packet burst, in ticks ({@code pkts_burst}). */
    public static final int PKTBURST64 = 11;

    /** Names of the {@code TCA_POLICE_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("TCA_POLICE", TcaPolice.class);

    private TcaPolice() {
    }
}

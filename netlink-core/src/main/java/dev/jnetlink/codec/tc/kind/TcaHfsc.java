package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSpace;

/** hfsc's class attributes ({@code TCA_HFSC_*} in {@code linux/pkt_sched.h}), what {@code tc class add ... hfsc rt|ls|ul SC} sets. */
public final class TcaHfsc {
    /** {@code TCA_HFSC_UNSPEC}, unused. */
    public static final int UNSPEC = 0;
    /** The real-time curve ({@code rt}), a {@code struct tc_service_curve}. */
    public static final int RSC = 1;
    /** The link-sharing curve ({@code ls}; {@code sc} sets both this and {@link #RSC}). */
    public static final int FSC = 2;
    /** The upper-limit curve ({@code ul}). */
    public static final int USC = 3;

    /** Names of the {@code TCA_HFSC_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("TCA_HFSC", TcaHfsc.class);

    private TcaHfsc() {
    }
}

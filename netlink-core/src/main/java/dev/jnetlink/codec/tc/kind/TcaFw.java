package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.AttributeSpace;

/** fw's option attributes ({@code TCA_FW_*} in {@code linux/pkt_cls.h}). */
public final class TcaFw {
    public static final int UNSPEC = 0;
    /** The class matching packets go to ({@code classid}). */
    public static final int CLASSID = 1;
    /** The old-style policer ({@code police}). */
    public static final int POLICE = 2;
    /** The input device ({@code indev}). */
    public static final int INDEV = 3;
    /** The action list. */
    public static final int ACT = 4;
    /** The mask applied to the firewall mark ({@code handle MARK/MASK}). */
    public static final int MASK = 5;

    /** Names of the {@code TCA_FW_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("TCA_FW", TcaFw.class);

    private TcaFw() {
    }
}

package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.AttributeSpace;

/** Attributes in a veth's {@code IFLA_INFO_DATA} ({@code VETH_INFO_*} in {@code linux/veth.h}). */
public final class IflaVeth {
    public static final int UNSPEC = 0;
    /** {@code VETH_INFO_PEER}: the peer's {@code ifinfomsg} followed by its {@code IFLA_*} attributes. */
    public static final int PEER = 1;

    /** Names of the {@code VETH_INFO_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("VETH_INFO", IflaVeth.class);

    private IflaVeth() {
    }
}

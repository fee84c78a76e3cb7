package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.AttributeSpace;

/** Attributes in a VRF's {@code IFLA_INFO_DATA} ({@code IFLA_VRF_*}). */
public final class IflaVrf {
    public static final int UNSPEC = 0;
    public static final int TABLE = 1;

    /** Attributes in a VRF port's {@code IFLA_INFO_SLAVE_DATA} ({@code IFLA_VRF_PORT_*}). */
    public static final class Port {
        public static final int UNSPEC = 0;
        public static final int TABLE = 1;

        /** Names of the {@code IFLA_VRF_PORT_*} attributes. */
        public static final AttributeSpace SPACE = AttributeSpace.of("IFLA_VRF_PORT", Port.class);

        private Port() {
        }
    }

    /** Names of the {@code IFLA_VRF_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("IFLA_VRF", IflaVrf.class);

    private IflaVrf() {
    }
}

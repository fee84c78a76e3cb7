package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.AttributeSpace;

/** Attributes in a VLAN's {@code IFLA_INFO_DATA} ({@code IFLA_VLAN_*}). */
public final class IflaVlan {
    public static final int UNSPEC = 0;
    public static final int ID = 1;
    public static final int FLAGS = 2;
    public static final int EGRESS_QOS = 3;
    public static final int INGRESS_QOS = 4;
    public static final int PROTOCOL = 5;

    /** Attributes in {@link #EGRESS_QOS} and {@link #INGRESS_QOS} ({@code IFLA_VLAN_QOS_*}). */
    public static final class Qos {
        public static final int UNSPEC = 0;
        public static final int MAPPING = 1;

        /** Names of the {@code IFLA_VLAN_QOS_*} attributes. */
        public static final AttributeSpace SPACE = AttributeSpace.of("IFLA_VLAN_QOS", Qos.class);

        private Qos() {
        }
    }

    /** Names of the {@code IFLA_VLAN_*} attributes; both QoS maps hold {@code IFLA_VLAN_QOS_*}. */
    public static final AttributeSpace SPACE = AttributeSpace.of("IFLA_VLAN", IflaVlan.class)
            .withChild(EGRESS_QOS, Qos.SPACE)
            .withChild(INGRESS_QOS, Qos.SPACE);

    private IflaVlan() {
    }
}

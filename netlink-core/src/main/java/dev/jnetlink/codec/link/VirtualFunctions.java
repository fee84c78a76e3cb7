package dev.jnetlink.codec.link;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.Bytes;

/**
 * A device's SR-IOV virtual functions and port profiles ({@code ip link show}'s {@code vf N}
 * lines), kept as the kernel sent them. Part of {@link Link}: the kernel sends these
 * attributes one after the other. An attribute the kernel did not send is null.
 *
 * @param count {@code IFLA_NUM_VF}
 * @param infoList {@code IFLA_VFINFO_LIST}, kept as bytes
 * @param ports {@code IFLA_VF_PORTS}, kept as bytes
 * @param portSelf {@code IFLA_PORT_SELF}, kept as bytes
 */
public record VirtualFunctions(Integer count, Bytes infoList, Bytes ports, Bytes portSelf) {

    /** The attributes, in the kernel's order. */
    public static final AttributeSetCodec<VirtualFunctions> ATTRIBUTES = AttributeSetCodec
            .group(VirtualFunctions.class, Ifla.SPACE)
            .u32("count", Ifla.NUM_VF)
            .bytes("infoList", Ifla.VFINFO_LIST)
            .bytes("ports", Ifla.VF_PORTS)
            .bytes("portSelf", Ifla.PORT_SELF)
            .build(v -> new VirtualFunctions(v.next(), v.next(), v.next(), v.next()));
}

package dev.jnetlink.codec.link;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.Bytes;

/**
 * The physical port behind a link, for devices that say ({@code ip -d link show}:
 * {@code portid}, {@code portname}, {@code switchid}). Part of {@link Link}: the kernel sends
 * these attributes one after the other. An attribute the kernel did not send is null.
 *
 * @param id {@code IFLA_PHYS_PORT_ID}
 * @param name {@code IFLA_PHYS_PORT_NAME}
 * @param switchId {@code IFLA_PHYS_SWITCH_ID}
 */
public record PhysicalPort(Bytes id, String name, Bytes switchId) {

    /** The attributes, in the kernel's order. */
    public static final AttributeSetCodec<PhysicalPort> ATTRIBUTES = AttributeSetCodec
            .group(PhysicalPort.class, Ifla.SPACE)
            .bytes("id", Ifla.PHYS_PORT_ID)
            .string("name", Ifla.PHYS_PORT_NAME)
            .bytes("switchId", Ifla.PHYS_SWITCH_ID)
            .build(v -> new PhysicalPort(v.next(), v.next(), v.next()));
}

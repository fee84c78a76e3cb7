package dev.jnetlink.codec.link;

import dev.jnetlink.codec.AttributeSetCodec;

/**
 * How often a link's carrier came and went ({@code ip -j -d link show}: {@code carrier_changes},
 * {@code carrier_up_count}, {@code carrier_down_count}). Part of {@link Link}: the kernel sends
 * these attributes one after the other. A count the kernel did not send is null.
 *
 * @param changes {@code IFLA_CARRIER_CHANGES}
 * @param upCount {@code IFLA_CARRIER_UP_COUNT}
 * @param downCount {@code IFLA_CARRIER_DOWN_COUNT}
 */
public record CarrierCounts(Integer changes, Integer upCount, Integer downCount) {

    /** The attributes, in the kernel's order. */
    public static final AttributeSetCodec<CarrierCounts> ATTRIBUTES = AttributeSetCodec
            .group(CarrierCounts.class, Ifla.SPACE)
            .u32("changes", Ifla.CARRIER_CHANGES)
            .u32("upCount", Ifla.CARRIER_UP_COUNT)
            .u32("downCount", Ifla.CARRIER_DOWN_COUNT)
            .build(v -> new CarrierCounts(v.next(), v.next(), v.next()));
}

package dev.jnetlink.codec.link;

import dev.jnetlink.codec.AttributeSetCodec;

/**
 * A device's segmentation and receive-offload limits, which {@code ip -d link show} prints as
 * {@code gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535
 * gro_max_size 65536 gso_ipv4_max_size 65536 gro_ipv4_max_size 65536}. Part of {@link Link}:
 * the kernel sends these attributes one after the other. A limit the kernel did not send is
 * null.
 *
 * @param gsoMaxSegs {@code IFLA_GSO_MAX_SEGS}
 * @param gsoMaxSize {@code IFLA_GSO_MAX_SIZE}
 * @param groMaxSize {@code IFLA_GRO_MAX_SIZE}
 * @param gsoIpv4MaxSize {@code IFLA_GSO_IPV4_MAX_SIZE}
 * @param groIpv4MaxSize {@code IFLA_GRO_IPV4_MAX_SIZE}
 * @param tsoMaxSize {@code IFLA_TSO_MAX_SIZE}
 * @param tsoMaxSegs {@code IFLA_TSO_MAX_SEGS}
 * @param maxPacingOffloadHorizon {@code IFLA_MAX_PACING_OFFLOAD_HORIZON}, in ns
 */
public record LinkOffload(Integer gsoMaxSegs, Integer gsoMaxSize, Integer groMaxSize,
        Integer gsoIpv4MaxSize, Integer groIpv4MaxSize, Integer tsoMaxSize, Integer tsoMaxSegs,
        Long maxPacingOffloadHorizon) {

    /** The attributes, in the kernel's order ({@code rtnl_fill_ifinfo}). */
    public static final AttributeSetCodec<LinkOffload> ATTRIBUTES = AttributeSetCodec
            .group(LinkOffload.class, Ifla.SPACE)
            .u32("gsoMaxSegs", Ifla.GSO_MAX_SEGS)
            .u32("gsoMaxSize", Ifla.GSO_MAX_SIZE)
            .u32("groMaxSize", Ifla.GRO_MAX_SIZE)
            .u32("gsoIpv4MaxSize", Ifla.GSO_IPV4_MAX_SIZE)
            .u32("groIpv4MaxSize", Ifla.GRO_IPV4_MAX_SIZE)
            .u32("tsoMaxSize", Ifla.TSO_MAX_SIZE)
            .u32("tsoMaxSegs", Ifla.TSO_MAX_SEGS)
            .uint("maxPacingOffloadHorizon", Ifla.MAX_PACING_OFFLOAD_HORIZON)
            .build(v -> new LinkOffload(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next()));
}

package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.link.LinkInfoData;
import dev.jnetlink.codec.link.TableLinkKind;
import java.util.List;

/**
 * A tun or tap device's {@code IFLA_INFO_DATA} (the kernel sends it; such devices are made by
 * {@code ip tuntap add}, not {@code ip link add}): {@code ip -d link show} prints
 * {@code tun type tap pi off vnet_hdr off persist on}. u8 booleans are 0 or 1.
 *
 * @param owner {@code IFLA_TUN_OWNER}: the owning uid, when one is set ({@code user})
 * @param group {@code IFLA_TUN_GROUP}: the owning gid, when one is set ({@code group})
 * @param type {@code IFLA_TUN_TYPE}: {@link #TUN} or {@link #TAP}
 * @param pi {@code IFLA_TUN_PI}: packets carry the packet-information header
 * @param vnetHdr {@code IFLA_TUN_VNET_HDR}
 * @param persist {@code IFLA_TUN_PERSIST}: the device outlives its file descriptor
 * @param multiQueue {@code IFLA_TUN_MULTI_QUEUE}
 * @param numQueues {@code IFLA_TUN_NUM_QUEUES} (multi-queue devices)
 * @param numDisabledQueues {@code IFLA_TUN_NUM_DISABLED_QUEUES} (multi-queue devices)
 * @param unknown attributes not listed above
 */
public record TunInfo(Integer owner, Integer group, Integer type, Integer pi, Integer vnetHdr,
        Integer persist, Integer multiQueue, Integer numQueues, Integer numDisabledQueues,
        List<RawAttribute> unknown) implements LinkInfoData {
    /** {@code IFF_TUN}: a layer-3 device. */
    public static final int TUN = 1;
    /** {@code IFF_TAP}: an Ethernet device. */
    public static final int TAP = 2;

    /** The {@code IFLA_TUN_*} table, in the kernel's order ({@code tun_fill_info}). */
    public static final AttributeSetCodec<TunInfo> CODEC = AttributeSetCodec
            .builder(TunInfo.class, IflaTun.SPACE)
            .u32("owner", IflaTun.OWNER)
            .u32("group", IflaTun.GROUP)
            .u8("type", IflaTun.TYPE)
            .u8("pi", IflaTun.PI)
            .u8("vnetHdr", IflaTun.VNET_HDR)
            .u8("persist", IflaTun.PERSIST)
            .u8("multiQueue", IflaTun.MULTI_QUEUE)
            .u32("numQueues", IflaTun.NUM_QUEUES)
            .u32("numDisabledQueues", IflaTun.NUM_DISABLED_QUEUES)
            .unknown("unknown")
            .build(v -> new TunInfo(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next()));

    /**
     * The {@code tun} kind (tun and tap devices).
     * Found by {@link java.util.ServiceLoader}: listed in
     * {@code META-INF/services/dev.jnetlink.codec.link.LinkKind}.
     */
    public static final class TunKind extends TableLinkKind {
        /** For {@link java.util.ServiceLoader}. */
        public TunKind() {
            super("tun", CODEC);
        }
    }
}

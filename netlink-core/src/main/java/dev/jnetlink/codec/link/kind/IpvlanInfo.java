package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.link.LinkInfoData;
import dev.jnetlink.codec.link.TableLinkKind;
import java.util.List;

/**
 * An ipvlan's {@code IFLA_INFO_DATA}: {@code ip -d link show} prints
 * {@code ipvlan mode l3 bridge}.
 *
 * @param mode {@code IFLA_IPVLAN_MODE}, see {@link #ipvlanMode()}
 * @param flags {@code IFLA_IPVLAN_FLAGS}: 0 ({@code bridge}), {@link #FLAG_PRIVATE},
 *     {@link #FLAG_VEPA}
 * @param unknown attributes not listed above
 */
public record IpvlanInfo(Integer mode, Integer flags, List<RawAttribute> unknown)
        implements LinkInfoData {
    /** {@code IPVLAN_F_PRIVATE}: slaves cannot reach each other. */
    public static final int FLAG_PRIVATE = 1;
    /** {@code IPVLAN_F_VEPA}: slave-to-slave traffic goes out through the parent. */
    public static final int FLAG_VEPA = 2;

    /** The {@code IFLA_IPVLAN_*} table, in the kernel's order ({@code ipvlan_nl_fillinfo}). */
    public static final AttributeSetCodec<IpvlanInfo> CODEC = AttributeSetCodec
            .builder(IpvlanInfo.class, IflaIpvlan.SPACE)
            .u16("mode", IflaIpvlan.MODE)
            .u16("flags", IflaIpvlan.FLAGS)
            .unknown("unknown")
            .build(v -> new IpvlanInfo(v.next(), v.next(), v.next()));

    /**
     * The {@code ipvtap} kind: the same record as ipvlan.
     * Found by {@link java.util.ServiceLoader}: listed in
     * {@code META-INF/services/dev.jnetlink.codec.link.LinkKind}.
     */
    public static final class IpvtapKind extends TableLinkKind {
        /** For {@link java.util.ServiceLoader}. */
        public IpvtapKind() {
            super("ipvtap", CODEC);
        }
    }

    /**
     * The {@code ipvlan} kind.
     * Found by {@link java.util.ServiceLoader}: listed in
     * {@code META-INF/services/dev.jnetlink.codec.link.LinkKind}.
     */
    public static final class IpvlanKind extends TableLinkKind {
        /** For {@link java.util.ServiceLoader}. */
        public IpvlanKind() {
            super("ipvlan", CODEC);
        }
    }

    /** @return the mode, or null if absent or unknown to this library */
    public IpvlanMode ipvlanMode() {
        return mode == null ? null : IpvlanMode.of(mode);
    }

    /** @return {@code private}, {@code vepa} or {@code bridge}, as {@code ip -d link show} prints the flags */
    public String flagsName() {
        int f = flags == null ? 0 : flags;
        return (f & FLAG_PRIVATE) != 0 ? "private" : (f & FLAG_VEPA) != 0 ? "vepa" : "bridge";
    }
}

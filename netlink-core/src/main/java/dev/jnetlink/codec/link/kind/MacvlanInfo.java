package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.link.LinkInfoData;
import java.util.List;

/**
 * A macvlan's or macvtap's {@code IFLA_INFO_DATA}: what {@code ip -d link show} prints after
 * {@code macvlan} ({@code mode bridge bcqueuelen 1000 usedbcqueuelen 1000}, and in source mode
 * {@code remotes (2) 02:..}). Components are in the kernel's order; the last two are only
 * sent in requests.
 *
 * @param mode {@code IFLA_MACVLAN_MODE}, see {@link #macvlanMode()}
 * @param flags {@code IFLA_MACVLAN_FLAGS}: {@link #FLAG_NOPROMISC}, {@link #FLAG_NODST}
 * @param macaddrCount {@code IFLA_MACVLAN_MACADDR_COUNT}: how many source MACs (source mode)
 * @param macaddrData {@code IFLA_MACVLAN_MACADDR_DATA}: the source MACs
 * @param bcQueueLen {@code IFLA_MACVLAN_BC_QUEUE_LEN} ({@code bcqueuelen}): requested
 *     broadcast queue length
 * @param bcQueueLenUsed {@code IFLA_MACVLAN_BC_QUEUE_LEN_USED} ({@code usedbcqueuelen}): the
 *     length in use, the largest any sibling asked for
 * @param bcCutoff {@code IFLA_MACVLAN_BC_CUTOFF}: sent only when not the default 1
 * @param macaddrMode {@code IFLA_MACVLAN_MACADDR_MODE} (requests): what to do with the list,
 *     {@link #MACADDR_SET} and friends
 * @param macaddr {@code IFLA_MACVLAN_MACADDR} (requests): the MAC to add or delete
 * @param unknown attributes not listed above
 */
public record MacvlanInfo(Integer mode, Integer flags, Integer macaddrCount,
        List<MacAddress> macaddrData, Integer bcQueueLen, Integer bcQueueLenUsed,
        Integer bcCutoff, Integer macaddrMode, MacAddress macaddr, List<RawAttribute> unknown)
        implements LinkInfoData {

    /** {@code MACVLAN_FLAG_NOPROMISC}: passthru without making the parent promiscuous. */
    public static final int FLAG_NOPROMISC = 1;
    /** {@code MACVLAN_FLAG_NODST}: source mode that does not also match on destination. */
    public static final int FLAG_NODST = 2;
    /** {@code MACVLAN_MACADDR_ADD}. */
    public static final int MACADDR_ADD = 0;
    /** {@code MACVLAN_MACADDR_DEL}. */
    public static final int MACADDR_DEL = 1;
    /** {@code MACVLAN_MACADDR_FLUSH}. */
    public static final int MACADDR_FLUSH = 2;
    /** {@code MACVLAN_MACADDR_SET}: replace the source-MAC list. */
    public static final int MACADDR_SET = 3;

    /** The {@code IFLA_MACVLAN_*} table, in the kernel's order ({@code macvlan_fill_info}). */
    public static final AttributeSetCodec<MacvlanInfo> CODEC = AttributeSetCodec
            .builder(MacvlanInfo.class, IflaMacvlan.SPACE)
            .u32("mode", IflaMacvlan.MODE)
            .u16("flags", IflaMacvlan.FLAGS)
            .u32("macaddrCount", IflaMacvlan.MACADDR_COUNT)
            .attr("macaddrData", IflaMacvlan.MACADDR_DATA,
                    ValueCodecs.listOf(IflaMacvlan.MACADDR, ValueCodecs.MAC))
            .u32("bcQueueLen", IflaMacvlan.BC_QUEUE_LEN)
            .u32("bcQueueLenUsed", IflaMacvlan.BC_QUEUE_LEN_USED)
            .u32("bcCutoff", IflaMacvlan.BC_CUTOFF)
            .u32("macaddrMode", IflaMacvlan.MACADDR_MODE)
            .mac("macaddr", IflaMacvlan.MACADDR)
            .unknown("unknown")
            .build(v -> new MacvlanInfo(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next()));

    /** @return the mode, or null if absent or unknown to this library */
    public MacvlanMode macvlanMode() {
        return mode == null ? null : MacvlanMode.of(mode);
    }

    /** @return true if {@link #FLAG_NOPROMISC} is set ({@code nopromisc}) */
    public boolean noPromisc() {
        return flags != null && (flags & FLAG_NOPROMISC) != 0;
    }

    /** @return true if {@link #FLAG_NODST} is set ({@code nodst}) */
    public boolean noDst() {
        return flags != null && (flags & FLAG_NODST) != 0;
    }
}

package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.ValueCodecs;
import dev.jnetlink.codec.link.LinkInfoData;
import dev.jnetlink.codec.link.TableLinkKind;
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

    /**
     * The {@code macvtap} kind: the same record as macvlan.
     * Found by {@link java.util.ServiceLoader}: listed in
     * {@code META-INF/services/dev.jnetlink.codec.link.LinkKind}.
     */
    public static final class MacvtapKind extends TableLinkKind {
        /** For {@link java.util.ServiceLoader}. */
        public MacvtapKind() {
            super("macvtap", CODEC);
        }
    }

    /**
     * The {@code macvlan} kind.
     * Found by {@link java.util.ServiceLoader}: listed in
     * {@code META-INF/services/dev.jnetlink.codec.link.LinkKind}.
     */
    public static final class MacvlanKind extends TableLinkKind {
        /** For {@link java.util.ServiceLoader}. */
        public MacvlanKind() {
            super("macvlan", CODEC);
        }
    }

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

    /** @return a builder with every component absent (null) and no unknown attributes */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's values, to derive a changed copy */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link MacvlanInfo} component by component: a component not set is null (absent),
     * {@code unknown} is empty. A component added to the record adds a method here and
     * breaks no caller.
     */
    public static final class Builder {
        private Integer mode;
        private Integer flags;
        private Integer macaddrCount;
        private List<MacAddress> macaddrData;
        private Integer bcQueueLen;
        private Integer bcQueueLenUsed;
        private Integer bcCutoff;
        private Integer macaddrMode;
        private MacAddress macaddr;
        private List<RawAttribute> unknown = List.of();

        private Builder() {
        }

        private Builder(MacvlanInfo r) {
            mode = r.mode;
            flags = r.flags;
            macaddrCount = r.macaddrCount;
            macaddrData = r.macaddrData;
            bcQueueLen = r.bcQueueLen;
            bcQueueLenUsed = r.bcQueueLenUsed;
            bcCutoff = r.bcCutoff;
            macaddrMode = r.macaddrMode;
            macaddr = r.macaddr;
            unknown = r.unknown;
        }

        /**
         * @param mode {@code IFLA_MACVLAN_MODE}, see {@link MacvlanInfo#macvlanMode()}
         * @return this builder
         */
        public Builder mode(Integer mode) {
            this.mode = mode;
            return this;
        }

        /**
         * @param flags {@code IFLA_MACVLAN_FLAGS}: {@link MacvlanInfo#FLAG_NOPROMISC},
         *     {@link MacvlanInfo#FLAG_NODST}
         * @return this builder
         */
        public Builder flags(Integer flags) {
            this.flags = flags;
            return this;
        }

        /**
         * @param macaddrCount {@code IFLA_MACVLAN_MACADDR_COUNT}: how many source MACs (source
         *     mode)
         * @return this builder
         */
        public Builder macaddrCount(Integer macaddrCount) {
            this.macaddrCount = macaddrCount;
            return this;
        }

        /**
         * @param macaddrData {@code IFLA_MACVLAN_MACADDR_DATA}: the source MACs
         * @return this builder
         */
        public Builder macaddrData(List<MacAddress> macaddrData) {
            this.macaddrData = macaddrData;
            return this;
        }

        /**
         * @param bcQueueLen {@code IFLA_MACVLAN_BC_QUEUE_LEN} ({@code bcqueuelen}): requested
         *     broadcast queue length
         * @return this builder
         */
        public Builder bcQueueLen(Integer bcQueueLen) {
            this.bcQueueLen = bcQueueLen;
            return this;
        }

        /**
         * @param bcQueueLenUsed {@code IFLA_MACVLAN_BC_QUEUE_LEN_USED} ({@code usedbcqueuelen}):
         *     the length in use, the largest any sibling asked for
         * @return this builder
         */
        public Builder bcQueueLenUsed(Integer bcQueueLenUsed) {
            this.bcQueueLenUsed = bcQueueLenUsed;
            return this;
        }

        /**
         * @param bcCutoff {@code IFLA_MACVLAN_BC_CUTOFF}: sent only when not the default 1
         * @return this builder
         */
        public Builder bcCutoff(Integer bcCutoff) {
            this.bcCutoff = bcCutoff;
            return this;
        }

        /**
         * @param macaddrMode {@code IFLA_MACVLAN_MACADDR_MODE} (requests): what to do with the
         *     list, {@link MacvlanInfo#MACADDR_SET} and friends
         * @return this builder
         */
        public Builder macaddrMode(Integer macaddrMode) {
            this.macaddrMode = macaddrMode;
            return this;
        }

        /**
         * @param macaddr {@code IFLA_MACVLAN_MACADDR} (requests): the MAC to add or delete
         * @return this builder
         */
        public Builder macaddr(MacAddress macaddr) {
            this.macaddr = macaddr;
            return this;
        }

        /**
         * @param unknown attributes not listed above
         * @return this builder
         */
        public Builder unknown(List<RawAttribute> unknown) {
            this.unknown = List.copyOf(unknown);
            return this;
        }

        /** @return the {@link MacvlanInfo} */
        public MacvlanInfo build() {
            return new MacvlanInfo(mode, flags, macaddrCount, macaddrData, bcQueueLen,
                    bcQueueLenUsed, bcCutoff, macaddrMode, macaddr, unknown);
        }
    }
}

package dev.jnetlink.nftables.codec.expr;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.AttributeSpace;
import dev.jnetlink.codec.RawAttribute;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The {@code log} expression: logs the packet ({@code log prefix "in: "}). As {@code nft --debug=netlink} shows it:
 * {@code [ log prefix in:  ]}.
 *
 * @param prefix {@code NFTA_LOG_PREFIX}: the prefix
 * @param group {@code NFTA_LOG_GROUP}: nflog group
 * @param snaplen {@code NFTA_LOG_SNAPLEN}: bytes copied to nflog
 * @param qthreshold {@code NFTA_LOG_QTHRESHOLD}: nflog queue threshold
 * @param level {@code NFTA_LOG_LEVEL}: syslog level
 * @param flags {@code NFTA_LOG_FLAGS}: {@code NF_LOG_*} flags
 * @param unknown attributes not listed above
 */
public record Log(String prefix, Integer group, Integer snaplen, Integer qthreshold, Integer level, Integer flags, List<RawAttribute> unknown) implements Expression {
    public static final int UNSPEC = 0;
    public static final int GROUP = 1;
    public static final int PREFIX = 2;
    public static final int SNAPLEN = 3;
    public static final int QTHRESHOLD = 4;
    public static final int LEVEL = 5;
    public static final int FLAGS = 6;

    /** Names of the {@code NFTA_LOG_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NFTA_LOG", Log.class, ByteOrder.BIG_ENDIAN);

    /** The table, in the order {@code nft} (libnftnl) sends the attributes. */
    public static final AttributeSetCodec<Log> CODEC = AttributeSetCodec.builder(Log.class, SPACE)
            .string("prefix", PREFIX)
            .u16("group", GROUP)
            .u32("snaplen", SNAPLEN)
            .u16("qthreshold", QTHRESHOLD)
            .u32("level", LEVEL)
            .u32("flags", FLAGS)
            .unknown("unknown")
            .build(v -> new Log(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next()));

    @Override
    public String name() {
        return "log";
    }
}

package dev.jnetlink.codec.link;

import dev.jnetlink.codec.AttributeCursor;
import dev.jnetlink.codec.AttributeSpace;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.ValueCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code IFLA_LINKINFO}: the link's kind and kind-specific details, and, for a port, its
 * master's kind and the port details. What {@code ip -d link show} prints on its kind lines
 * ({@code veth}, {@code vlan protocol 802.1Q id 20 ...}, {@code bridge_slave state ...}).
 *
 * @param kind {@code IFLA_INFO_KIND}, e.g. {@code "veth"}; null for devices without one
 * @param data {@code IFLA_INFO_DATA} decoded by the kind's {@link LinkKind}, or null
 * @param xstats {@code IFLA_INFO_XSTATS}, kept as bytes, or null
 * @param slaveKind {@code IFLA_INFO_SLAVE_KIND}, e.g. {@code "bridge"} for a bridge port
 * @param slaveData {@code IFLA_INFO_SLAVE_DATA} decoded by the master kind's codec, or null
 * @param unknown attributes not listed above
 */
public record LinkInfo(String kind, LinkInfoData data, Bytes xstats, String slaveKind,
        LinkInfoData slaveData, List<RawAttribute> unknown) {

    /** Codec of the {@code IFLA_LINKINFO} attribute. */
    public static final ValueCodec<LinkInfo> CODEC = new ValueCodec<>() {
        @Override
        public LinkInfo decode(AttributeCursor cursor) {
            return LinkInfo.decode(cursor.enter(IflaInfo.SPACE));
        }

        @Override
        public void encode(MessageWriter writer, int type, LinkInfo value) {
            int m = writer.beginNested(type);
            value.encode(writer);
            writer.endNested(m);
        }

        @Override
        public Class<?> valueType() {
            return LinkInfo.class;
        }
    };

    /**
     * @param kind the kind
     * @return link info with only a kind, as a request for a kind without options carries
     */
    public static LinkInfo ofKind(String kind) {
        return new LinkInfo(kind, null, null, null, null, List.of());
    }

    /**
     * @param kind the kind
     * @param data its details
     * @return link info with a kind and its details
     */
    public static LinkInfo of(String kind, LinkInfoData data) {
        return new LinkInfo(kind, data, null, null, null, List.of());
    }

    private static LinkInfo decode(AttributeCursor c) {
        String kind = null;
        String slaveKind = null;
        LinkInfoData data = null;
        LinkInfoData slaveData = null;
        Bytes xstats = null;
        List<RawAttribute> unknown = null;
        // The data is decoded by the kind's codec once the whole nest is read: the kind may
        // come after the data, or twice, and the data must follow the kind that is kept (else
        // VlanInfo data could end up under kind "vxlan", which cannot be encoded back).
        int dataMark = -1;
        int slaveDataMark = -1;
        while (c.next()) {
            switch (c.type()) {
                case IflaInfo.KIND -> kind = c.sharedString();
                case IflaInfo.SLAVE_KIND -> slaveKind = c.sharedString();
                case IflaInfo.DATA -> dataMark = c.mark();
                case IflaInfo.SLAVE_DATA -> slaveDataMark = c.mark();
                case IflaInfo.XSTATS -> xstats = c.bytes();
                default -> {
                    if (unknown == null) {
                        unknown = new ArrayList<>(2);
                    }
                    unknown.add(c.raw());
                }
            }
        }
        if (dataMark >= 0) {
            c.rewind(dataMark);
            c.next();
            data = decodeData(c, kind, false);
        }
        if (slaveDataMark >= 0) {
            c.rewind(slaveDataMark);
            c.next();
            slaveData = decodeData(c, slaveKind, true);
        }
        return new LinkInfo(kind, data, xstats, slaveKind, slaveData,
                unknown == null ? List.of() : List.copyOf(unknown));
    }

    private static LinkInfoData decodeData(AttributeCursor c, String kind, boolean slave) {
        LinkKind k = LinkKinds.get(kind);
        ValueCodec<? extends LinkInfoData> codec = k == null ? null
                : slave ? k.slaveDataCodec() : k.dataCodec();
        if (codec != null) {
            return codec.decode(c);
        }
        AttributeCursor in = c.enter(AttributeSpace.unnamed(c.name()));
        List<RawAttribute> attrs = new ArrayList<>();
        while (in.next()) {
            attrs.add(in.raw());
        }
        return new RawLinkInfoData(attrs);
    }

    private void encode(MessageWriter w) {
        if (kind != null) {
            w.putString(IflaInfo.KIND, kind);
        }
        if (data != null) {
            encodeData(w, IflaInfo.DATA, kind, data, false);
        }
        if (xstats != null) {
            w.putBytes(IflaInfo.XSTATS, xstats);
        }
        if (slaveKind != null) {
            w.putString(IflaInfo.SLAVE_KIND, slaveKind);
        }
        if (slaveData != null) {
            encodeData(w, IflaInfo.SLAVE_DATA, slaveKind, slaveData, true);
        }
        for (RawAttribute a : unknown) {
            w.putRaw(a);
        }
    }

    @SuppressWarnings("unchecked")
    private static void encodeData(MessageWriter w, int type, String kind, LinkInfoData d,
            boolean slave) {
        if (d instanceof RawLinkInfoData raw) {
            int m = w.beginNested(type);
            for (RawAttribute a : raw.attributes()) {
                w.putRaw(a);
            }
            w.endNested(m);
            return;
        }
        LinkKind k = LinkKinds.get(kind);
        ValueCodec<LinkInfoData> codec = k == null ? null
                : (ValueCodec<LinkInfoData>) (slave ? k.slaveDataCodec() : k.dataCodec());
        if (codec == null || !codec.valueType().isInstance(d)) {
            throw new IllegalArgumentException("no codec for " + d.getClass().getSimpleName()
                    + " under " + (slave ? "slave kind " : "kind ") + kind);
        }
        codec.encode(w, type, d);
    }
}

package dev.jnetlink.codec.tc;

import dev.jnetlink.codec.AttributeCursor;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.DecodeException;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.Rtnetlink;
import dev.jnetlink.codec.ValueCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes and encodes qdisc, class and filter messages: {@code tcmsg} plus {@code TCA_*} into
 * a {@link TcObject}. {@code TCA_OPTIONS} is decoded by the codec the message type and
 * {@code TCA_KIND} choose: a {@link QdiscKind}'s qdisc or class options, a {@link FilterKind}'s.
 * It is read once the whole set is, since only the kind says what the options are (the same
 * reason {@link dev.jnetlink.codec.link.LinkInfo} reads {@code IFLA_INFO_DATA} last).
 */
public final class TcCodec {
    private TcCodec() {
    }

    /**
     * @param msg positioned on an {@code RTM_NEW*} / {@code RTM_DEL*} qdisc, class or filter
     *     message
     * @return the object
     * @throws DecodeException if the message is malformed
     */
    public static TcObject decode(MessageCursor msg) {
        msg.requirePayload(TcMsg.SIZE, "tcmsg");
        TcMsg header = TcMsg.read(msg.buffer(), msg.payloadOffset());
        AttributeCursor c = msg.attributes(Rtnetlink.FAMILY);
        String kind = null;
        Integer chain = null;
        Integer ingressBlock = null;
        Integer egressBlock = null;
        Integer hwOffload = null;
        TcStats stats = null;
        Bytes legacyStats = null;
        Bytes xstats = null;
        List<RawAttribute> unknown = null;
        int optionsMark = -1;
        while (c.next()) {
            switch (c.type()) {
                case Tca.KIND -> kind = c.sharedString();
                case Tca.OPTIONS -> optionsMark = c.mark();
                case Tca.CHAIN -> chain = c.u32();
                case Tca.INGRESS_BLOCK -> ingressBlock = c.u32();
                case Tca.EGRESS_BLOCK -> egressBlock = c.u32();
                case Tca.HW_OFFLOAD -> hwOffload = c.u8();
                case Tca.STATS2 -> stats = TcStats.CODEC.decode(c.enter(TcaStats.SPACE));
                case Tca.STATS -> legacyStats = c.bytes();
                case Tca.XSTATS -> xstats = c.bytes();
                default -> {
                    if (unknown == null) {
                        unknown = new ArrayList<>(2);
                    }
                    unknown.add(c.raw());
                }
            }
        }
        TcOptions options = null;
        if (optionsMark >= 0) {
            c.rewind(optionsMark);
            c.next();
            options = decodeOptions(c, optionsCodec(msg.type(), kind));
        }
        return new TcObject(header, kind, chain, ingressBlock, egressBlock, options, hwOffload,
                stats, legacyStats, xstats, unknown);
    }

    /**
     * Writes the payload of a qdisc, class or filter message: {@code tcmsg} then the
     * attributes, {@code TCA_OPTIONS} by the kind's codec.
     *
     * @param writer positioned after the netlink header
     * @param type the message type ({@code RTM_NEWQDISC}, ...), which chooses the options codec
     * @param o the object
     * @throws IllegalArgumentException if no registered kind encodes {@code o.options()}
     */
    public static void encode(MessageWriter writer, int type, TcObject o) {
        o.header().write(writer.buffer());
        if (o.kind() != null) {
            writer.putString(Tca.KIND, o.kind());
        }
        if (o.chain() != null) {
            writer.putU32(Tca.CHAIN, o.chain());
        }
        if (o.ingressBlock() != null) {
            writer.putU32(Tca.INGRESS_BLOCK, o.ingressBlock());
        }
        if (o.egressBlock() != null) {
            writer.putU32(Tca.EGRESS_BLOCK, o.egressBlock());
        }
        if (o.options() != null) {
            encodeOptions(writer, Tca.OPTIONS, optionsCodec(type, o.kind()), o.options(), o.kind());
        }
        if (o.hwOffload() != null) {
            writer.putU8(Tca.HW_OFFLOAD, o.hwOffload());
        }
        if (o.stats() != null) {
            int m = writer.beginNested(Tca.STATS2);
            TcStats.CODEC.encode(writer, o.stats());
            writer.endNested(m);
        }
        if (o.legacyStats() != null) {
            writer.putBytes(Tca.STATS, o.legacyStats());
        }
        if (o.xstats() != null) {
            writer.putBytes(Tca.XSTATS, o.xstats());
        }
        for (RawAttribute a : o.unknown()) {
            writer.putRaw(a);
        }
    }

    /**
     * @param type a qdisc, class or filter message type
     * @param kind {@code TCA_KIND}
     * @return the codec of its options, or null if none is registered
     */
    static ValueCodec<? extends TcOptions> optionsCodec(int type, String kind) {
        switch (type) {
            case Rtm.NEWQDISC, Rtm.DELQDISC, Rtm.GETQDISC -> {
                QdiscKind k = TcKinds.qdisc(kind);
                return k == null ? null : k.qdiscOptions();
            }
            case Rtm.NEWTCLASS, Rtm.DELTCLASS, Rtm.GETTCLASS -> {
                QdiscKind k = TcKinds.qdisc(kind);
                return k == null ? null : k.classOptions();
            }
            case Rtm.NEWTFILTER, Rtm.DELTFILTER, Rtm.GETTFILTER, Rtm.NEWCHAIN, Rtm.DELCHAIN,
                    Rtm.GETCHAIN -> {
                FilterKind k = TcKinds.filter(kind);
                return k == null ? null : k.options();
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * @param c positioned on an options attribute
     * @param codec the kind's codec, or null
     * @return the options, {@link RawTcOptions} when there is no codec
     */
    static TcOptions decodeOptions(AttributeCursor c, ValueCodec<? extends TcOptions> codec) {
        return codec == null ? new RawTcOptions(c.bytes()) : codec.decode(c);
    }

    @SuppressWarnings("unchecked")
    static void encodeOptions(MessageWriter w, int attrType, ValueCodec<? extends TcOptions> codec,
            TcOptions options, String kind) {
        if (options instanceof RawTcOptions raw) {
            w.putBytes(attrType, raw.payload());
            return;
        }
        if (codec == null || !codec.valueType().isInstance(options)) {
            throw new IllegalArgumentException("no codec for " + options.getClass().getSimpleName()
                    + " under kind " + kind);
        }
        ((ValueCodec<TcOptions>) codec).encode(w, attrType, options);
    }
}

package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.AttributeCursor;
import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.link.IfInfoMsg;
import dev.jnetlink.codec.link.Ifla;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.LinkCodec;
import dev.jnetlink.codec.link.LinkInfoData;
import dev.jnetlink.codec.link.TableLinkKind;
import java.util.List;

/**
 * A veth's {@code IFLA_INFO_DATA}. The kernel sends none in link dumps ({@code ip -d link show}
 * prints just {@code veth}); requests carry the peer to create
 * ({@code ip link add A type veth peer name B ...}).
 *
 * @param peer {@code VETH_INFO_PEER}: the peer's header and attributes, as a {@link Link}
 * @param unknown attributes not listed above
 */
public record VethInfo(Link peer, List<RawAttribute> unknown) implements LinkInfoData {

    /** {@code VETH_INFO_PEER}: an {@code ifinfomsg} then {@code IFLA_*} attributes. */
    static final ValueCodec<Link> PEER = new ValueCodec<>() {
        @Override
        public Link decode(AttributeCursor cursor) {
            if (cursor.length() < IfInfoMsg.SIZE) {
                throw cursor.error(cursor.name() + " is " + cursor.length()
                        + " bytes, too short for the peer's ifinfomsg (16 bytes)");
            }
            IfInfoMsg header = IfInfoMsg.read(cursor.buffer(), cursor.valueIndex());
            return LinkCodec.ATTRIBUTES.decode(cursor.enterAfter(IfInfoMsg.SIZE, Ifla.SPACE),
                    header);
        }

        @Override
        public void encode(MessageWriter writer, int type, Link value) {
            int m = writer.beginNested(type);
            LinkCodec.encode(writer, value);
            writer.endNested(m);
        }

        @Override
        public Class<?> valueType() {
            return Link.class;
        }
    };

    /** The {@code VETH_INFO_*} table. */
    public static final AttributeSetCodec<VethInfo> CODEC = AttributeSetCodec
            .builder(VethInfo.class, IflaVeth.SPACE)
            .attr("peer", IflaVeth.PEER, PEER)
            .unknown("unknown")
            .build(v -> new VethInfo(v.next(), v.next()));

    /**
     * The {@code veth} kind: decodes the peer a create request carries.
     * Found by {@link java.util.ServiceLoader}: listed in
     * {@code META-INF/services/dev.jnetlink.codec.link.LinkKind}.
     */
    public static final class VethKind extends TableLinkKind {
        /** For {@link java.util.ServiceLoader}. */
        public VethKind() {
            super("veth", CODEC);
        }
    }
}

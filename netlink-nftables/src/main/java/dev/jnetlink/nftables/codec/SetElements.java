package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.AttributeCursor;
import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.Nla;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.ValueCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * Elements of one set ({@code NFT_MSG_NEWSETELEM}): what {@code nft add element} sends and
 * a set's listing returns, a batch of them per message.
 *
 * @param header the message's {@code nfgenmsg}: its family is the table's
 * @param table {@code NFTA_SET_ELEM_LIST_TABLE}
 * @param set {@code NFTA_SET_ELEM_LIST_SET}
 * @param setId {@code NFTA_SET_ELEM_LIST_SET_ID}: the set's id in the same transaction
 * @param elements {@code NFTA_SET_ELEM_LIST_ELEMENTS}
 * @param unknown attributes not listed above
 */
public record SetElements(NfGenMsg header, String table, String set, Integer setId,
        List<SetElement> elements, List<RawAttribute> unknown) {
    /** The table, in the order {@code nft} (libnftnl) sends it. */
    public static final AttributeSetCodec<SetElements> CODEC = AttributeSetCodec
            .builder(SetElements.class, NftaSetElemList.SPACE)
            .leading("header")
            .string("table", NftaSetElemList.TABLE)
            .string("set", NftaSetElemList.SET)
            .u32("setId", NftaSetElemList.SET_ID)
            .attr("elements", NftaSetElemList.ELEMENTS | Nla.F_NESTED, new ElementList())
            .unknown("unknown")
            .build(v -> new SetElements(v.next(), v.next(), v.next(), v.next(), v.next(), v.next()));

    /**
     * The element list as libnftnl writes it: the n-th element's attribute has type n (the
     * kernel reads every nested attribute of the list as an element, whatever its type), so
     * a request the library builds is byte for byte nft's.
     */
    private static final class ElementList implements ValueCodec<List<SetElement>> {
        @Override
        public List<SetElement> decode(AttributeCursor cursor) {
            AttributeCursor c = cursor.enter();
            List<SetElement> out = new ArrayList<>();
            while (c.next()) {
                out.add(SetElement.CODEC.decode(c.enter(NftaSetElem.SPACE)));
            }
            return List.copyOf(out);
        }

        @Override
        public void encode(MessageWriter w, int type, List<SetElement> elements) {
            int m = w.beginNested(type);
            for (int i = 0; i < elements.size(); i++) {
                int e = w.beginNested((i + 1) | Nla.F_NESTED);
                SetElement.CODEC.encode(w, elements.get(i));
                w.endNested(e);
            }
            w.endNested(m);
        }

        @Override
        public Class<?> valueType() {
            return List.class;
        }
    }
}

package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.AttributeCursor;
import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.DecodeException;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageWriter;

/**
 * Decodes and encodes whole nf_tables messages: the {@link NfGenMsg} header, then the
 * attributes of the record's table. Errors name the message as nfnetlink does
 * ({@code in NFTA_RULE_EXPRESSIONS of NFT_MSG_NEWRULE at offset 40: ...}).
 */
public final class NfMessages {
    private NfMessages() {
    }

    /**
     * @param msg positioned on an nf_tables message
     * @param codec the table of the message's attributes, whose record takes the header first
     * @param <R> the record type
     * @return the record
     * @throws DecodeException if the message is malformed
     */
    public static <R extends Record> R decode(MessageCursor msg, AttributeSetCodec<R> codec) {
        AttributeCursor attributes = msg.attributes(Nfnetlink.FAMILY);
        NfGenMsg header = NfGenMsg.read(msg.buffer(), msg.payloadOffset());
        return codec.decode(attributes, header);
    }

    /**
     * Decodes any nf_tables object message by its type: a {@link Table}, {@link Chain},
     * {@link Rule}, {@link NftSet}, {@link SetElements} or {@link Generation}.
     *
     * @param msg positioned on a message of the nfnetlink family
     * @return the record, or null for a type the library does not model (objects,
     *     flowtables, traces) or that is not nf_tables'
     * @throws DecodeException if the message is malformed
     */
    public static Record decode(MessageCursor msg) {
        int type = msg.type();
        if ((type >> 8) != Nfnetlink.SUBSYS_NFTABLES) {
            return null;
        }
        return switch (type & 0xff) {
            case NftMsg.NEWTABLE, NftMsg.DELTABLE -> decode(msg, Table.CODEC);
            case NftMsg.NEWCHAIN, NftMsg.DELCHAIN -> decode(msg, Chain.CODEC);
            case NftMsg.NEWRULE, NftMsg.DELRULE -> decode(msg, Rule.CODEC);
            case NftMsg.NEWSET, NftMsg.DELSET -> decode(msg, NftSet.CODEC);
            case NftMsg.NEWSETELEM, NftMsg.DELSETELEM -> decode(msg, SetElements.CODEC);
            case NftMsg.NEWGEN -> decode(msg, Generation.CODEC);
            default -> null;
        };
    }

    /**
     * Writes the payload of a request: the header, then the record's attributes.
     *
     * @param w positioned after the netlink header
     * @param header the header
     * @param codec the table
     * @param value the record
     * @param <R> the record type
     */
    public static <R extends Record> void encode(MessageWriter w, NfGenMsg header,
            AttributeSetCodec<R> codec, R value) {
        header.write(w.buffer());
        codec.encode(w, value);
    }
}

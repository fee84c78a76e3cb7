package dev.jnetlink.nftables.fuzz;

import dev.jnetlink.fuzz.DecodeHarness;
import dev.jnetlink.fuzz.DecodeHarness.Family;
import dev.jnetlink.nftables.codec.Chain;
import dev.jnetlink.nftables.codec.Generation;
import dev.jnetlink.nftables.codec.NfMessages;
import dev.jnetlink.nftables.codec.Nfnetlink;
import dev.jnetlink.nftables.codec.NftMsg;
import dev.jnetlink.nftables.codec.NftSet;
import dev.jnetlink.nftables.codec.Rule;
import dev.jnetlink.nftables.codec.SetElements;
import dev.jnetlink.nftables.codec.Table;
import java.util.List;

/** The nf_tables message families, for core's {@link DecodeHarness}. */
final class NftFamilies {
    static final Family<Table> TABLE = Family.payload("nft table", m -> NfMessages.decode(m, Table.CODEC),
            (w, v) -> NfMessages.encode(w, v.header(), Table.CODEC, v),
            Nfnetlink.type(NftMsg.NEWTABLE), Nfnetlink.type(NftMsg.DELTABLE));
    static final Family<Chain> CHAIN = Family.payload("nft chain", m -> NfMessages.decode(m, Chain.CODEC),
            (w, v) -> NfMessages.encode(w, v.header(), Chain.CODEC, v),
            Nfnetlink.type(NftMsg.NEWCHAIN), Nfnetlink.type(NftMsg.DELCHAIN));
    static final Family<Rule> RULE = Family.payload("nft rule", m -> NfMessages.decode(m, Rule.CODEC),
            (w, v) -> NfMessages.encode(w, v.header(), Rule.CODEC, v),
            Nfnetlink.type(NftMsg.NEWRULE), Nfnetlink.type(NftMsg.DELRULE));
    static final Family<NftSet> SET = Family.payload("nft set", m -> NfMessages.decode(m, NftSet.CODEC),
            (w, v) -> NfMessages.encode(w, v.header(), NftSet.CODEC, v),
            Nfnetlink.type(NftMsg.NEWSET), Nfnetlink.type(NftMsg.DELSET));
    static final Family<SetElements> SET_ELEMENTS = Family.payload("nft set elements",
            m -> NfMessages.decode(m, SetElements.CODEC),
            (w, v) -> NfMessages.encode(w, v.header(), SetElements.CODEC, v),
            Nfnetlink.type(NftMsg.NEWSETELEM), Nfnetlink.type(NftMsg.DELSETELEM));
    static final Family<Generation> GENERATION = Family.payload("nft generation",
            m -> NfMessages.decode(m, Generation.CODEC),
            (w, v) -> NfMessages.encode(w, v.header(), Generation.CODEC, v), Nfnetlink.type(NftMsg.NEWGEN));

    /** What an nfnetlink datagram may hold. */
    static final List<Family<?>> ALL = List.of(TABLE, CHAIN, RULE, SET, SET_ELEMENTS, GENERATION,
            DecodeHarness.ERROR, DecodeHarness.DONE);

    private NftFamilies() {
    }
}

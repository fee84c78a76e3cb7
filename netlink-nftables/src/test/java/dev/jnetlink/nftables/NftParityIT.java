package dev.jnetlink.nftables;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.nftables.codec.Chain;
import dev.jnetlink.nftables.codec.Rule;
import dev.jnetlink.nftables.codec.Table;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The library and {@code nft} against each other: a ruleset built with the library is, field
 * by field, what {@code nft -f} makes of the same text ({@code nft -j list ruleset}); and a
 * ruleset {@code nft} wrote, with expressions the library models and some it does not, is
 * listed by the library without loss and, written back through the library into another
 * namespace, gives nft the same listing.
 */
@NetlinkTest
class NftParityIT {
    @Scratch
    private ScratchNamespaces namespaces;

    @Test
    void aRulesetBuiltWithTheLibraryIsWhatNftMakesOfTheSameText() {
        NftTool.require();
        NetNs ours = namespaces.named("nftlib");
        NetNs theirs = namespaces.named("nftref");
        try (Nft nft = Nft.openIn(ours)) {
            BuilderRuleset.into(nft.transaction()).commit();
        }
        NftTool.apply(theirs.name(), "rulesets/builder.nft");
        assertThat(NftTool.jsonRuleset(ours.name())).isEqualTo(NftTool.jsonRuleset(theirs.name()));
    }

    @Test
    void mapsBuiltWithTheLibraryAreWhatNftMakesOfTheSameText() {
        NftTool.require();
        NetNs ours = namespaces.named("nftlib");
        NetNs theirs = namespaces.named("nftref");
        try (Nft nft = Nft.openIn(ours)) {
            MapsRuleset.into(nft.transaction()).commit();
            NftTool.apply(theirs.name(), "rulesets/maps.nft");
            assertThat(NftTool.jsonRuleset(ours.name())).isEqualTo(NftTool.jsonRuleset(theirs.name()));
            assertThat(nft.ruleset().toString()).isEqualTo(NftTool.run(ours.name(), "list", "ruleset"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker-nat", "filter-unmodelled", "nat-sets-maps", "maps"})
    void aRulesetNftWroteIsListedWithoutLoss(String ruleset) {
        NftTool.require();
        NetNs theirs = namespaces.named("nftref");
        NftTool.apply(theirs.name(), "rulesets/" + ruleset + ".nft");
        try (Nft nft = Nft.openIn(theirs)) {
            Ruleset rs = nft.ruleset();
            assertThat(rs.rules()).isNotEmpty();
            for (Rule r : rs.rules()) {
                assertThat(reencoded(r)).as("rule %s/%s handle %d", r.table(), r.chain(), r.handle())
                        .isEqualTo(r);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker-nat", "filter-unmodelled"})
    void aRulesetNftWroteCopiedThroughTheLibraryListsTheSame(String ruleset) {
        NftTool.require();
        NetNs theirs = namespaces.named("nftref");
        NetNs copy = namespaces.named("nftcopy");
        NftTool.apply(theirs.name(), "rulesets/" + ruleset + ".nft");
        try (Nft from = Nft.openIn(theirs); Nft to = Nft.openIn(copy)) {
            Ruleset rs = from.ruleset();
            Transaction tx = to.transaction();
            for (Table t : rs.tables()) {
                tx.add(new TableSpec(TableFamily.of(t.family()), t.name()));
            }
            for (Chain c : rs.chains()) {
                tx.add(ChainSpec.of(c));
            }
            for (Rule r : rs.rules()) {
                tx.add(new RuleSpec(new TableSpec(TableFamily.of(r.header().family()), r.table()), r.chain(),
                        r.expressions(), RuleText.comment(r.userdata())));
            }
            tx.commit();
        }
        assertThat(NftTool.jsonRuleset(copy.name())).isEqualTo(NftTool.jsonRuleset(theirs.name()));
    }

    private static Rule reencoded(Rule r) {
        ByteBuf buf = Unpooled.buffer();
        try {
            var w = new dev.jnetlink.codec.MessageWriter(buf);
            int m = w.beginMessage(dev.jnetlink.nftables.codec.Nfnetlink.type(
                    dev.jnetlink.nftables.codec.NftMsg.NEWRULE), 0, 1);
            dev.jnetlink.nftables.codec.NfMessages.encode(w, r.header(), Rule.CODEC, r);
            w.endMessage(m);
            var c = new dev.jnetlink.codec.MessageCursor().reset(buf);
            c.next();
            return dev.jnetlink.nftables.codec.NfMessages.decode(c, Rule.CODEC);
        } finally {
            buf.release();
        }
    }
}

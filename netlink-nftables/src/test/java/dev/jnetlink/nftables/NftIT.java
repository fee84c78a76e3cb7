package dev.jnetlink.nftables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.nftables.codec.Rule;
import dev.jnetlink.nftables.codec.expr.RawExpression;
import dev.jnetlink.socket.KernelLacksFeatureException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Transactions, listings and the text view against the running kernel, in scratch namespaces. */
@NetlinkTest
class NftIT {
    @Scratch
    private ScratchNamespaces namespaces;

    @Test
    void aCommittedRulesetIsListedAndPrintsAsNftListsIt() {
        NetNs ns = namespaces.named("nft");
        try (Nft nft = Nft.openIn(ns)) {
            int before = nft.generation();
            Committed c = BuilderRuleset.into(nft.transaction()).commit();
            assertThat(c.generation()).isEqualTo(before + 1);
            assertThat(c.rules()).hasSize(23).allSatisfy(r -> assertThat(r.handle()).isPositive());
            // Handles number the objects of a table.
            assertThat(c.rules()).extracting(r -> r.table().name() + " " + r.handle()).doesNotHaveDuplicates();
            Ruleset rs = nft.ruleset();
            assertThat(rs.consistent()).isTrue();
            assertThat(rs.generation()).isEqualTo(c.generation());
            assertThat(rs.rules(BuilderRuleset.NAT, "docker")).extracting(Rule::handle)
                    .containsExactlyElementsOf(c.rules().stream().filter(r -> r.chain().equals("docker"))
                            .map(RuleHandle::handle).toList());
            assertThat(rs.toString()).isEqualTo(NftTool.run(ns.name(), "list", "ruleset"));
        }
    }

    @Test
    void aRefusedTransactionAppliesNothingAndNamesEveryRefusedObject() {
        NetNs ns = namespaces.named("nft");
        TableSpec t = TableSpec.ip("t");
        ChainSpec c = ChainSpec.regular(t, "c");
        try (Nft nft = Nft.openIn(ns)) {
            Transaction tx = nft.transaction().add(t).add(c)
                    .add(RuleSpec.in(t, "c").counter().build())
                    .add(RuleSpec.in(t, "nochain").counter().build())
                    .add(RuleSpec.in(t, "c").jump("nowhere").build());
            assertThatThrownBy(tx::commit).isInstanceOfSatisfying(TransactionFailedException.class, e -> {
                assertThat(e.failures()).extracting(TransactionFailedException.Failure::index).containsExactly(3, 4);
                assertThat(e.failures().get(0).cause()).hasMessage("NFT_MSG_NEWRULE t/nochain rule \"counter"
                        + " packets 0 bytes 0\": ENOENT (No such file or directory) [NFTA_RULE_CHAIN]");
                assertThat(e.failures().get(1).cause().getMessage()).startsWith(
                        "NFT_MSG_NEWRULE t/c rule \"jump nowhere\": ENOENT (No such file or directory)");
                assertThat(e).hasMessageContaining("nothing of the transaction was applied; 1 more refused");
            });
            assertThat(nft.listTables()).isEmpty();
        }
    }

    @Test
    void aTransactionMadeAgainstAStaleGenerationIsRefused() {
        NetNs ns = namespaces.named("nft");
        try (Nft nft = Nft.openIn(ns); Nft other = Nft.openIn(ns)) {
            int seen = nft.generation();
            other.transaction().add(TableSpec.ip("theirs")).commit();
            Transaction mine = nft.transaction().add(TableSpec.ip("mine")).expectGeneration(seen);
            assertThatThrownBy(mine::commit).isInstanceOfSatisfying(GenerationChangedException.class,
                    e -> assertThat(e.expected()).isEqualTo(seen));
            assertThat(nft.listTables()).extracting(dev.jnetlink.nftables.codec.Table::name).containsExactly("theirs");
            nft.transaction().add(TableSpec.ip("mine")).expectGeneration(nft.generation()).commit();
            assertThat(nft.listTables()).hasSize(2);
        }
    }

    @Test
    void handlesLearntFromTheKernelDeleteExactlyTheRulesAdded() {
        NetNs ns = namespaces.named("nft");
        TableSpec t = TableSpec.ip("t");
        ChainSpec c = ChainSpec.regular(t, "c");
        try (Nft nft = Nft.openIn(ns)) {
            Committed first = nft.transaction().add(t).add(c)
                    .add(RuleSpec.in(c).tcpDport(1).accept().build())
                    .add(RuleSpec.in(c).tcpDport(2).accept().build()).commit();
            Committed second = nft.transaction().add(RuleSpec.in(c).tcpDport(1).accept().build()).commit();
            nft.transaction().delete(first.rules().get(0)).commit();
            assertThat(nft.listRules(t, "c")).extracting(Rule::handle).containsExactly(
                    first.rules().get(1).handle(), second.rules().get(0).handle());
        }
    }

    @Test
    void tenThousandRulesInOneTransactionAreAllAcknowledged() {
        NetNs ns = namespaces.anonymous();
        TableSpec t = TableSpec.ip("nat");
        ChainSpec docker = ChainSpec.regular(t, "docker");
        try (Nft nft = Nft.openIn(ns)) {
            Transaction tx = nft.transaction().add(t).add(docker);
            for (int port = 10000; port < 20000; port++) {
                tx.add(RuleSpec.in(docker).iifnameNot("docker0").tcpDport(port)
                        .dnat("172.17.0.2", 80).build());
            }
            Committed c = tx.commit();
            assertThat(c.rules()).hasSize(10_000);
            assertThat(nft.listRules(t, "docker")).hasSize(10_000);
        }
    }

    @Test
    void anExpressionTheKernelLacksIsAMissingFeature() {
        NetNs ns = namespaces.anonymous();
        TableSpec t = TableSpec.inet("f");
        ChainSpec c = ChainSpec.regular(t, "c");
        // queue num 0 (nft_queue, which the 6.18 host lacks): NFTA_QUEUE_NUM 0, NFTA_QUEUE_TOTAL 1.
        RawExpression queue = new RawExpression("queue", Bytes.fromHex("0600010000000000" + "0600020000010000"),
                List.of());
        try (Nft nft = Nft.openIn(ns)) {
            Transaction tx = nft.transaction().add(t).add(c).add(new RuleSpec(t, "c", List.of(queue), null));
            try {
                tx.commit();
                assertThat(nft.listRules(t, "c").get(0).expressions()).extracting(e -> e.name())
                        .containsExactly("queue");
            } catch (KernelLacksFeatureException e) {
                assertThat(e.feature()).isEqualTo("nftables expression queue");
                assertThat(nft.listTables()).isEmpty();
                throw e;
            }
        }
    }
}

package dev.jnetlink.nftables.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.nftables.codec.expr.Cmp;
import dev.jnetlink.nftables.codec.expr.Counter;
import dev.jnetlink.nftables.codec.expr.Expression;
import dev.jnetlink.nftables.codec.expr.Immediate;
import dev.jnetlink.nftables.codec.expr.Meta;
import dev.jnetlink.nftables.codec.expr.Nat;
import dev.jnetlink.nftables.codec.expr.Payload;
import dev.jnetlink.nftables.codec.expr.RawExpression;
import dev.jnetlink.testing.GoldenBytes;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * nf_tables messages captured from {@code nft} itself ({@code tools/capture-golden}, strace of
 * {@code nft -f}): every message of nft's batch decodes and encodes back to nft's bytes, and
 * every message of the kernel's listing decodes, and re-decodes equal after encoding.
 */
class NftCodecGoldenTest {
    @ParameterizedTest
    @ValueSource(strings = {"docker-nat", "nat-sets-maps", "filter-unmodelled", "maps", "builder"})
    void everyRequestOfNftsBatchEncodesBackToNftsBytes(String ruleset) {
        List<NftGolden.Message> batch = NftGolden.messages(
                GoldenBytes.load("golden/nft/" + ruleset + "-batch.hex"), "sendmsg");
        assertThat(batch).hasSizeGreaterThan(3);
        assertThat(batch.get(0).type()).isEqualTo(Nfnetlink.BATCH_BEGIN);
        assertThat(batch.get(batch.size() - 1).type()).isEqualTo(Nfnetlink.BATCH_END);
        for (NftGolden.Message m : batch.subList(1, batch.size() - 1)) {
            assertThat(m.decoded()).as("message seq %d", m.seq()).isNotNull();
            assertThat(NftGolden.reencode(m, m.decoded()))
                    .as("%s, seq %d", Nfnetlink.FAMILY.typeName(m.type()), m.seq())
                    .isEqualTo(m.bytes());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker-nat", "nat-sets-maps", "filter-unmodelled"})
    void theKernelsListingDecodesAndSurvivesARoundTrip(String ruleset) {
        List<NftGolden.Message> listing = NftGolden.messages(
                GoldenBytes.load("golden/nft/" + ruleset + "-list.hex"), "recvmsg");
        long decoded = listing.stream().filter(m -> m.decoded() != null).count();
        assertThat(decoded).isGreaterThan(3);
        for (NftGolden.Message m : listing) {
            if (m.decoded() != null) {
                assertThat(NftGolden.roundTrip(m, m.decoded())).isEqualTo(m.decoded());
            }
        }
    }

    @Test
    void aDnatRuleDecodesIntoTheExpressionsNftDebugShows() {
        // iifname != "docker0" tcp dport 8080 counter dnat to 172.17.0.2:80
        Rule rule = NftGolden.messages(GoldenBytes.load("golden/nft/docker-nat-list.hex"), "recvmsg")
                .stream().map(NftGolden.Message::decoded).filter(Rule.class::isInstance)
                .map(Rule.class::cast).filter(r -> r.chain().equals("docker")).findFirst().orElseThrow();
        assertThat(rule.table()).isEqualTo("nat");
        assertThat(rule.header().family()).isEqualTo(2);
        assertThat(rule.handle()).isEqualTo(4L);
        List<Expression> e = rule.expressions();
        assertThat(e).extracting(Expression::name).containsExactly("meta", "cmp", "meta", "cmp",
                "payload", "cmp", "counter", "immediate", "immediate", "nat");
        assertThat(((Meta) e.get(0)).key()).isEqualTo(Meta.Values.IIFNAME);
        Cmp ifname = (Cmp) e.get(1);
        assertThat(ifname.op()).isEqualTo(Cmp.Values.NEQ);
        assertThat(ifname.data().value()).isEqualTo(Bytes.fromHex("646f636b657230000000000000000000"));
        Payload dport = (Payload) e.get(4);
        assertThat(List.of(dport.base(), dport.offset(), dport.len()))
                .containsExactly(Payload.Values.BASE_TRANSPORT, 2, 2);
        assertThat(((Cmp) e.get(5)).data().value()).isEqualTo(Bytes.fromHex("1f90"));
        assertThat(((Counter) e.get(6)).packets()).isZero();
        assertThat(((Immediate) e.get(7)).data().value()).isEqualTo(Bytes.fromHex("ac110002"));
        Nat nat = (Nat) e.get(9);
        assertThat(List.of(nat.type(), nat.family(), nat.regAddrMin(), nat.regProtoMin(), nat.flags()))
                .containsExactly(Nat.Values.DNAT, 2, 1, 2,
                        Nat.Values.RANGE_MAP_IPS | Nat.Values.RANGE_PROTO_SPECIFIED); // the kernel adds MAP_IPS
    }

    @Test
    void anExpressionTheLibraryDoesNotModelIsKeptAsItCame() {
        Rule rule = NftGolden.messages(GoldenBytes.load("golden/nft/filter-unmodelled-batch.hex"), "sendmsg")
                .stream().map(NftGolden.Message::decoded).filter(Rule.class::isInstance)
                .map(Rule.class::cast)
                .filter(r -> r.expressions().stream().anyMatch(x -> x.name().equals("reject")))
                .findFirst().orElseThrow();
        RawExpression reject = (RawExpression) rule.expressions().get(rule.expressions().size() - 1);
        assertThat(reject.name()).isEqualTo("reject");
        // NFTA_REJECT_TYPE 2 (icmpx), NFTA_REJECT_ICMP_CODE 1 (port unreachable), as sent.
        assertThat(reject.data()).isEqualTo(Bytes.fromHex("08000100000000020500020001000000"));
    }
}

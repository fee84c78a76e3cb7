package dev.jnetlink.rtnl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.neigh.Neighbour;
import dev.jnetlink.codec.neigh.NeighbourCodec;
import dev.jnetlink.codec.neigh.NeighbourState;
import dev.jnetlink.codec.rule.Rule;
import dev.jnetlink.codec.rule.RuleAction;
import dev.jnetlink.codec.rule.RuleCodec;
import dev.jnetlink.testing.Encoded;
import dev.jnetlink.testing.GoldenBytes;
import dev.jnetlink.testing.GoldenMessages;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Neighbour and rule requests byte for byte as {@code ip neigh add/replace/del} and
 * {@code ip rule add/del} send them, and the kernel's dumps decoded and encoded back to the same
 * bytes. Captured in a namespace where veth1 is index 2 and veth0 index 3.
 */
class NeighbourRuleGoldenTest {
    private static byte[] first(String file, int type) {
        return GoldenMessages.of(GoldenBytes.load("golden/" + file), type).get(0);
    }

    private static void assertEncodesAs(String file, int type, Consumer<dev.jnetlink.codec.MessageWriter> body) {
        byte[] captured = first(file, type);
        assertThat(Encoded.message(type, Encoded.flagsOf(captured), Encoded.seqOf(captured), body))
                .as(file).isEqualTo(captured);
    }

    @Test
    void neighbourAddPermanent() {
        NeighbourSpec s = NeighbourSpec.of("10.1.0.2", "veth0").lladdr("02:00:00:00:00:02").build();
        assertEncodesAs("neigh/add.hex", Rtm.NEWNEIGH, w -> s.write(w, 3, false));
    }

    @Test
    void neighbourAddProxy() {
        NeighbourSpec s = NeighbourSpec.of("10.1.0.77", "veth0").proxy().build();
        assertEncodesAs("neigh/add-proxy.hex", Rtm.NEWNEIGH, w -> s.write(w, 3, false));
    }

    @Test
    void neighbourReplaceIpv6ReachableRouter() {
        NeighbourSpec s = NeighbourSpec.of("2001:db8::2", "veth0").lladdr("02:00:00:00:00:02")
                .state(NeighbourState.REACHABLE).router().build();
        assertEncodesAs("neigh/add-ipv6.hex", Rtm.NEWNEIGH, w -> s.write(w, 3, false));
    }

    @Test
    void neighbourDelete() {
        NeighbourSpec s = NeighbourSpec.of("10.1.0.5", "veth0").build();
        assertEncodesAs("neigh/del.hex", Rtm.DELNEIGH, w -> s.write(w, 3, true));
    }

    @Test
    void neighbourDumpRoundTrips() {
        List<byte[]> messages = GoldenMessages.of(GoldenBytes.load("golden/neigh/dump.hex"), Rtm.NEWNEIGH);
        assertThat(messages).isNotEmpty();
        for (byte[] m : messages) {
            Neighbour n = GoldenMessages.decode(m, NeighbourCodec::decode);
            assertThat(n.unknown()).as("every attribute modelled: %s", n).isEmpty();
            assertThat(GoldenMessages.encode(m, n, NeighbourCodec::encode)).as("%s", n).isEqualTo(m);
        }
    }

    @Test
    void ruleAddWithEverySelector() {
        // ip rule add from 10.1.0.0/24 to 10.9.0.0/16 priority 1000 fwmark 0x10/0xff iif veth0 table 100
        RuleSpec s = RuleSpec.from("10.1.0.0/24").to("10.9.0.0/16").priority(1000).fwmark(0x10, 0xff)
                .iif("veth0").table(100).build();
        assertEncodesAs("rule/add.hex", Rtm.NEWRULE, w -> s.write(w, false));
    }

    @Test
    void ruleAddNotWithTablePast255() {
        // ip rule add not from 10.8.0.0/16 priority 1001 oif veth1 table 1000
        RuleSpec s = RuleSpec.from("10.8.0.0/16").not().priority(1001).oif("veth1").table(1000).build();
        assertEncodesAs("rule/add-table.hex", Rtm.NEWRULE, w -> s.write(w, false));
    }

    @Test
    void ruleDeleteByPriority() {
        RuleSpec s = RuleSpec.all().priority(1001).build();
        assertEncodesAs("rule/del.hex", Rtm.DELRULE, w -> s.write(w, true));
    }

    private static List<Rule> rules(String file) {
        return GoldenMessages.of(GoldenBytes.load("golden/rule/" + file), Rtm.NEWRULE).stream().map(m -> {
            Rule r = GoldenMessages.decode(m, RuleCodec::decode);
            assertThat(r.unknown()).as("every attribute modelled: %s", r).isEmpty();
            assertThat(GoldenMessages.encode(m, r, RuleCodec::encode)).as("%s", r).isEqualTo(m);
            return r;
        }).toList();
    }

    @Test
    void ruleDumpsRoundTrip() {
        assertThat(rules("dump.hex")).extracting(Rule::preference).containsExactly(0, 1000, 1001, 32766, 32767);
        List<Rule> v6 = rules("dump-ipv6.hex");
        assertThat(v6).extracting(Rule::preference).containsExactly(0, 500, 32766);
        assertThat(v6.get(1).action()).isEqualTo(RuleAction.TO_TABLE);
        assertThat(v6.get(1).from().toString()).isEqualTo("2001:db8::/32");
        assertThat(v6.get(1).tableId()).isEqualTo(200);
    }
}

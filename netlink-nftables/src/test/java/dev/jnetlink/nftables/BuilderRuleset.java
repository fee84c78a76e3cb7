package dev.jnetlink.nftables;

import java.util.concurrent.TimeUnit;

/**
 * {@code rulesets/builder.nft} built with the library: the transaction nft makes of that file,
 * object by object in nft's order. Used by the golden test (same bytes as nft's batch) and the
 * parity tests (same {@code nft -j list ruleset}).
 */
final class BuilderRuleset {
    static final TableSpec NAT = TableSpec.ip("nat");
    static final TableSpec FILTER = TableSpec.inet("filter");

    private BuilderRuleset() {
    }

    static Transaction into(Transaction tx) {
        ChainSpec pre = ChainSpec.base(NAT, "prerouting").type(ChainType.NAT).hook(Hook.PREROUTING)
                .priority(-100).build();
        ChainSpec out = ChainSpec.base(NAT, "output").type(ChainType.NAT).hook(Hook.OUTPUT)
                .priority(-100).build();
        ChainSpec post = ChainSpec.base(NAT, "postrouting").type(ChainType.NAT).hook(Hook.POSTROUTING)
                .priority(100).build();
        ChainSpec docker = ChainSpec.regular(NAT, "docker");
        tx.add(NAT).add(pre).add(out).add(post).add(docker)
                .add(SetSpec.of(NAT, "pubports", SetKeyType.INET_SERVICE).interval()
                        .elements("80", "443", "8000-8080").build())
                .add(RuleSpec.in(pre).fibDaddrTypeLocal().counter().jump("docker").build())
                .add(RuleSpec.in(out).ipDaddrNot("127.0.0.0/8").fibDaddrTypeLocal().jump("docker").build())
                .add(RuleSpec.in(post).ipSaddr("172.17.0.0/16").oifnameNot("docker0").masquerade().build())
                .add(RuleSpec.in(post).ipSaddr("172.17.0.2").ipDaddr("172.17.0.2").tcpDport(80).masquerade().build())
                .add(RuleSpec.in(post).tcpDportRange(1000, 2000).masquerade(1024, 65535).build())
                .add(RuleSpec.in(post).ipSaddr("10.1.0.0/20").snat("192.168.1.1").build())
                .add(RuleSpec.in(post).ipSaddr("10.2.0.0/24").tcpSport(1234).snat("192.168.1.1", 2000).build())
                .add(RuleSpec.in(docker).iifname("docker0").returnFromChain().build())
                .add(RuleSpec.in(docker).iifnameNot("docker0").tcpDport(8080).counter().dnat("172.17.0.2", 80).build())
                .add(RuleSpec.in(docker).iifnameNot("docker0").udpDport(5353).dnat("172.17.0.3", 53).build())
                .add(RuleSpec.in(docker).tcpDportIn("pubports").redirect(8080).build())
                .add(RuleSpec.in(docker).udpDport(53).dnat("172.17.0.4").build());
        ChainSpec input = ChainSpec.base(FILTER, "input").type(ChainType.FILTER).hook(Hook.INPUT)
                .policy(Policy.DROP).build();
        ChainSpec other = ChainSpec.regular(FILTER, "other");
        ChainSpec forward = ChainSpec.base(FILTER, "forward").type(ChainType.FILTER).hook(Hook.FORWARD).build();
        return tx.add(FILTER).add(input).add(other).add(forward)
                .add(RuleSpec.in(input).ctState(CtState.ESTABLISHED, CtState.RELATED).accept().build())
                .add(RuleSpec.in(input).ctState(CtState.INVALID).drop().build())
                .add(RuleSpec.in(input).tcpDport(22).limit(10, TimeUnit.SECONDS).log("in: ").accept()
                        .comment("ssh").build())
                .add(RuleSpec.in(input).l4proto(1).accept().build())
                .add(RuleSpec.in(input).ipSaddrRange("10.0.0.0", "10.0.0.100").drop().build())
                .add(RuleSpec.in(input).ip6Saddr("2001:db8::/32").tcpSport(443).goTo("other").build())
                .add(RuleSpec.in(input).udpSport(67).counter().build())
                .add(RuleSpec.in(input).tcpDportIn(22, 80).accept().build())
                .add(RuleSpec.in(input).udpDportIn(53, 67).accept().build())
                .add(RuleSpec.in(other).ipDaddr("10.0.0.1").drop().build())
                .add(RuleSpec.in(forward).oifname("eth0").iifname("docker0").accept().build());
    }
}

package dev.jnetlink.nftables;

/**
 * {@code rulesets/maps.nft} built with the library, object by object in nft's order: a dnat map
 * and a verdict map, and the rules that look them up.
 */
final class MapsRuleset {
    static final TableSpec NAT = TableSpec.ip("nat");

    private MapsRuleset() {
    }

    static Transaction into(Transaction tx) {
        ChainSpec web = ChainSpec.regular(NAT, "web");
        ChainSpec pre = ChainSpec.base(NAT, "prerouting").type(ChainType.NAT).hook(Hook.PREROUTING)
                .priority(-100).build();
        return tx.add(NAT).add(web).add(pre)
                .add(MapSpec.of(NAT, "portmap", SetKeyType.INET_SERVICE, MapValueType.IPV4_ADDR_AND_SERVICE)
                        .element("8080", "172.17.0.2 . 80").element("8081", "172.17.0.3 . 80").build())
                .add(MapSpec.of(NAT, "ports", SetKeyType.INET_SERVICE, MapValueType.VERDICT)
                        .element("22", "accept").element("23", "drop").element("80", "jump web").build())
                .add(RuleSpec.in(web).counter().build())
                .add(RuleSpec.in(pre).tcpDportVmap("ports").build())
                .add(RuleSpec.in(pre).dnatToTcpDportMap("portmap").build());
    }
}

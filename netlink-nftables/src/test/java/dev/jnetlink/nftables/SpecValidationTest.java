package dev.jnetlink.nftables;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Bad input is refused with a precise message before any request is made. */
class SpecValidationTest {
    private static final TableSpec NAT = TableSpec.ip("nat");
    private static final ChainSpec PRE = ChainSpec.base(NAT, "prerouting").type(ChainType.NAT)
            .hook(Hook.PREROUTING).priority(-100).build();
    private static final ChainSpec POST = ChainSpec.base(NAT, "postrouting").type(ChainType.NAT)
            .hook(Hook.POSTROUTING).priority(100).build();

    @Test
    void portsAreOneTo65535() {
        assertThatThrownBy(() -> RuleSpec.in(NAT, "docker").tcpDport(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule in nat/docker: tcp dport 0 is not a port (1 to 65535)");
        assertThatThrownBy(() -> RuleSpec.in(NAT, "docker").tcpDport(80).dnat("172.17.0.2", 65536))
                .hasMessage("rule in nat/docker: dnat port 65536 is not a port (1 to 65535)");
        assertThatThrownBy(() -> RuleSpec.in(NAT, "docker").tcpDportRange(2000, 1000))
                .hasMessage("rule in nat/docker: tcp dport 2000-1000 is an empty range");
    }

    @Test
    void addressesMustBeOfTheTablesFamily() {
        assertThatThrownBy(() -> RuleSpec.in(NAT, "docker").tcpDport(80).dnat("2001:db8::1", 80))
                .hasMessage("rule in nat/docker: dnat to 2001:db8::1 is an IPv6 address, and ip nat is an ip table");
        assertThatThrownBy(() -> RuleSpec.in(TableSpec.ip6("t"), "c").ipSaddr("10.0.0.1"))
                .hasMessage("rule in t/c: ip saddr 10.0.0.1 is an IPv4 match, and ip6 t is an ip6 table");
        assertThatThrownBy(() -> RuleSpec.in(NAT, "c").ipSaddr("2001:db8::/32"))
                .hasMessage("rule in nat/c: ip saddr takes an IPv4 address, got 2001:db8::/32");
    }

    @Test
    void natChainsHookWhereNatWorks() {
        assertThatThrownBy(() -> ChainSpec.base(NAT, "fwd").type(ChainType.NAT).hook(Hook.FORWARD).build())
                .hasMessage("chain nat/fwd: a nat chain cannot hook forward (a nat chain hooks prerouting,"
                        + " input, output, postrouting)");
        assertThatThrownBy(() -> RuleSpec.in(POST).tcpDport(80).dnat("172.17.0.2", 80))
                .hasMessage("rule in nat/postrouting: dnat runs in nat chains hooked at prerouting or output;"
                        + " nat/postrouting is a nat chain at postrouting");
        assertThatThrownBy(() -> RuleSpec.in(PRE).masquerade())
                .hasMessage("rule in nat/prerouting: masquerade runs in nat chains hooked at postrouting;"
                        + " nat/prerouting is a nat chain at prerouting");
        assertThatThrownBy(() -> ChainSpec.base(TableSpec.inet("f"), "i").type(ChainType.FILTER)
                .hook(Hook.INGRESS).build())
                .hasMessage("chain f/i: hook ingress is not a hook of inet tables");
    }

    @Test
    void aPortMappingNeedsATransportMatch() {
        assertThatThrownBy(() -> RuleSpec.in(PRE).dnat("172.17.0.2", 80))
                .hasMessage("rule in nat/prerouting: dnat to 172.17.0.2:80 maps a port, which needs a tcp"
                        + " or udp match before it");
    }

    @Test
    void setsThatMustHoldSomethingDo() {
        assertThatThrownBy(() -> RuleSpec.in(NAT, "docker").tcpDportIn(new int[0]))
                .hasMessage("rule in nat/docker: tcp dport { } is an empty set, which matches nothing;"
                        + " give at least one port");
        assertThatThrownBy(() -> RuleSpec.in(NAT, "docker").ctState())
                .hasMessage("rule in nat/docker: ct state needs at least one state");
        assertThatThrownBy(() -> SetSpec.of(NAT, "s", SetKeyType.INET_SERVICE).elements("80-90").build())
                .hasMessage("set nat/s: element 80-90 is a range, and the set has no flags interval");
        assertThatThrownBy(() -> SetSpec.of(NAT, "s", SetKeyType.INET_SERVICE).elements("0").build())
                .hasMessage("inet_service 0 is out of range (1 to 65535)");
        assertThatThrownBy(() -> RuleSpec.in(NAT, "docker").build())
                .hasMessage("rule in nat/docker: a rule needs at least one statement");
    }

    @Test
    void namesAreChecked() {
        assertThatThrownBy(() -> TableSpec.ip("")).hasMessage("a table name must not be empty");
        assertThatThrownBy(() -> RuleSpec.in(NAT, "docker").iifname("a-name-of-16-byte"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("15");
        assertThatThrownBy(() -> ChainSpec.regular(NAT, "a\nb")).hasMessage("chain name \"a\\nb\" holds a line break");
    }
}

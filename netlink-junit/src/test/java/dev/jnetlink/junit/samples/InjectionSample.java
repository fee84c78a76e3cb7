package dev.jnetlink.junit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.link.Link;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fields and parameters get fresh namespaces and clients, shared by label. */
@NetlinkTest
public class InjectionSample {
    @Scratch("shared")
    static NetNs classWide;
    @Scratch
    NetNs ns;
    @Scratch
    Rtnl rtnl;
    @Scratch
    ScratchNamespaces scratch;

    @BeforeAll
    static void before(@Scratch("shared") Rtnl shared) {
        shared.links().add(Veth.pair("s0", "s1"));
    }

    @BeforeEach
    void setUp(@Scratch Rtnl same) {
        assertThat(same).isSameAs(rtnl);
    }

    @Test
    void aFieldClientIsInTheFieldNamespace() {
        rtnl.links().add(Veth.pair("v0", "v1"));
        try (Rtnl other = Rtnl.openIn(ns)) {
            assertThat(other.links().list()).extracting(Link::name).containsExactlyInAnyOrder("lo", "v0", "v1");
        }
        assertThat(ns.name()).isNull();
    }

    @Test
    void labelsShareANamespaceAndNamedOnesAreListed(@Scratch("a") NetNs a, @Scratch("a") Rtnl inA,
            @Scratch(value = "b", named = true) NetNs b, @Scratch("b") Rtnl inB,
            @Scratch(value = "c", loopbackUp = true) Rtnl inC, @Scratch("shared") Rtnl shared) {
        try (Rtnl check = Rtnl.openIn(a)) {
            inA.links().add(Veth.pair("a0", "a1"));
            assertThat(check.links().exists("a0")).isTrue();
        }
        assertThat(a.sameAs(ns)).isFalse();
        assertThat(b.name()).matches("jnl-b-[0-9a-z]{6}");
        assertThat(NetNs.list()).contains(b.name());
        assertThat(inB.links().list()).extracting(Link::name).containsExactly("lo");
        assertThat(inC.links().get("lo").isUp()).isTrue();
        assertThat(rtnl.links().get("lo").isUp()).isFalse();
        assertThat(shared.links().exists("s0")).as("the class's namespace, made in @BeforeAll").isTrue();
        NetNs more = scratch.named("more");
        Leftovers.saw("named " + b.name());
        Leftovers.saw("named " + more.name());
    }
}

package dev.jnetlink.rtnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.addr.Address;
import dev.jnetlink.codec.addr.AddressCacheInfo;
import dev.jnetlink.codec.addr.AddressFamily;
import dev.jnetlink.codec.addr.AddressFlags;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.addr.Scope;
import dev.jnetlink.codec.route.Route;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.view.IpAddrShow;
import dev.jnetlink.rtnl.view.IpRouteShow;
import dev.jnetlink.socket.AlreadyExistsException;
import dev.jnetlink.socket.NetlinkException;
import dev.jnetlink.socket.NotFoundException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code ip addr add/del/replace/show/flush} and IPv6 DAD waits, in scratch namespaces. */
@NetlinkTest
class AddressesIT {
    @Scratch
    private ScratchNamespaces scratch;
    @Scratch
    private Rtnl rtnl;

    @BeforeEach
    void setUp() {
        rtnl.links().add(Veth.pair("veth0", "veth1"));
        rtnl.links().setUp("veth0");
        rtnl.links().setUp("veth1");
    }

    private Address only(String dev, String ip) {
        List<Address> found = rtnl.addresses().list(dev).stream()
                .filter(a -> IpAddresses.format(a.ip()).equals(ip)).toList();
        assertThat(found).as("addresses %s on %s", ip, dev).hasSize(1);
        return found.get(0);
    }

    @Test
    void theDesignCallAddsAnIpv4AddressWithItsBroadcast() {
        rtnl.addresses().add("veth0", "10.1.0.101/24");
        Address a = only("veth0", "10.1.0.101");
        assertThat(a.prefix().toString()).isEqualTo("10.1.0.101/24");
        assertThat(a.family()).isEqualTo(AddressFamily.INET);
        assertThat(IpAddresses.format(a.broadcast())).isEqualTo("10.1.0.255");
        assertThat(a.label()).isEqualTo("veth0");
        assertThat(a.scope()).isEqualTo(Scope.UNIVERSE);
        assertThat(a.index()).isEqualTo(rtnl.links().indexOf("veth0"));
        assertThat(a.hasFlag(AddressFlags.PERMANENT)).isTrue();
        assertThat(a.validLifetime()).isEqualTo(AddressCacheInfo.FOREVER);
        assertThat(IpAddrShow.of(rtnl).dev("veth0").text())
                .contains("\n    inet 10.1.0.101/24 brd 10.1.0.255 scope global veth0\n");
        // the kernel made the prefix route
        assertThat(IpRouteShow.of(rtnl).text()).contains("10.1.0.0/24 dev veth0 proto kernel scope link src 10.1.0.101 \n");
    }

    @Test
    void listsPerLinkPerFamilyAndWholeNamespace() {
        rtnl.addresses().add("veth0", "10.1.0.1/24");
        rtnl.addresses().add(AddressSpec.of("veth1", "2001:db8::1/64").noDad());
        rtnl.addresses().add("veth1", "10.2.0.1/24");
        assertThat(rtnl.addresses().list("veth0", AddressFamily.INET)).extracting(a -> a.prefix().toString())
                .containsExactly("10.1.0.1/24");
        assertThat(rtnl.addresses().list("veth1", AddressFamily.INET6)).extracting(a -> a.prefix().toString())
                .contains("2001:db8::1/64").allMatch(p -> p.contains(":"));
        assertThat(rtnl.addresses().list(AddressFamily.INET)).extracting(a -> a.prefix().toString())
                .containsExactlyInAnyOrder("10.1.0.1/24", "10.2.0.1/24");
        assertThat(rtnl.addresses().list()).extracting(a -> a.prefix().toString())
                .contains("10.1.0.1/24", "10.2.0.1/24", "2001:db8::1/64");
        assertThat(rtnl.addresses().list("veth0")).allMatch(a -> a.index() == rtnl.links().indexOf("veth0"));
    }

    @Test
    void labelScopePeerMetricNoPrefixRouteAndLifetimes() {
        rtnl.addresses().add(AddressSpec.of("veth0", "10.1.0.2/24").label("veth0:web").scope(Scope.LINK));
        rtnl.addresses().add(AddressSpec.of("veth1", "10.9.0.1").peer("10.9.0.2/32"));
        rtnl.addresses().add(AddressSpec.of("veth1", "10.3.0.1/24").metric(77));
        rtnl.addresses().add(AddressSpec.of("veth1", "10.4.0.1/24").noPrefixRoute()
                .validLifetime(1000).preferredLifetime(500));
        Address labelled = only("veth0", "10.1.0.2");
        assertThat(labelled.label()).isEqualTo("veth0:web");
        assertThat(labelled.scope()).isEqualTo(Scope.LINK);
        Address peer = only("veth1", "10.9.0.1");
        assertThat(IpAddresses.format(peer.peer())).isEqualTo("10.9.0.2");
        assertThat(peer.prefixLength()).isEqualTo(32);
        assertThat(peer.broadcast()).isNull();
        assertThat(only("veth1", "10.3.0.1").rtPriority()).isEqualTo(77);
        Address timed = only("veth1", "10.4.0.1");
        assertThat(timed.hasFlag(AddressFlags.NOPREFIXROUTE)).isTrue();
        assertThat(timed.hasFlag(AddressFlags.PERMANENT)).isFalse();
        assertThat(timed.validLifetime()).isBetween(990L, 1000L);
        assertThat(timed.preferredLifetime()).isBetween(490L, 500L);
        List<String> routes = IpRouteShow.of(rtnl).text().lines().toList();
        assertThat(routes).anyMatch(r -> r.startsWith("10.3.0.0/24 ") && r.contains(" metric 77"));
        assertThat(routes).noneMatch(r -> r.startsWith("10.4.0.0/24"));
        assertThat(routes).anyMatch(r -> r.startsWith("10.9.0.2 "));
    }

    @Test
    void replaceUpdatesDeleteRemovesAndFlushEmptiesALink() {
        rtnl.addresses().add(AddressSpec.of("veth0", "10.1.0.1/24").validLifetime(100).build());
        rtnl.addresses().replace(AddressSpec.of("veth0", "10.1.0.1/24").validLifetime(5000).build());
        assertThat(only("veth0", "10.1.0.1").validLifetime()).isGreaterThan(4000);

        rtnl.addresses().delete("veth0", "10.1.0.1/24");
        assertThat(rtnl.addresses().list("veth0", AddressFamily.INET)).isEmpty();

        rtnl.addresses().add("veth0", "10.1.0.1/24");
        rtnl.addresses().add("veth0", "10.1.0.2/24");   // a secondary: goes with its primary
        rtnl.addresses().add("veth0", "10.5.0.1/16");
        rtnl.addresses().add(AddressSpec.of("veth0", "2001:db8::5/64").noDad());
        rtnl.addresses().add("veth1", "10.6.0.1/24");
        int removed = rtnl.addresses().flush("veth0");
        assertThat(removed).isGreaterThanOrEqualTo(4);
        assertThat(rtnl.addresses().list("veth0")).isEmpty();
        assertThat(rtnl.addresses().list("veth1", AddressFamily.INET)).hasSize(1);
    }

    @Test
    void badInputFailsBeforeAnyRequestAndKernelRefusalsNameTheAddress() {
        assertThatThrownBy(() -> rtnl.addresses().add("veth0", "10.1.0.1/33"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prefix length 33 is out of range").hasMessageContaining("0 to 32");
        assertThatThrownBy(() -> rtnl.addresses().add("veth0", "2001:db8::1/129"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 to 128");
        assertThatThrownBy(() -> rtnl.addresses().add("veth0", "10.1.0.300/24"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("255");
        assertThatThrownBy(() -> AddressSpec.of("veth0", "10.1.0.1/24").noDad().build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("IPv6");
        assertThatThrownBy(() -> AddressSpec.of("veth0", "10.1.0.1/24").label("eth0:1").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be \"veth0\"");
        assertThatThrownBy(() -> rtnl.addresses().add("nosuch0", "10.1.0.1/24"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("nosuch0")
                .hasMessageContaining("ENODEV");
        rtnl.addresses().add("veth0", "10.1.0.1/24");
        assertThatThrownBy(() -> rtnl.addresses().add("veth0", "10.1.0.1/24"))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessageStartingWith("RTM_NEWADDR 10.1.0.1/24 dev veth0: EEXIST (File exists)");
        assertThatThrownBy(() -> rtnl.addresses().delete("veth0", "10.7.0.1/24"))
                .isInstanceOf(NetlinkException.class)
                .hasMessageStartingWith("RTM_DELADDR 10.7.0.1/24 dev veth0: EADDRNOTAVAIL");
    }

    @Test
    void waitForDadReturnsOnceTheAddressIsUsable() {
        long start = System.nanoTime();
        rtnl.addresses().add(AddressSpec.of("veth0", "2001:db8::10/64").waitForDad(Duration.ofSeconds(10)));
        Address a = only("veth0", "2001:db8::10");
        assertThat(a.isTentative()).isFalse();
        assertThat(a.isDadFailed()).isFalse();
        System.out.printf("[AddressesIT] DAD of 2001:db8::10 took %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(rtnl.addresses().settle("veth0", Duration.ofSeconds(10)))
                .noneMatch(Address::isTentative);
    }

    @Test
    void dadFailureIsAClearError() {
        // Two namespaces on one link, the same IPv6 address on both ends.
        NetNs other = scratch.anonymous();
        try (Rtnl there = Rtnl.openIn(other)) {
            rtnl.links().add(Veth.pair("dad0", "dad1").peerNetns(other));
            rtnl.links().setUp("dad0");
            there.links().setUp("dad1");
            rtnl.addresses().add(AddressSpec.of("dad0", "2001:db8:dad::1/64").waitForDad(Duration.ofSeconds(10)));
            there.addresses().add(AddressSpec.of("dad1", "2001:db8:dad::1/64").noPrefixRoute());
            assertThatThrownBy(() -> there.addresses().settle("dad1", Duration.ofSeconds(10)))
                    .isInstanceOfSatisfying(DadException.class, e -> {
                        assertThat(e.dadFailed()).isTrue();
                        assertThat(e.dev()).isEqualTo("dad1");
                        assertThat(e.address().isDadFailed()).isTrue();
                    })
                    .hasMessage("2001:db8:dad::1/64 on dad1: duplicate address detection failed (dadfailed): "
                            + "another node on the link uses this address");
        }
    }

    @Test
    void dadOnADownLinkTimesOut() {
        rtnl.links().setDown("veth1");
        assertThatThrownBy(() -> rtnl.addresses().add(AddressSpec.of("veth1", "2001:db8::20/64")
                .waitForDad(Duration.ofMillis(300))))
                .isInstanceOfSatisfying(DadException.class, e -> assertThat(e.dadFailed()).isFalse())
                .hasMessageContaining("2001:db8::20/64 on veth1: still tentative after 300 ms");
    }
}

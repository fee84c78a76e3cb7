package dev.jnetlink.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jnetlink.bridge.codec.FdbEntry;
import dev.jnetlink.bridge.view.BridgeFdbShow;
import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.view.LinkNames;
import dev.jnetlink.socket.AlreadyExistsException;
import dev.jnetlink.socket.NotFoundException;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * FDB entries against the real peer: added, appended, replaced and deleted by this library,
 * listed per bridge and per port, compared field by field with {@code bridge -j fdb show} and
 * as text with {@code bridge fdb show}; a VXLAN device's remote destinations; the refusals.
 * Ports do not learn and the namespace has no IPv6 (no late multicast joins), so two dumps
 * one after the other see the same entries.
 */
@NetlinkTest
class FdbIT {
    private Scratch s;

    @BeforeEach
    void setUp() throws IOException {
        s = new Scratch("fdb");
        s.bridges.create("br0");
        s.veth("v0", "v1");
        s.veth("v2", "v3");
        PortOptions noLearning = PortOptions.builder().learning(false).build();
        s.bridges.addPort("br0", "v0", noLearning);
        s.bridges.addPort("br0", "v2", noLearning);
        s.withoutIpv6();
        // Dynamic entries go only to a port that learns or forwards.
        s.up("br0", "v0", "v1", "v2", "v3");
        s.awaitPortState("v0", PortState.FORWARDING);
        s.awaitPortState("v2", PortState.FORWARDING);
    }

    @AfterEach
    void tearDown() {
        s.close();
    }

    private static MacAddress mac(String text) {
        return MacAddress.parse(text);
    }

    private FdbEntry find(List<FdbEntry> entries, String mac) {
        return entries.stream().filter(e -> e.lladdr().equals(mac(mac))).findFirst().orElse(null);
    }

    private void assertParity(List<FdbEntry> ours, JsonNode theirs) {
        assertThat(ours).hasSize(theirs.size());
        IntFunction<String> names = LinkNames.of(s.rtnl)::name;
        for (int i = 0; i < ours.size(); i++) {
            Parity.fdb(ours.get(i), theirs.get(i), names);
        }
    }

    @Test
    void addsEntriesOfEachKindAndListsThemAsBridgeFdbShows() {
        Fdb fdb = s.bridges.fdb();
        fdb.add(FdbSpec.builder("02:00:00:00:00:aa", "v0").master().state(FdbState.STATIC).build());
        fdb.add(FdbSpec.builder("02:00:00:00:00:bb", "v0").master().state(FdbState.DYNAMIC).build());
        fdb.add(FdbSpec.builder("02:00:00:00:00:cc", "v2").master().state(FdbState.STATIC)
                .sticky().build());
        fdb.add(FdbSpec.builder("02:00:00:00:00:dd", "br0").self().state(FdbState.PERMANENT)
                .build());
        fdb.add(FdbSpec.builder("02:00:00:00:00:ee", "v2").self().state(FdbState.PERMANENT).build());

        List<FdbEntry> all = fdb.listByBridge("br0");
        FdbEntry aa = find(all, "02:00:00:00:00:aa");
        assertThat(aa.index()).isEqualTo(s.rtnl.links().indexOf("v0"));
        assertThat(aa.master()).isEqualTo(s.rtnl.links().indexOf("br0"));
        assertThat(aa.stateName()).isEqualTo("static");
        assertThat(find(all, "02:00:00:00:00:bb").stateName()).isIn("", "stale");
        assertThat(find(all, "02:00:00:00:00:cc").flagNames()).containsExactly("sticky");
        assertThat(find(all, "02:00:00:00:00:dd").stateName()).isEqualTo("permanent");
        FdbEntry ee = find(all, "02:00:00:00:00:ee");
        assertThat(ee.isSelf()).isTrue();
        assertThat(ee.master()).isNull();

        assertParity(all, s.bridgeJson("fdb", "show", "br", "br0"));
        assertThat(BridgeFdbShow.of(s.rtnl).bridge("br0").text()).isEqualTo(s.bridge("fdb", "show", "br", "br0"));

        List<FdbEntry> v0 = fdb.listByPort("v0");
        assertThat(v0).allSatisfy(e -> assertThat(e.index()).isEqualTo(aa.index()));
        assertThat(v0).extracting(FdbEntry::lladdr).contains(mac("02:00:00:00:00:aa"),
                mac("02:00:00:00:00:bb")).doesNotContain(mac("02:00:00:00:00:cc"));
        assertParity(v0, s.bridgeJson("fdb", "show", "dev", "v0"));
        assertParity(fdb.list(), s.bridgeJson("fdb", "show"));
    }

    @Test
    void replacesMovesAndDeletes() {
        Fdb fdb = s.bridges.fdb();
        FdbSpec onV0 = FdbSpec.builder("02:00:00:00:00:aa", "v0").master().build();
        fdb.add(onV0);
        assertThatThrownBy(() -> fdb.add(onV0))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessageStartingWith("RTM_NEWNEIGH 02:00:00:00:00:aa dev v0: EEXIST");

        fdb.replace(FdbSpec.builder("02:00:00:00:00:aa", "v2").master().build());
        FdbEntry moved = find(fdb.listByBridge("br0"), "02:00:00:00:00:aa");
        assertThat(moved.index()).isEqualTo(s.rtnl.links().indexOf("v2"));

        fdb.delete(FdbSpec.builder("02:00:00:00:00:aa", "v2").master().build());
        assertThat(find(fdb.listByBridge("br0"), "02:00:00:00:00:aa")).isNull();
        assertThat(s.bridge("fdb", "show", "br", "br0")).doesNotContain("02:00:00:00:00:aa");
        assertThatThrownBy(() -> fdb.delete(FdbSpec.builder("02:00:00:00:00:aa", "v2").master().build()))
                .isInstanceOf(NotFoundException.class)
                .hasMessageStartingWith("RTM_DELNEIGH 02:00:00:00:00:aa dev v2: ENOENT");

        // An entry added by bridge is read and deleted by us.
        s.bridge("fdb", "add", "02:00:00:00:00:99", "dev", "v0", "master", "static");
        assertThat(find(fdb.listByPort("v0"), "02:00:00:00:00:99")).isNotNull();
        fdb.delete(FdbSpec.builder("02:00:00:00:00:99", "v0").master().build());
        assertThat(find(fdb.listByPort("v0"), "02:00:00:00:00:99")).isNull();
    }

    @Test
    void vxlanRemoteDestinations() throws Exception {
        s.ip("link", "add", "vx0", "type", "vxlan", "id", "42", "dstport", "4789", "local",
                "10.0.0.1", "nolearning");
        Fdb fdb = s.bridges.fdb();
        MacAddress zero = mac("00:00:00:00:00:00");
        fdb.append(FdbSpec.builder(zero, "vx0").self().state(FdbState.PERMANENT)
                .dst(InetAddress.getByName("10.0.0.2")).build());
        fdb.append(FdbSpec.builder(zero, "vx0").self().state(FdbState.PERMANENT)
                .dst(InetAddress.getByName("10.0.0.3")).port(4790).vni(43).via("v1").build());
        fdb.add(FdbSpec.builder("02:00:00:00:00:bb", "vx0").self()
                .dst(InetAddress.getByName("10.0.0.4")).build());

        List<FdbEntry> entries = fdb.listByPort("vx0");
        assertThat(entries).extracting(e -> e.dst().getHostAddress())
                .containsExactlyInAnyOrder("10.0.0.2", "10.0.0.3", "10.0.0.4");
        FdbEntry full = entries.stream().filter(e -> e.port() != null).findFirst().orElseThrow();
        assertThat(full.vni()).isEqualTo(43);
        assertThat(full.ifindex()).isEqualTo(s.rtnl.links().indexOf("v1"));
        assertParity(entries, s.bridgeJson("fdb", "show", "dev", "vx0"));

        fdb.replace(FdbSpec.builder("02:00:00:00:00:bb", "vx0").self()
                .dst(InetAddress.getByName("10.0.0.5")).build());
        fdb.delete(FdbSpec.builder(zero, "vx0").self().dst(InetAddress.getByName("10.0.0.2")).build());
        assertThat(fdb.listByPort("vx0")).extracting(e -> e.dst().getHostAddress())
                .containsExactlyInAnyOrder("10.0.0.3", "10.0.0.5");
        assertParity(fdb.listByPort("vx0"), s.bridgeJson("fdb", "show", "dev", "vx0"));
    }

    @Test
    void refusesBadEntriesBeforeAnyRequest() {
        assertThatThrownBy(() -> FdbSpec.builder("02:00:00:00:zz:aa", "v0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a MAC address: \"02:00:00:00:zz:aa\"");
        assertThatThrownBy(() -> FdbSpec.builder("02:00:00:00:aa", "v0").master().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("FDB MAC 02:00:00:00:aa is 5 bytes; an Ethernet address has 6");
        assertThatThrownBy(() -> FdbSpec.builder("00:00:00:00:00:00", "v0").master().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a bridge FDB entry cannot be for 00:00:00:00:00:00");
        assertThatThrownBy(() -> FdbSpec.builder("02:00:00:00:00:aa", "v0").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("say where the FDB entry for 02:00:00:00:00:aa goes");
        assertThatThrownBy(() -> FdbSpec.builder("02:00:00:00:00:aa", "v0").master().vlan(4095).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("VLAN id 4095 is out of range");
        assertThatThrownBy(() -> s.bridges.fdb().add(
                FdbSpec.builder("02:00:00:00:00:aa", "br0").master().build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot change the FDB entry 02:00:00:00:00:aa of br0: br0 is a bridge,"
                        + " it has no master; its own entries take self() (bridge fdb add ... dev"
                        + " br0 self)");
        assertThat(s.bridges.fdb().listByBridge("br0"))
                .noneMatch(e -> e.lladdr().equals(mac("02:00:00:00:00:aa")));
    }

    @Test
    void refusesADeviceInAnotherNamespace() {
        try (NetNs other = s.namespaces.anonymous()) {
            s.rtnl.links().add(Veth.pair("v4", "w4").peerNetns(other));
            assertThatThrownBy(() -> s.bridges.fdb().add(
                    FdbSpec.builder("02:00:00:00:00:aa", "w4").master().build()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("cannot change the FDB entry 02:00:00:00:00:aa of w4:"
                            + " there is no link w4 in this namespace");
        }
    }
}

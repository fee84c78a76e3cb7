package dev.jnetlink.rtnl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.addr.Address;
import dev.jnetlink.codec.addr.AddressCacheInfo;
import dev.jnetlink.codec.addr.AddressCodec;
import dev.jnetlink.codec.addr.AddressFlags;
import dev.jnetlink.codec.addr.Scope;
import dev.jnetlink.testing.Encoded;
import dev.jnetlink.testing.GoldenBytes;
import dev.jnetlink.testing.GoldenMessages;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Address requests byte for byte as {@code ip addr add/del} sends them, and the kernel's
 * {@code RTM_NEWADDR} dump decoded and encoded back to the same bytes. Captured in a namespace
 * where veth1 is index 2 and veth0 index 3 (see each file's header).
 */
class AddressGoldenTest {
    private static byte[] request(String file, int type) {
        return GoldenMessages.of(GoldenBytes.load("golden/addr/" + file), type).get(0);
    }

    private static void assertEncodesAs(String file, int type, AddressSpec spec, int index) {
        byte[] captured = request(file, type);
        byte[] ours = Encoded.message(type, Encoded.flagsOf(captured), Encoded.seqOf(captured),
                w -> spec.write(w, index, type == Rtm.DELADDR));
        assertThat(ours).as(file).isEqualTo(captured);
    }

    @Test
    void addIpv4WithBroadcastAsIpAddrAddBrdPlus() {
        // ip addr add 10.1.0.101/24 brd + dev veth0: the call rtnl.addresses().add("veth0", "10.1.0.101/24") makes
        assertEncodesAs("add-ipv4.hex", Rtm.NEWADDR, AddressSpec.of("veth0", "10.1.0.101/24").build(), 3);
    }

    @Test
    void addWithLabel() {
        assertEncodesAs("add-label.hex", Rtm.NEWADDR,
                AddressSpec.of("veth0", "10.1.0.102/24").label("veth0:web").build(), 3);
    }

    @Test
    void addPointToPoint() {
        assertEncodesAs("add-peer.hex", Rtm.NEWADDR,
                AddressSpec.of("veth1", "10.9.0.1").peer("10.9.0.2/32").build(), 2);
    }

    @Test
    void addIpv6WithFlagsPastEightBitsAndLifetimes() {
        assertEncodesAs("add-ipv6.hex", Rtm.NEWADDR, AddressSpec.of("veth0", "2001:db8::1/64")
                .noDad().noPrefixRoute().validLifetime(1000).preferredLifetime(500).build(), 3);
    }

    @Test
    void delete() {
        assertEncodesAs("del.hex", Rtm.DELADDR, AddressSpec.of("veth0", "10.1.0.102/24").build(), 3);
    }

    @Test
    void decodesTheRequestIpSends() {
        Address a = GoldenMessages.decode(request("add-ipv6.hex", Rtm.NEWADDR), AddressCodec::decode);
        assertThat(a.prefix().toString()).isEqualTo("2001:db8::1/64");
        assertThat(a.allFlags()).isEqualTo(AddressFlags.NODAD | AddressFlags.NOPREFIXROUTE);
        assertThat(a.cacheInfo().valid()).isEqualTo(1000);
        assertThat(a.cacheInfo().preferred()).isEqualTo(500);
        assertThat(a.index()).isEqualTo(3);
    }

    @Test
    void kernelDumpDecodesAndEncodesBackToTheSameBytes() {
        List<byte[]> messages = GoldenMessages.of(GoldenBytes.load("golden/addr/dump.hex"), Rtm.NEWADDR);
        assertThat(messages).hasSizeGreaterThanOrEqualTo(7);
        for (byte[] m : messages) {
            Address a = GoldenMessages.decode(m, AddressCodec::decode);
            assertThat(a.unknown()).as("every attribute modelled: %s", a).isEmpty();
            assertThat(GoldenMessages.encode(m, a, AddressCodec::encode)).as("%s", a).isEqualTo(m);
            assertThat(GoldenMessages.decode(GoldenMessages.encode(m, a, AddressCodec::encode),
                    AddressCodec::decode)).isEqualTo(a);
        }
    }

    @Test
    void kernelDumpValues() {
        List<Address> all = GoldenMessages.of(GoldenBytes.load("golden/addr/dump.hex"), Rtm.NEWADDR)
                .stream().map(m -> GoldenMessages.decode(m, AddressCodec::decode)).toList();
        Address peer = all.stream().filter(a -> a.peer() != null).findFirst().orElseThrow();
        assertThat(peer.ip().getHostAddress()).isEqualTo("10.9.0.1");
        assertThat(peer.peer().getHostAddress()).isEqualTo("10.9.0.2");
        Address v6 = all.stream().filter(a -> a.prefix().toString().equals("2001:db8::1/64")).findFirst()
                .orElseThrow();
        assertThat(v6.scope()).isEqualTo(Scope.UNIVERSE);
        assertThat(v6.hasFlag(AddressFlags.PERMANENT)).isFalse();
        assertThat(v6.validLifetime()).isBetween(1L, 1000L).isNotEqualTo(AddressCacheInfo.FOREVER);
    }
}

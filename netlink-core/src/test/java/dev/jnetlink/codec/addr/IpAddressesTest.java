package dev.jnetlink.codec.addr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import org.junit.jupiter.api.Test;

/** Literal parsing (never a name lookup), inet_ntop printing, and prefix arithmetic. */
class IpAddressesTest {
    private static String roundTrip(String s) {
        return IpAddresses.format(IpAddresses.parse(s));
    }

    @Test
    void printsAsInetNtop() {
        assertThat(roundTrip("10.1.0.101")).isEqualTo("10.1.0.101");
        assertThat(roundTrip("2001:0db8:0:0:0:0:0:1")).isEqualTo("2001:db8::1");
        assertThat(roundTrip("2001:db8:0:1:0:0:0:1")).isEqualTo("2001:db8:0:1::1");
        assertThat(roundTrip("2001:db8:0:0:1:0:0:1")).isEqualTo("2001:db8::1:0:0:1");
        assertThat(roundTrip("fe80:0:0:0:ff:fe00:a0:0")).isEqualTo("fe80::ff:fe00:a0:0");
        assertThat(roundTrip("::")).isEqualTo("::");
        assertThat(roundTrip("::1")).isEqualTo("::1");
        assertThat(roundTrip("ff00::")).isEqualTo("ff00::");
        assertThat(roundTrip("1:0:2:0:3:0:4:0")).isEqualTo("1:0:2:0:3:0:4:0");
        assertThat(roundTrip("::ffff:10.0.0.1")).isEqualTo("::ffff:10.0.0.1");
        assertThat(IpAddresses.parse("::ffff:10.0.0.1")).isInstanceOf(Inet6Address.class);
        assertThat(IpAddresses.parse("::ffff:10.0.0.1").getAddress()).hasSize(16);
    }

    @Test
    void refusesWhatIsNotALiteralWithoutLookingItUp() {
        for (String bad : new String[] {"localhost", "zz::1", "g:1", "1.2.3", "1.2.3.4.", "1..2.3",
            "256.1.1.1", "fe80::1%eth0", "[::1]", "2001:db8::zz", ""}) {
            assertThatThrownBy(() -> IpAddresses.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void prefixes() {
        assertThat(Prefix.parse("10.2.3.4/16").network().toString()).isEqualTo("10.2.0.0/16");
        assertThat(Prefix.parse("10.2.3.4/16").hasHostBits()).isTrue();
        assertThat(Prefix.parse("10.1.0.101/24").broadcast().getHostAddress()).isEqualTo("10.1.0.255");
        assertThat(Prefix.parse("10.1.0.101/24").contains(IpAddresses.parse("10.1.0.7"))).isTrue();
        assertThat(Prefix.parse("2001:db8::1/64").network().toString()).isEqualTo("2001:db8::/64");
        assertThat(Prefix.parse("10.0.0.1").toString()).isEqualTo("10.0.0.1/32");
        assertThat(Prefix.any(AddressFamily.INET6).toString()).isEqualTo("::/0");
        assertThatThrownBy(() -> Prefix.parse("10.0.0.0/33")).hasMessageContaining("0 to 32");
        assertThatThrownBy(() -> Prefix.parse("10.0.0.0/-1")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> Prefix.parse("10.0.0.0/x")).hasMessageContaining("not a number");
    }
}

package dev.jnetlink.nftables.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.addr.IpAddresses;
import org.junit.jupiter.api.Test;

/** {@code docker run -p}'s argument, parsed and refused as docker would. */
class PortSpecTest {
    @Test
    void everyFormTheWalkthroughLists() {
        assertThat(PortSpec.parse("80")).isEqualTo(new PortSpec(null, null, 80, Protocol.TCP));
        assertThat(PortSpec.parse("8080:80")).isEqualTo(new PortSpec(null, 8080, 80, Protocol.TCP));
        assertThat(PortSpec.parse("10.0.0.1::80")).isEqualTo(
                new PortSpec(IpAddresses.parse("10.0.0.1"), null, 80, Protocol.TCP));
        assertThat(PortSpec.parse("10.0.0.1:8080:80/udp")).isEqualTo(
                new PortSpec(IpAddresses.parse("10.0.0.1"), 8080, 80, Protocol.UDP));
        assertThat(PortSpec.parse("10.0.0.1:8080:80/udp")).hasToString("10.0.0.1:8080:80/udp");
        assertThat(PortSpec.parse("10.0.0.1::80")).hasToString("10.0.0.1::80/tcp");
    }

    @Test
    void badInputSaysWhatIsWrong() {
        assertThatThrownBy(() -> PortSpec.parse("0")).hasMessage(
                "\"0\" is not [ip:][hostPort:]containerPort[/tcp|udp]: container port 0 is not a port (1 to 65535)");
        assertThatThrownBy(() -> PortSpec.parse("70000:80")).hasMessageEndingWith(
                "host port 70000 is not a port (1 to 65535)");
        assertThatThrownBy(() -> PortSpec.parse("80/sctp")).hasMessage("\"80/sctp\": protocol \"sctp\" is not tcp or udp");
        assertThatThrownBy(() -> PortSpec.parse("::1:80:80")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PortSpec.parse("a:80")).hasMessageEndingWith("\"a\" is not a port");
    }
}

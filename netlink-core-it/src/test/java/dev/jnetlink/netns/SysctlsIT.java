package dev.jnetlink.netns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.ReferenceTools;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.socket.NotFoundException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A namespace's network sysctls, read and written in-process through a namespace handle and
 * through a client, against {@code ip netns exec NS sysctl}: forwarding, and the per-interface
 * keys a CNI plugin sets ({@code accept_dad}, {@code arp_notify}, {@code accept_ra}), with an
 * interface name that has a dot; the caller's own namespace untouched.
 */
@NetlinkTest
class SysctlsIT {
    @Scratch(value = "sysctl", named = true)
    private NetNs ns;
    @Scratch("sysctl")
    private Rtnl rtnl;

    @BeforeEach
    void setUp() {
        rtnl.links().add(Veth.pair("veth1.1", "veth1.2"));
    }

    private String sysctl(String key) {
        return ReferenceTools.run("ip", "netns", "exec", ns.name(), "sysctl", "-n", key).strip();
    }

    @Test
    void readsAndWritesForwardingInTheNamespaceOnly() throws Exception {
        String callers = Files.readString(Path.of("/proc/sys/net/ipv4/ip_forward")).strip();
        assertThat(ns.sysctls().get("net.ipv4.ip_forward")).isEqualTo("0");
        ns.sysctls().set("net.ipv4.ip_forward", "1");
        assertThat(sysctl("net.ipv4.ip_forward")).isEqualTo("1");
        assertThat(rtnl.sysctls().get("net.ipv4.ip_forward")).as("through the client's socket").isEqualTo("1");
        rtnl.sysctls().set("net/ipv4/ip_forward", "0");
        assertThat(sysctl("net.ipv4.ip_forward")).isEqualTo("0");
        assertThat(Files.readString(Path.of("/proc/sys/net/ipv4/ip_forward")).strip())
                .as("the caller's namespace").isEqualTo(callers);
    }

    @Test
    void perInterfaceKeysAsACniPluginSetsThem() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(Sysctls.ipv6Conf("veth1.1", "accept_dad"), "0");
        values.put(Sysctls.ipv4Conf("veth1.1", "arp_notify"), "1");
        values.put(Sysctls.ipv6Conf("veth1.1", "accept_ra"), "2");
        rtnl.sysctls().setAll(values);
        assertThat(sysctl("net/ipv6/conf/veth1.1/accept_dad")).isEqualTo("0");
        assertThat(sysctl("net/ipv4/conf/veth1.1/arp_notify")).isEqualTo("1");
        assertThat(sysctl("net/ipv6/conf/veth1.1/accept_ra")).isEqualTo("2");
        assertThat(ns.sysctls().get(Sysctls.ipv4Conf("veth1.1", "arp_notify"))).isEqualTo("1");
        assertThat(sysctl("net/ipv4/conf/veth1.2/arp_notify")).isEqualTo("0");
    }

    @Test
    void refusalsNameTheKeyAndTheNamespace() {
        assertThatThrownBy(() -> ns.sysctls().get(Sysctls.ipv4Conf("nosuch0", "arp_notify")))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("sysctl net/ipv4/conf/nosuch0/arp_notify in " + ns.name()
                        + ": ENOENT (No such file or directory): no such sysctl");
        assertThatThrownBy(() -> ns.sysctls().set("net.ipv4.ip_forward", "banana"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("sysctl -w net.ipv4.ip_forward=banana")
                .hasMessageContaining(ns.name());
        assertThatThrownBy(() -> ns.sysctls().get("kernel.hostname"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a network sysctl key: \"kernel.hostname\"");
        assertThatThrownBy(() -> ns.sysctls().get("net/../kernel/hostname"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("relative part");
        assertThatThrownBy(() -> ns.sysctls().set("net.ipv4.ip_forward", "1\n0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one line");
    }
}

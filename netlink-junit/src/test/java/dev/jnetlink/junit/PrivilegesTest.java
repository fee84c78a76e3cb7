package dev.jnetlink.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one line that says which capability is missing. */
class PrivilegesTest {
    private static final long NET_ADMIN = 1L << Privileges.CAP_NET_ADMIN;
    private static final long SYS_ADMIN = 1L << Privileges.CAP_SYS_ADMIN;

    @Test
    void namesEachMissingCapability() {
        assertThat(Privileges.reasonFor(NET_ADMIN | SYS_ADMIN | 1, "root")).isNull();
        assertThat(Privileges.reasonFor(0x1ffffffffffL, "root")).isNull();
        assertThat(Privileges.reasonFor(0, "bob")).isEqualTo("tests in network namespaces need CAP_SYS_ADMIN (to"
                + " create and enter network namespaces) and CAP_NET_ADMIN (to change links, addresses and"
                + " routes), which user bob lacks here: run them as root (in a container: --privileged)");
        assertThat(Privileges.reasonFor(SYS_ADMIN, "root")).startsWith("tests in network namespaces need"
                + " CAP_NET_ADMIN (to change links, addresses and routes), which user root lacks");
        assertThat(Privileges.reasonFor(NET_ADMIN, "root")).startsWith("tests in network namespaces need"
                + " CAP_SYS_ADMIN (to create and enter network namespaces), which user root lacks");
    }
}

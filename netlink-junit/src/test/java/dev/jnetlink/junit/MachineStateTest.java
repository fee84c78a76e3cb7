package dev.jnetlink.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which descriptors count as a test's, and which are the JVM's own churn. */
class MachineStateTest {
    @Test
    void tracksTheKindsNetworkCodeOpens() {
        assertThat(MachineState.kindOf("socket:[123456]")).isEqualTo("a socket");
        assertThat(MachineState.kindOf("net:[4026532281]")).isEqualTo("a network namespace handle");
        assertThat(MachineState.kindOf("mnt:[4026531841]")).isEqualTo("a namespace handle");
        assertThat(MachineState.kindOf("anon_inode:[eventfd]")).isEqualTo("an eventfd");
        assertThat(MachineState.kindOf("anon_inode:inotify")).isEqualTo("an inotify");
        assertThat(MachineState.kindOf("/dev/net/tun")).isEqualTo("a device");
    }

    @Test
    void leavesOutTheJvmsOwnChurn() {
        assertThat(MachineState.kindOf("/usr/lib/jvm/java-17/lib/modules")).isNull();
        assertThat(MachineState.kindOf("/root/.m2/repository/io/netty/netty-buffer.jar")).isNull();
        assertThat(MachineState.kindOf("/dev/urandom")).isNull();
        assertThat(MachineState.kindOf("pipe:[99]")).isNull();
        assertThat(MachineState.kindOf("anon_inode:[eventpoll]")).isNull();
    }
}

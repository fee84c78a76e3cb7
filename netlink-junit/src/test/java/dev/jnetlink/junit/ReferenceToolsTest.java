package dev.jnetlink.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** Looking tools up, naming their packages, and skipping or failing when one is missing. */
class ReferenceToolsTest {
    @TempDir
    Path dir;

    @AfterEach
    void clearProperties() {
        System.clearProperty(StrictMode.STRICT);
        System.clearProperty(StrictMode.REQUIRE_TOOLS);
    }

    @Test
    void findsOnlyExecutableRegularFilesOnThePath() throws Exception {
        Path tool = Files.createFile(dir.resolve("brctl"));
        assertThat(ReferenceTools.find("brctl", dir.toString())).isEmpty(); // not executable
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(ReferenceTools.find("brctl", "/nonexistent:" + dir)).contains(tool);
        Files.createDirectory(dir.resolve("nft"));
        assertThat(ReferenceTools.find("nft", dir.toString())).isEmpty(); // a directory
        assertThat(ReferenceTools.find(tool.toString(), "")).contains(tool);
    }

    @Test
    void namesTheDebianPackageOfAMissingTool() {
        assertThat(ReferenceTools.missing(List.of("brctl"))).isEqualTo("brctl is not installed (apt-get install bridge-utils)");
        assertThat(ReferenceTools.missing(List.of("/usr/sbin/ip")))
                .isEqualTo("/usr/sbin/ip is not installed (apt-get install iproute2)");
        assertThat(ReferenceTools.missing(List.of("jnl-nothing")))
                .isEqualTo("jnl-nothing is not installed (no Debian package known for it)");
        assertThat(ReferenceTools.missing(List.of("ip", "brctl", "bridge")))
                .isEqualTo("ip, brctl, bridge are not installed (apt-get install iproute2 bridge-utils)");
        assertThat(ReferenceTools.missing(List.of("ip", "jnl-x")))
                .isEqualTo("ip, jnl-x are not installed (apt-get install iproute2; no Debian package known for jnl-x)");
        assertThat(ReferenceTools.packageOf("nft")).contains("nftables");
        assertThat(ReferenceTools.packageOf("route")).contains("net-tools");
    }

    @Test
    void checksTheProgramsThatIpNetnsExecAndNsenterRunToo() {
        assertThat(ReferenceTools.programsIn(List.of("ip", "netns", "exec", "ns1", "brctl", "show")))
                .containsExactly("ip", "brctl");
        assertThat(ReferenceTools.programsIn(List.of("ip", "-n", "ns1", "link", "show"))).containsExactly("ip");
        assertThat(ReferenceTools.programsIn(List.of("ip", "netns", "exec", "a", "ip", "netns", "exec", "b", "tc")))
                .containsExactly("ip", "ip", "tc");
        assertThat(ReferenceTools.programsIn(List.of("nsenter", "--net=/proc/1/ns/net", "sleep", "1")))
                .containsExactly("nsenter", "sleep");
        assertThat(ReferenceTools.programsIn(List.of("/usr/bin/strace", "-f", "java"))).containsExactly("/usr/bin/strace");
    }

    @Test
    void aMissingToolSkipsOutsideStrictModeAndFailsWhenRequired() {
        assertThatThrownBy(() -> Announcements.silently(() -> ReferenceTools.run("jnl-no-such-tool", "-V")))
                .isInstanceOf(TestAbortedException.class)
                .hasMessage("jnl-no-such-tool is not installed (no Debian package known for it)");

        System.setProperty(StrictMode.REQUIRE_TOOLS, "brctl, jnl-no-such-tool");
        assertThatThrownBy(() -> ReferenceTools.require("jnl-no-such-tool"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("jnl-no-such-tool is not installed (no Debian package known for it),"
                        + " which this run requires");
        assertThatThrownBy(() -> Announcements.silently(() -> ReferenceTools.require("jnl-other-tool")))
                .isInstanceOf(TestAbortedException.class);

        System.setProperty(StrictMode.REQUIRE_TOOLS, "*");
        assertThatThrownBy(() -> ReferenceTools.require("jnl-other-tool")).isInstanceOf(AssertionError.class);

        System.clearProperty(StrictMode.REQUIRE_TOOLS);
        System.setProperty(StrictMode.STRICT, "true");
        assertThatThrownBy(() -> ReferenceTools.require("jnl-other-tool")).isInstanceOf(AssertionError.class);
    }

    @Test
    void runsACommandAndSaysHowItFailed() {
        assertThat(ReferenceTools.run("sh", "-c", "echo out; echo err >&2")).isEqualTo("out\n");
        assertThatThrownBy(() -> ReferenceTools.run("sh", "-c", "echo broken >&2; exit 3"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("sh -c echo broken >&2; exit 3 exited 3: broken");
    }
}

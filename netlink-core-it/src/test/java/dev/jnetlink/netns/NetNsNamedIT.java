package dev.jnetlink.netns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.ReferenceTools;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.socket.AlreadyExistsException;
import dev.jnetlink.socket.Errno;
import dev.jnetlink.socket.NetlinkException;
import dev.jnetlink.socket.NotFoundException;
import dev.jnetlink.internal.Syscalls;
import dev.jnetlink.testing.Ip;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Named namespaces against {@code ip netns} itself: each side sees and opens the other's,
 * the files and mounts are the same, and bad names, duplicates, missing names and a failure
 * half-way through creation are handled as documented.
 */
@NetlinkTest
class NetNsNamedIT {
    @Scratch
    private ScratchNamespaces scratch;

    // ------------------------------------------------------------------ interop with ip netns

    @Test
    void oursIsWhatIpNetnsAddWouldHaveMade() throws IOException {
        NetNs ns = scratch.named("ours");
        String name = ns.name();
        Path file = Path.of(NetNs.RUN_DIR, name);

        assertThat(ipNetnsList()).contains(name);
        assertThat(inodeSeenByIpNetnsExec(name)).isEqualTo(ns.id().inode());
        assertThat(Ip.json(name, "link", "show")).extracting(l -> l.get("ifname").asText())
                .containsExactly("lo");
        // ip netns add: a file with the namespace bind-mounted on it once, in a /run/netns
        // that is a shared mount point; what stat shows through the mount is the same as for
        // a namespace ip made.
        String theirs = ScratchNamespaces.uniqueName("cmp");
        scratch.deleteOnClose(theirs);
        ReferenceTools.run("ip", "netns", "add", theirs);
        Path theirFile = Path.of(NetNs.RUN_DIR, theirs);
        assertThat(Files.getPosixFilePermissions(file))
                .isEqualTo(Files.getPosixFilePermissions(theirFile));
        assertThat(Files.getOwner(file)).isEqualTo(Files.getOwner(theirFile));
        assertThat(mountsAt(file.toString())).hasSize(1);
        assertThat(mountsAt(file.toString()).get(0).split(" - ")[1])
                .isEqualTo(mountsAt(theirFile.toString()).get(0).split(" - ")[1]);
        assertThat(mountsAt(NetNs.RUN_DIR)).isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains(" shared:"));
    }

    @Test
    void createWithATaskOpensItsClientInsideOnTheSameThreadAndUndoesAFailedTask() {
        String name = ScratchNamespaces.uniqueName("with");
        scratch.deleteOnClose(name);
        NetNs.Created<Rtnl> made = NetNs.create(name,
                () -> Rtnl.over(dev.jnetlink.socket.NetlinkSocket.open(dev.jnetlink.socket.NetlinkSocket.NETLINK_ROUTE)));
        try (NetNs ns = made.namespace(); Rtnl inside = made.made()) {
            assertThat(ns.name()).isEqualTo(name);
            assertThat(ns.id().inode()).isEqualTo(inodeSeenByIpNetnsExec(name));
            inside.links().setAlias("lo", "made-inside");
            assertThat(ReferenceTools.run("ip", "-n", name, "-d", "link", "show", "lo")).contains("alias made-inside");
        }
        NetNs.delete(name);

        String failing = ScratchNamespaces.uniqueName("withfail");
        scratch.deleteOnClose(failing);
        assertThatThrownBy(() -> NetNs.create(failing, () -> {
            throw new java.io.IOException("refused inside");
        })).isInstanceOf(java.io.IOException.class).hasMessage("refused inside");
        assertThat(NetNs.exists(failing)).as("removed again").isFalse();
        assertThat(Path.of("/run/netns", failing)).doesNotExist();
        assertThat(ipNetnsList()).doesNotContain(failing);
        assertThatThrownBy(() -> Rtnl.over(dev.jnetlink.socket.NetlinkSocket.open(16)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not protocol 16");
    }

    @Test
    void oneMadeByIpNetnsAddOpensAndDeletesHere() {
        String name = ScratchNamespaces.uniqueName("theirs");
        scratch.deleteOnClose(name);
        ReferenceTools.run("ip", "netns", "add", name);

        assertThat(NetNs.exists(name)).isTrue();
        assertThat(NetNs.list()).contains(name);
        try (NetNs ns = NetNs.open(name); Rtnl inside = Rtnl.openIn(ns)) {
            assertThat(ns.name()).isEqualTo(name);
            assertThat(ns.path()).isEqualTo("/run/netns/" + name);
            assertThat(ns.id().inode()).isEqualTo(inodeSeenByIpNetnsExec(name));
            assertThat(inside.links().list()).extracting(Link::name).containsExactly("lo");
        }
        NetNs.delete(name);
        assertThat(NetNs.exists(name)).isFalse();
        assertThat(ipNetnsList()).doesNotContain(name);
    }

    @Test
    void oursIsDeletedByIpNetnsDel() {
        NetNs ns = scratch.named("ipdel");
        ReferenceTools.run("ip", "netns", "del", ns.name());
        assertThat(NetNs.exists(ns.name())).isFalse();
        assertThat(NetNs.deleteIfExists(ns.name())).isFalse();
    }

    @Test
    void listsAndDeletesByName() {
        NetNs a = scratch.named("la");
        NetNs b = scratch.named("lb");
        assertThat(NetNs.list()).contains(a.name(), b.name()).isSorted();
        assertThat(NetNs.exists(a.name())).isTrue();

        NetNs.delete(a.name());
        assertThat(NetNs.exists(a.name())).isFalse();
        assertThat(NetNs.list()).doesNotContain(a.name()).contains(b.name());
        assertThat(mountsAt(NetNs.RUN_DIR + "/" + a.name())).isEmpty();
        // The handle still works: deleting a name does not end a namespace still in use.
        assertThat(a.<Boolean, RuntimeException>call(() -> {
            try (NetNs here = NetNs.current()) {
                return here.sameAs(a);
            }
        })).isTrue();
    }

    @Test
    void theLongestNameIpAllowsWorks() {
        StringBuilder sb = new StringBuilder(ScratchNamespaces.uniqueName("max"));
        while (sb.length() < NetNs.MAX_NAME_BYTES) {
            sb.append('x');
        }
        String name = sb.toString();
        scratch.deleteOnClose(name);
        try (NetNs ns = NetNs.create(name)) {
            assertThat(ipNetnsList()).contains(name);
            assertThat(inodeSeenByIpNetnsExec(name)).isEqualTo(ns.id().inode());
        }
    }

    // ------------------------------------------------------------------ bad input and failure

    @Test
    void invalidNamesFailWithTheReasonBeforeAnySystemCall() {
        String over = "x".repeat(256);
        String overInUtf8 = "\u00e9".repeat(128); // 128 characters, 256 bytes
        List<String[]> cases = List.of(
                new String[] {"", "namespace name must not be empty"},
                new String[] {"a\0b", "namespace name must not contain NUL (at index 1)"},
                new String[] {".", "namespace name must not be \".\""},
                new String[] {"..", "namespace name must not be \"..\""},
                new String[] {"/", "namespace name must not contain '/': \"/\""},
                new String[] {"a/b", "namespace name must not contain '/': \"a/b\""},
                new String[] {"../etc", "namespace name must not contain '/': \"../etc\""},
                new String[] {over, "namespace name is 256 bytes, over the 255-byte limit: \""
                        + "x".repeat(20) + "...\""},
                new String[] {overInUtf8, "namespace name is 256 bytes, over the 255-byte limit: \""
                        + "\u00e9".repeat(20) + "...\""});
        List<Consumer<String>> operations = List.of(NetNs::create, NetNs::open, NetNs::delete,
                NetNs::deleteIfExists, NetNs::exists, NetNs::validateName);
        List<String> before = NetNs.list();
        for (String[] c : cases) {
            for (Consumer<String> op : operations) {
                // IllegalArgumentException, never a NetlinkException: no system call was made
                // (a 256-byte name would have failed open(2) with ENAMETOOLONG).
                assertThatThrownBy(() -> op.accept(c[0]))
                        .isExactlyInstanceOf(IllegalArgumentException.class)
                        .hasMessage(c[1]);
            }
        }
        assertThatThrownBy(() -> NetNs.create(null)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("namespace name must not be null");
        assertThat(Files.exists(Path.of("/run/netns/a"))).isFalse();
        assertThat(NetNs.list()).doesNotContainAnyElementsOf(
                cases.stream().map(c -> c[0]).filter(n -> !before.contains(n)).toList());
    }

    @Test
    void creatingAnExistingNameThrowsAndChangesNothing() {
        NetNs ns = scratch.named("dup");
        String name = ns.name();

        assertThatThrownBy(() -> NetNs.create(name))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessage("ip netns add " + name + ": EEXIST (File exists): a namespace named \""
                        + name + "\" already exists");
        try (NetNs again = NetNs.open(name)) {
            assertThat(again.sameAs(ns)).isTrue();
        }
        assertThat(mountsAt(NetNs.RUN_DIR + "/" + name)).hasSize(1);
        assertThat(inodeSeenByIpNetnsExec(name)).isEqualTo(ns.id().inode());
    }

    @Test
    void creatingANameIpNetnsAddMadeThrowsToo() {
        String name = ScratchNamespaces.uniqueName("ipdup");
        scratch.deleteOnClose(name);
        ReferenceTools.run("ip", "netns", "add", name);
        long inode = inodeSeenByIpNetnsExec(name);
        assertThatThrownBy(() -> NetNs.create(name)).isInstanceOf(AlreadyExistsException.class)
                .hasMessageContaining(name);
        assertThat(inodeSeenByIpNetnsExec(name)).isEqualTo(inode);
    }

    @Test
    void deletingOrOpeningAMissingNameSaysSo() {
        String name = ScratchNamespaces.uniqueName("missing");
        assertThatThrownBy(() -> NetNs.delete(name))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("ip netns del " + name + ": ENOENT (No such file or directory): "
                        + "no namespace named \"" + name + "\" in /run/netns");
        assertThat(NetNs.deleteIfExists(name)).isFalse();
        assertThatThrownBy(() -> NetNs.open(name))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("open netns " + name + ": ENOENT (No such file or directory): "
                        + "no namespace named \"" + name + "\" in /run/netns");
        assertThat(NetNs.exists(name)).isFalse();
    }

    @Test
    void aHalfMadeEntryIsNotOpenedAsANamespaceAndDeleteRemovesIt() throws IOException {
        // What a crashed `ip netns add` leaves: the file, nothing mounted on it.
        String name = ScratchNamespaces.uniqueName("half");
        scratch.deleteOnClose(name);
        Files.createFile(Path.of(NetNs.RUN_DIR, name));

        assertThatThrownBy(() -> NetNs.open(name))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("/run/netns/" + name + " is not a namespace (ioctl NS_GET_NSTYPE")
                .hasMessageContaining("ENOTTY")
                .hasMessageEndingWith("): nothing is mounted on it, a half-made entry that delete() or"
                        + " ip netns del removes");
        assertThat(NetNs.deleteIfExists(name)).isTrue();
        assertThat(NetNs.exists(name)).isFalse();
    }

    /**
     * Makes the bind mount itself fail, for real: create() runs on a thread in a private mount
     * namespace where {@code /proc} is unmounted, so the mount's source
     * {@code /proc/thread-self/ns/net} does not exist. {@code /run/netns/NAME} is created on
     * the shared file system before that, so the machine would see a leftover file if the
     * cleanup did not remove it. Nothing done in the private mount namespace reaches the
     * machine's (it is made private, recursively, before /proc is unmounted), and it ends with
     * the thread.
     */
    @Test
    void aMountThatFailsHalfWayLeavesNoFileBehind() throws InterruptedException {
        String name = ScratchNamespaces.uniqueName("mntfail");
        scratch.deleteOnClose(name);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> fileSeenBeforeCreate = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                Syscalls.unshare(Syscalls.CLONE_NEWNS);
                Syscalls.mount("", "/", null, Syscalls.MS_REC | Syscalls.MS_PRIVATE);
                Syscalls.umount2("/proc", Syscalls.MNT_DETACH);
                fileSeenBeforeCreate.set(Files.exists(Path.of(NetNs.RUN_DIR, name)));
                NetNs.create(name).close();
                thrown.set(new AssertionError("create succeeded without /proc"));
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "test-private-mount-ns");
        t.start();
        t.join();

        assertThat(fileSeenBeforeCreate.get()).as("setup reached create()").isFalse();
        Throwable e = thrown.get();
        assertThat(e).isInstanceOf(NetlinkException.class)
                .hasMessage("mount /proc/thread-self/ns/net on /run/netns/" + name
                        + ": ENOENT (No such file or directory)");
        assertThat(((NetlinkException) e).errno()).isEqualTo(Errno.ENOENT);
        assertThat(e.getSuppressed()).as("the cleanup itself succeeded").isEmpty();
        assertThat(Files.exists(Path.of(NetNs.RUN_DIR, name))).isFalse();
        assertThat(ipNetnsList()).doesNotContain(name);
        assertThat(mountsAt(NetNs.RUN_DIR + "/" + name)).isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    static List<String> ipNetnsList() {
        List<String> names = new ArrayList<>();
        for (JsonNode n : Ip.json(null, "netns", "list")) {
            names.add(n.get("name").asText());
        }
        return names;
    }

    /** The inode of the namespace a process started by {@code ip netns exec NAME} is in. */
    static long inodeSeenByIpNetnsExec(String name) {
        return Long.parseLong(ReferenceTools.run("ip", "netns", "exec", name, "stat", "-L", "-c", "%i",
                "/proc/self/ns/net").trim());
    }

    /** The lines of this process's mountinfo whose mount point is {@code path}. */
    static List<String> mountsAt(String path) {
        try {
            return Files.readAllLines(Path.of("/proc/self/mountinfo")).stream()
                    .filter(line -> line.split(" ")[4].equals(path))
                    .toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

package dev.jnetlink.rtnl.tc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jnetlink.codec.tc.TcObject;
import dev.jnetlink.codec.tc.kind.BpfOptions;
import dev.jnetlink.internal.BpfSyscalls;
import dev.jnetlink.internal.Syscalls;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.view.tc.TcFilterShow;
import dev.jnetlink.socket.NetlinkException;
import dev.jnetlink.socket.NotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jnr.ffi.Pointer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A bpf filter on a clsact's ingress hook, attached once by a program fd the test owns and once
 * by the program's pin in a bpf file system, read back through the client and compared with
 * {@code tc -j filter show} field by field and with {@code tc filter show} as text. The program
 * is the smallest classifier there is, loaded here: {@code r0 = 0 (TC_ACT_OK); exit}, type
 * {@code BPF_PROG_TYPE_SCHED_CLS}, license GPL, pinned under {@code /sys/fs/bpf} with a name
 * of its own (bpffs is mounted there if it is not) and unpinned afterwards. The fd a pinned
 * filter opens is closed after the request, on success and on failure.
 */
@NetlinkTest
class BpfIT {
    private static final Path BPFFS = Path.of("/sys/fs/bpf");
    private static final int BPF_PROG_TYPE_SCHED_CLS = 3;
    /** {@code BPF_MOV64_IMM(BPF_REG_0, 0)} and {@code BPF_EXIT_INSN()}. */
    private static final byte[] RETURN_OK = {(byte) 0xb7, 0, 0, 0, 0, 0, 0, 0, (byte) 0x95, 0, 0, 0, 0, 0, 0, 0};

    @Scratch(value = "bpf", named = true)
    private NetNs ns;
    @Scratch("bpf")
    private Rtnl rtnl;

    private boolean mounted;
    private int program = -1;
    private String pin;

    @BeforeEach
    void loadAndPin() throws IOException {
        if (!isBpffs()) {
            Syscalls.mount("bpf", BPFFS.toString(), "bpf", 0);
            mounted = true;
        }
        program = load();
        pin = BPFFS.resolve(ns.name()).toString();
        Pointer path = BpfSyscalls.string(pin);
        Pointer attr = BpfSyscalls.allocate(128);
        attr.putLong(0, path.address()); // pathname
        attr.putInt(8, program); // bpf_fd
        BpfSyscalls.call(BpfSyscalls.OBJ_PIN, attr, pin);
        java.lang.ref.Reference.reachabilityFence(path);
    }

    @AfterEach
    void unpin() {
        try {
            if (pin != null && Files.exists(Path.of(pin))) {
                Syscalls.unlink(pin);
            }
            if (program >= 0) {
                Syscalls.close(program);
            }
        } finally {
            if (mounted) {
                Syscalls.umount2(BPFFS.toString(), Syscalls.MNT_DETACH);
            }
        }
    }

    private static boolean isBpffs() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/mounts")).stream()
                .anyMatch(l -> l.split(" ")[1].equals(BPFFS.toString()) && l.split(" ")[2].equals("bpf"));
    }

    private static int load() {
        Pointer insns = BpfSyscalls.allocate(RETURN_OK.length);
        insns.put(0, RETURN_OK, 0, RETURN_OK.length);
        Pointer license = BpfSyscalls.string("GPL");
        Pointer attr = BpfSyscalls.allocate(128);
        attr.putInt(0, BPF_PROG_TYPE_SCHED_CLS); // prog_type
        attr.putInt(4, 2); // insn_cnt
        attr.putLong(8, insns.address()); // insns
        attr.putLong(16, license.address()); // license
        byte[] name = "jnl_ok".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        attr.put(48, name, 0, name.length); // prog_name
        int fd = BpfSyscalls.call(BpfSyscalls.PROG_LOAD, attr, "jnl_ok");
        java.lang.ref.Reference.reachabilityFence(insns);
        java.lang.ref.Reference.reachabilityFence(license);
        return fd;
    }

    /** @return how many of this process's fds are bpf programs */
    private static long programFds() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.filter(f -> {
                try {
                    return Files.readSymbolicLink(f).toString().equals("anon_inode:bpf-prog");
                } catch (IOException e) {
                    return false; // the fd of the listing itself, closed meanwhile
                }
            }).count();
        }
    }

    @Test
    void attachedByFdAndByPinAsTcSeesThem() throws IOException {
        rtnl.links().add(Veth.pair("v0", "v1"));
        rtnl.links().setUp("v0");
        TrafficControl tc = rtnl.tc();
        tc.qdiscs().add("v0", Ingress.clsact());
        long before = programFds();

        tc.filters().add("v0", "ingress", 1, Filters.ALL, Bpf.fd(program).name("by-fd").directAction());
        tc.filters().add("v0", "ingress", 2, Filters.ALL, Bpf.pinned(pin).directAction().classid("1:10"));
        assertThat(programFds()).as("fds of bpf programs after the pinned one was attached").isEqualTo(before);
        // refused by the kernel (no such parent) and by BPF_OBJ_GET (nothing pinned): the fd is closed all the same
        assertThatThrownBy(() -> tc.filters().add("v1", "ingress", 1, Filters.ALL, Bpf.pinned(pin)))
                .isInstanceOf(NetlinkException.class);
        assertThatThrownBy(() -> tc.filters().add("v0", "ingress", 3, Filters.ALL, Bpf.pinned(pin + "-none")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("BPF_OBJ_GET")
                .hasMessageContaining(pin + "-none");
        assertThat(programFds()).as("fds of bpf programs after two refusals").isEqualTo(before);

        List<TcObject> filters = tc.filters().list("v0", "ingress").stream().filter(f -> f.options() != null).toList();
        assertThat(filters).hasSize(2);
        BpfOptions byFd = filters.get(0).options(BpfOptions.class);
        BpfOptions byPin = filters.get(1).options(BpfOptions.class);
        assertThat(byFd.name()).isEqualTo("by-fd");
        assertThat(byPin.name()).isEqualTo(ns.name() + ":[*fsobj]");
        assertThat(byPin.classId()).isEqualTo(dev.jnetlink.codec.tc.TcHandle.parse("1:10"));
        BpfSyscalls.ProgInfo info = BpfSyscalls.progInfo(byFd.id());
        assertThat(info.name()).isEqualTo("jnl_ok");
        for (BpfOptions o : List.of(byFd, byPin)) {
            assertThat(o.id()).as("both filters run the one program").isEqualTo(byFd.id());
            assertThat(o.tag().toHex()).isEqualTo(info.tag());
            assertThat(o.flags()).isEqualTo(BpfOptions.ACT_DIRECT);
            assertThat(o.fd()).isNull();
        }

        JsonNode theirs = new ObjectMapper().readTree(TcTool.run(ns, "-j", "filter", "show", "dev", "v0", "ingress"));
        List<JsonNode> entries = new ArrayList<>();
        theirs.forEach(e -> {
            if (e.has("options")) {
                entries.add(e.get("options"));
            }
        });
        assertThat(entries).hasSize(2);
        for (int i = 0; i < 2; i++) {
            BpfOptions o = filters.get(i).options(BpfOptions.class);
            JsonNode t = entries.get(i);
            assertThat(t.get("handle").asText()).isEqualTo("0x" + Integer.toHexString(filters.get(i).handle()));
            assertThat(t.get("bpf_name").asText()).isEqualTo(o.name());
            assertThat(t.get("direct-action").asBoolean()).isTrue();
            assertThat(t.path("not_in_hw").asBoolean()).isEqualTo((o.flagsGen() & 8) != 0);
            assertThat(t.get("prog").get("id").asInt()).isEqualTo(o.id());
            assertThat(t.get("prog").get("tag").asText()).isEqualTo(o.tag().toHex());
            assertThat(t.get("prog").get("name").asText()).isEqualTo(info.name());
            assertThat(t.get("prog").get("jited").asInt() != 0).isEqualTo(info.jited());
        }
        assertThat(entries.get(1).get("flowid").asText()).isEqualTo("1:10");

        TcTool.assertSameAs(ns, TcFilterShow.of(rtnl, "v0").parent("ingress"), "filter", "show", "dev", "v0", "ingress");
        TcTool.assertSameAs(ns, TcFilterShow.of(rtnl, "v0").parent("ingress").details(),
                "-d", "filter", "show", "dev", "v0", "ingress");
        assertThat(TcFilterShow.of(rtnl, "v0").parent("ingress").text())
                .contains("bpf chain 0 handle 0x1 by-fd direct-action not_in_hw id " + byFd.id() + " name jnl_ok tag ");

        tc.filters().delete("v0", "ingress", 1, Filters.ALL);
        tc.filters().delete("v0", "ingress", 2, Filters.ALL);
        assertThat(tc.filters().list("v0", "ingress")).isEmpty();
    }
}

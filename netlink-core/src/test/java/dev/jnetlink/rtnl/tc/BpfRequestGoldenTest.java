package dev.jnetlink.rtnl.tc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcMsg;
import dev.jnetlink.codec.tc.kind.BpfOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bpf filter's spec builds {@code tc}'s request byte for byte: {@code tc filter add dev v1
 * ingress bpf direct-action pinned /sys/fs/bpf/jnl_golden_ok classid 1:10}, captured with the fd
 * {@code tc} got from {@code BPF_OBJ_GET} (4), which the spec is given as a program fd so that
 * the bytes are the same (a pinned spec opens its fd only while the request is sent). v1 had
 * index 3.
 */
class BpfRequestGoldenTest {
    @Test
    void programFdWithTcsNameForAPinnedObjectAsTc() {
        Bpf s = Bpf.fd(4).classid("1:10").name("jnl_golden_ok:[*fsobj]").directAction();
        TcKindsRequestGoldenTest.request("filter-bpf-pinned-add", Rtm.NEWTFILTER, 3, TcHandle.INGRESS_FILTERS, 0,
                TcMsg.filterInfo(0, Filters.ALL), s.kind(), s.options(Map.<String, Integer>of()::get));
    }

    @Test
    void aPinnedProgramIsNamedAsTcNamesItAndOpenedOnlyForTheRequest() {
        Bpf pinned = Bpf.pinned("/sys/fs/bpf/jnl_golden_ok");
        assertThatThrownBy(() -> pinned.options(name -> 0)).isInstanceOf(IllegalStateException.class)
                .hasMessage("bpf pinned /sys/fs/bpf/jnl_golden_ok: the program is opened only for the request"
                        + " that adds the filter");
        try (FilterSpec.Opened opened = Bpf.fd(7).open(name -> 0)) {
            assertThat(((BpfOptions) opened.options()).fd()).isEqualTo(7);
            assertThat(((BpfOptions) opened.options()).name()).isNull();
        }
    }

    @Test
    void refusesWhatTcOrTheKernelWould() {
        assertThatThrownBy(() -> Bpf.fd(-1)).hasMessage("bpf program fd must not be negative, got -1");
        assertThatThrownBy(() -> Bpf.pinned("prog")).hasMessage("bpf pinned path must be an absolute path to a"
                + " file, got \"prog\"");
        assertThatThrownBy(() -> Bpf.fd(3).skipHw().skipSw()).hasMessage("bpf skip_hw and skip_sw are mutually"
                + " exclusive");
        assertThatThrownBy(() -> Bpf.fd(3).name("x".repeat(256)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("bpf name must be at most 255"
                        + " bytes without a NUL");
    }
}

package dev.jnetlink.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.link.IfInfoMsg;
import dev.jnetlink.codec.link.Ifla;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.LinkCodec;
import dev.jnetlink.testing.ControlMessages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How the engine comes back from requests whose replies did not all arrive: nothing for the
 * reply deadline, a receive queue that overflowed ({@code ENOBUFS}), a reply larger than the
 * receive buffer. Each fails (or repeats) the request in flight with a typed exception, and
 * the next request works and never takes an old reply for its own. Scripted datagrams; the
 * integration tests ({@code ForeignFloodIT}) do the same against the kernel.
 */
class RequestEngineRecoveryTest {
    private final ScriptedTransport kernel = new ScriptedTransport();
    private final RequestEngine engine = new RequestEngine(kernel,
            RequestEngine.Options.DEFAULT.withReplyTimeout(Duration.ofMillis(250)), 16, 1000);

    @AfterEach
    void close() {
        engine.close();
    }

    private static final Request SET_UP = new Request(Rtm.NEWLINK, 0, "e0", IfInfoMsg.SIZE,
            Ifla.SPACE, w -> IfInfoMsg.EMPTY.write(w.buffer()));
    private static final Request GET = new Request(Rtm.GETLINK, 0, "e0", IfInfoMsg.SIZE,
            Ifla.SPACE, w -> IfInfoMsg.EMPTY.write(w.buffer()));
    private static final Request DUMP = new Request(Rtm.GETLINK, 0, null, IfInfoMsg.SIZE,
            Ifla.SPACE, w -> IfInfoMsg.EMPTY.write(w.buffer()));

    // A link; with `big`, over 100 KB of VF attributes (an SR-IOV NIC's).
    private static void link(dev.jnetlink.codec.MessageWriter w, int seq, String name, byte[] big) {
        int m = w.beginMessage(Rtm.NEWLINK, 0, seq);
        new IfInfoMsg(0, 1, 7, 0, 0).write(w.buffer());
        w.putString(Ifla.IFNAME, name);
        if (big != null) {
            w.putBytes(Ifla.VFINFO_LIST, big);
            w.putBytes(Ifla.VF_PORTS, big);
        }
        w.endMessage(m);
    }

    @Test
    void aRequestThatGetsNoReplyFailsAtTheDeadlineAndItsLateReplyIsNotTakenForTheNextOnes() {
        kernel.silent(true);
        assertThatThrownBy(() -> engine.query(GET, LinkCodec::decode))
                .isInstanceOfSatisfying(ReplyTimeoutException.class, e -> {
                    assertThat(e.errno()).isEqualTo(Errno.ETIMEDOUT);
                    assertThat(e.operation()).isEqualTo("RTM_GETLINK");
                    assertThat(e.object()).isEqualTo("e0");
                    assertThat(e.timeout()).isEqualTo(Duration.ofMillis(250));
                })
                .hasMessageStartingWith("RTM_GETLINK e0: ETIMEDOUT (Connection timed out) (no reply"
                        + " from the kernel for 250 ms");
        int abandoned = kernel.sent().get(0).seq();
        kernel.silent(false);
        // The abandoned get's reply comes late, queued behind the next request's answer.
        kernel.respond((r, k) -> {
            k.fromKernel(w -> link(w, abandoned, "stale", null));
            k.fromKernel(w -> ControlMessages.ack(w, abandoned, Rtm.GETLINK));
            k.fromKernel(w -> link(w, r.seq(), "fresh", null));
        });
        assertThat(engine.query(GET, LinkCodec::decode).name()).isEqualTo("fresh");
        assertThat(engine.droppedUnexpected()).isEqualTo(2);
        kernel.respond((r, k) -> k.fromKernel(w -> ControlMessages.ack(w, r.seq(), r.type())));
        engine.execute(SET_UP);
    }

    @Test
    void theDeadlineCountsFromTheKernelsLastDatagramNotFromAForeignOne() {
        kernel.silent(true);
        kernel.respond((r, k) -> {
            for (int i = 0; i < 5; i++) {
                k.from(4242, w -> ControlMessages.ack(w, r.seq(), r.type()));
            }
        });
        assertThatThrownBy(() -> engine.execute(SET_UP)).isInstanceOf(ReplyTimeoutException.class);
        assertThat(engine.droppedForeign()).isEqualTo(5);
    }

    @Test
    void aBatchThatGetsNoReplySaysHowFarItGot() {
        kernel.silent(true);
        kernel.respond((r, k) -> {
            if (r.seq() == 1001) {
                k.fromKernel(w -> ControlMessages.ack(w, r.seq(), r.type()));
            }
        });
        assertThatThrownBy(() -> engine.batch(List.of(SET_UP, SET_UP, SET_UP)))
                .isInstanceOf(ReplyTimeoutException.class)
                .hasMessageStartingWith("batch 0 of 3 requests acknowledged: ETIMEDOUT");
    }

    @Test
    void aDumpRefusedAsBusyBehindAnAbandonedOneRunsAgainOnceThatOneEnds() {
        kernel.silent(true);
        kernel.respond((r, k) -> k.fromKernel(w -> link(w, r.seq(), "first", null)));
        assertThatThrownBy(() -> engine.dump(DUMP, LinkCodec::decode))
                .isInstanceOf(ReplyTimeoutException.class);
        int abandoned = kernel.sent().get(0).seq();
        kernel.silent(false);
        kernel.respond((r, k) -> {
            if (kernel.sent().size() == 2) {
                // The kernel refuses a dump while another runs, whose end comes after.
                k.fromKernel(w -> ControlMessages.refusal(w, r.seq(), r.type(), 16, null));
                k.fromKernel(w -> ControlMessages.done(w, abandoned, 0));
            } else {
                k.fromKernel(w -> {
                    link(w, r.seq(), "second", null);
                    ControlMessages.done(w, r.seq(), 0);
                });
            }
        });
        assertThat(engine.dump(DUMP, LinkCodec::decode)).extracting(Link::name)
                .containsExactly("second");
        assertThat(kernel.sent()).hasSize(3);
        assertThat(kernel.pending()).isZero();
    }

    @Test
    void anOverrunFailsTheRequestInFlightAndTheNextRequestWorks() {
        kernel.respond((r, k) -> {
            k.overrun();
            // What was queued before the overrun, and the rest of an abandoned dump.
            k.fromKernel(w -> ControlMessages.ack(w, r.seq() - 7, Rtm.NEWLINK));
            k.fromKernel(w -> link(w, r.seq() - 3, "older", null));
        });
        assertThatThrownBy(() -> engine.execute(SET_UP))
                .isInstanceOfSatisfying(RepliesLostException.class, e -> {
                    assertThat(e.errno()).isEqualTo(Errno.ENOBUFS);
                    assertThat(e.object()).isEqualTo("e0");
                })
                .hasMessageStartingWith("RTM_NEWLINK e0: ENOBUFS (No buffer space available) (the"
                        + " socket's receive queue overflowed and the kernel dropped replies");
        // Resynchronised before the next request: what was queued is read and dropped first.
        kernel.respond((r, k) -> k.fromKernel(w -> ControlMessages.ack(w, r.seq(), r.type())));
        engine.execute(SET_UP);
        assertThat(kernel.pending()).isZero();
        assertThat(engine.droppedUnexpected()).isEqualTo(2);
    }

    @Test
    void aGetWhoseReplyIsLargerThanTheBufferIsSentAgainWithOneThatFits() {
        byte[] big = new byte[50_000];
        kernel.respond((r, k) -> k.fromKernel(w -> link(w, r.seq(), "vf-rich", big)));
        Link l = engine.query(GET, LinkCodec::decode);
        assertThat(l.name()).isEqualTo("vf-rich");
        assertThat(l.virtualFunctions().infoList().toArray()).hasSize(big.length);
        assertThat(kernel.sent()).hasSize(2);
        // The buffer stays grown: the next one fits the first time.
        engine.query(GET, LinkCodec::decode);
        assertThat(kernel.sent()).hasSize(3);
    }

    @Test
    void aDumpWithAMessageLargerThanTheBufferRunsAgainIfNothingWasDeliveredYet() {
        byte[] big = new byte[50_000];
        kernel.respond((r, k) -> {
            k.fromKernel(w -> link(w, r.seq(), "vf-rich", big));
            k.fromKernel(w -> {
                link(w, r.seq(), "e1", null);
                ControlMessages.done(w, r.seq(), 0);
            });
        });
        List<String> names = new ArrayList<>();
        boolean incomplete = engine.dump(DUMP, LinkCodec::decode, l -> names.add(l.name()));
        assertThat(incomplete).isFalse();
        assertThat(names).containsExactly("vf-rich", "e1");
        assertThat(kernel.sent()).hasSize(2);
        assertThat(kernel.pending()).isZero();
    }

    @Test
    void aDumpCutAfterDeliveriesSaysSoAndTheListingRetries() {
        byte[] big = new byte[50_000];
        List<Integer> runs = new ArrayList<>();
        kernel.respond((r, k) -> {
            runs.add(r.seq());
            k.fromKernel(w -> link(w, r.seq(), "e0", null));
            k.fromKernel(w -> link(w, r.seq(), "vf-rich", big));
            k.fromKernel(w -> ControlMessages.done(w, r.seq(), 0));
        });
        List<String> names = new ArrayList<>();
        assertThat(engine.dump(DUMP, LinkCodec::decode, l -> names.add(l.name()))).isTrue();
        assertThat(names).containsExactly("e0");
        // The buffer has grown: the same dump now fits, and the list form is complete.
        assertThat(engine.dump(DUMP, LinkCodec::decode)).extracting(Link::name)
                .containsExactly("e0", "vf-rich");
        assertThat(engine.interruptedDumps()).isZero();
        assertThat(kernel.pending()).isZero();
        assertThat(runs).hasSize(2);
    }

    @Test
    void aListingRunsAgainWhenAMessageWasCut() {
        byte[] big = new byte[50_000];
        kernel.respond((r, k) -> {
            k.fromKernel(w -> link(w, r.seq(), "e0", null));
            k.fromKernel(w -> {
                link(w, r.seq(), "vf-rich", big);
                ControlMessages.done(w, r.seq(), 0);
            });
        });
        assertThat(engine.dump(DUMP, LinkCodec::decode)).extracting(Link::name)
                .containsExactly("e0", "vf-rich");
        assertThat(kernel.sent()).hasSize(2);
        assertThat(kernel.pending()).isZero();
        assertThat(NlMsg.F_DUMP & kernel.sent().get(1).flags()).isEqualTo(NlMsg.F_DUMP);
    }
}

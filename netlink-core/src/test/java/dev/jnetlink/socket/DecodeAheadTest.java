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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Long dumps with a decode executor (the opt-in), whose datagrams after the fourth are decoded
 * on a task of it, four at a time, while the engine receives the next four: order, threads,
 * and the dump discipline (errors, DUMP_INTR, spoofed datagrams, failing decoders) hold as on
 * one thread; without an executor, or with one that does not start the task, everything stays
 * on the calling thread. Scripted datagrams, no kernel.
 */
class DecodeAheadTest {
    private static final Request DUMP = new Request(Rtm.GETLINK, 0, null, IfInfoMsg.SIZE,
            Ifla.SPACE, w -> IfInfoMsg.EMPTY.write(w.buffer()));
    private static final String HELPER = "test-decoder";

    private final ScriptedTransport kernel = new ScriptedTransport();
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, HELPER);
        t.setDaemon(true);
        return t;
    });
    private final RequestEngine engine = engine(pool);

    private RequestEngine engine(Executor executor) {
        return new RequestEngine(kernel, RequestEngine.Options.DEFAULT.withDumpRetries(1)
                .withDecodeExecutor(executor), 16, 1000);
    }

    @BeforeEach
    void needsTwoCpus() throws Exception {
        Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() > 1,
                "decoding ahead needs a second CPU");
        pool.submit(() -> { }).get(); // a thread idle in the pool, as in a service that dumps often
    }

    @AfterEach
    void close() {
        engine.close();
        pool.shutdownNow();
    }

    private List<Thread> decoderThreads(RequestEngine e, int datagrams) {
        kernel.respond((r, k) -> links(k, r.seq(), datagrams, 0));
        List<Thread> decoders = Collections.synchronizedList(new ArrayList<>());
        List<Link> all = e.dump(DUMP, m -> {
            decoders.add(Thread.currentThread());
            return decode(m);
        });
        assertThat(all).extracting(Link::name).isEqualTo(expected(3 * datagrams));
        return decoders;
    }

    @Test
    void withoutAnExecutorALongDumpStaysOnTheCallersThread() {
        try (RequestEngine plain = engine(null)) {
            assertThat(new HashSet<>(decoderThreads(plain, 20))).containsExactly(Thread.currentThread());
        }
    }

    @Test
    void anExecutorThatRunsTheTaskOnTheCallersThreadLeavesTheDumpThere() {
        try (RequestEngine direct = engine(Runnable::run)) {
            assertThat(new HashSet<>(decoderThreads(direct, 20))).containsExactly(Thread.currentThread());
        }
    }

    @Test
    void anExecutorThatRefusesOrNeverStartsTheTaskLeavesTheDumpOnTheCallersThread() {
        try (RequestEngine refusing = engine(r -> {
            throw new java.util.concurrent.RejectedExecutionException("full");
        })) {
            assertThat(new HashSet<>(decoderThreads(refusing, 20))).containsExactly(Thread.currentThread());
        }
        List<Runnable> queued = new ArrayList<>();
        try (RequestEngine never = engine(queued::add)) {
            assertThat(new HashSet<>(decoderThreads(never, 20))).containsExactly(Thread.currentThread());
        }
        // The task that starts late finds the dump over, and returns at once.
        assertThat(queued).hasSize(1);
        queued.get(0).run();
    }

    // `datagrams` datagrams of three links each; the last one also carries NLMSG_DONE.
    private static void links(ScriptedTransport k, int seq, int datagrams, int flags) {
        for (int d = 0; d < datagrams; d++) {
            int first = d * 3;
            boolean last = d == datagrams - 1;
            k.fromKernel(w -> {
                for (int i = first; i < first + 3; i++) {
                    RequestEngineDisciplineTest.link(w, seq, flags, i + 1, "e" + i);
                }
                if (last) {
                    ControlMessages.done(w, seq, 0);
                }
            });
        }
    }

    private static List<String> expected(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("e" + i);
        }
        return names;
    }

    private static Link decode(dev.jnetlink.codec.MessageCursor m) {
        return m.type() == Rtm.NEWLINK ? LinkCodec.decode(m) : null;
    }

    @Test
    void valuesArriveInKernelOrderOnTheCallersThread() {
        kernel.respond((r, k) -> links(k, r.seq(), 20, 0));
        Thread caller = Thread.currentThread();
        Set<Thread> decoders = Collections.synchronizedSet(new HashSet<>());
        List<String> seen = new ArrayList<>();
        Set<Thread> consumers = new HashSet<>();
        engine.dump(DUMP, m -> {
            decoders.add(Thread.currentThread());
            return decode(m);
        }, l -> {
            consumers.add(Thread.currentThread());
            seen.add(l.name());
            return true;
        });
        assertThat(seen).isEqualTo(expected(60));
        assertThat(consumers).containsExactly(caller);
        assertThat(decoders).hasSize(2).contains(caller)
                .anySatisfy(t -> assertThat(t.getName()).isEqualTo(HELPER));
        assertThat(kernel.pending()).isZero();
    }

    @Test
    void aShortDumpStaysOnTheCallersThread() {
        kernel.respond((r, k) -> links(k, r.seq(), 3, 0));
        Set<Thread> decoders = Collections.synchronizedSet(new HashSet<>());
        List<Link> all = engine.dump(DUMP, m -> {
            decoders.add(Thread.currentThread());
            return decode(m);
        });
        assertThat(all).hasSize(9);
        assertThat(decoders).containsExactly(Thread.currentThread());
    }

    @Test
    void anErrorLateInALongDumpFailsItAndTheNextDumpWorks() {
        List<Integer> dumps = new ArrayList<>();
        kernel.respond((r, k) -> {
            dumps.add(r.seq());
            if (dumps.size() == 1) {
                for (int d = 0; d < 8; d++) {
                    int i = d;
                    k.fromKernel(w -> RequestEngineDisciplineTest.link(w, r.seq(), 0, i + 1, "x" + i));
                }
                k.fromKernel(w -> ControlMessages.done(w, r.seq(), 16));
            } else {
                links(k, r.seq(), 6, 0);
            }
        });
        assertThatThrownBy(() -> engine.dump(DUMP, DecodeAheadTest::decode))
                .isInstanceOf(NetlinkException.class).hasMessage("RTM_GETLINK: EBUSY (Device or resource busy)");
        assertThat(engine.dump(DUMP, DecodeAheadTest::decode)).extracting(Link::name)
                .isEqualTo(expected(18));
    }

    @Test
    void dumpIntrSeenAfterTheSwitchRetriesTheDumpThenReportsIt() {
        kernel.respond((r, k) -> {
            for (int d = 0; d < 7; d++) {
                int i = d;
                k.fromKernel(w -> RequestEngineDisciplineTest.link(w, r.seq(),
                        i == 5 ? NlMsg.F_DUMP_INTR : 0, i + 1, "y" + i));
            }
            k.fromKernel(w -> ControlMessages.done(w, r.seq(), 0));
        });
        assertThatThrownBy(() -> engine.dump(DUMP, DecodeAheadTest::decode))
                .isInstanceOfSatisfying(DumpInterruptedException.class,
                        e -> assertThat(e.<Link>partialResult()).hasSize(7));
        assertThat(engine.interruptedDumps()).isEqualTo(2);
        assertThat(kernel.sent()).hasSize(2);
        assertThat(kernel.pending()).isZero();
    }

    @Test
    void aForeignDatagramInTheMiddleIsDroppedAndCounted() {
        kernel.respond((r, k) -> {
            for (int d = 0; d < 6; d++) {
                int i = d;
                k.fromKernel(w -> RequestEngineDisciplineTest.link(w, r.seq(), 0, i + 1, "e" + i));
                if (d == 4) {
                    k.from(4242, w -> RequestEngineDisciplineTest.link(w, r.seq(), 0, 66, "spoofed"));
                }
            }
            k.fromKernel(w -> ControlMessages.done(w, r.seq(), 0));
        });
        assertThat(engine.dump(DUMP, DecodeAheadTest::decode)).extracting(Link::name)
                .isEqualTo(expected(6));
        assertThat(engine.droppedForeign()).isEqualTo(1);
    }

    // e14 is in the fifth datagram, the first the helper decodes; the batches after it must not
    // be decoded at all, and the dump is still read to its end.
    @Test
    void afterTheDecoderFailsOnTheHelperNothingMoreIsDecoded() {
        kernel.respond((r, k) -> links(k, r.seq(), 20, 0));
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> engine.dump(DUMP, m -> {
            calls.incrementAndGet();
            Link l = decode(m);
            if (l != null && l.name().equals("e14")) {
                throw new IllegalStateException("decoder broke on e14");
            }
            return l;
        }, l -> true)).hasMessage("decoder broke on e14");
        assertThat(calls.get()).isEqualTo(15);
        assertThat(kernel.pending()).isZero();
    }

    @Test
    void anErrorThrownByTheDecoderOnTheHelperIsThrownAfterTheDumpIsDrained() {
        kernel.respond((r, k) -> links(k, r.seq(), 12, 0));
        assertThatThrownBy(() -> engine.dump(DUMP, m -> {
            Link l = decode(m);
            if (l != null && l.name().equals("e25")) {
                throw new AssertionError("decoder broke on e25");
            }
            return l;
        }, l -> true)).isInstanceOf(AssertionError.class).hasMessage("decoder broke on e25");
        assertThat(kernel.pending()).isZero();
        kernel.respond((r, k) -> links(k, r.seq(), 5, 0));
        assertThat(engine.dump(DUMP, DecodeAheadTest::decode)).hasSize(15);
    }
}

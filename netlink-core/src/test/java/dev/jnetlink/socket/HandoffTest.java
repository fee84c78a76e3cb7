package dev.jnetlink.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The one-place mailbox between a dump's caller and its decoding helper. */
class HandoffTest {
    @Test
    void aValuePutLaterReachesATakerThatHasParked() throws Exception {
        Handoff<String> h = new Handoff<>(1, 0);
        Thread putter = new Thread(() -> {
            sleep(100);
            h.put("late");
        });
        putter.start();
        assertThat(h.take()).isEqualTo("late");
        putter.join();
    }

    @Test
    void aValuePutBeforeTheTakeIsTakenAtOnce() {
        Handoff<String> h = new Handoff<>(1, 1_000_000);
        h.put("early");
        assertThat(h.take()).isEqualTo("early");
    }

    @Test
    void theSecondPutBeforeATakeIsRefused() {
        Handoff<String> h = new Handoff<>(1, 0);
        h.put("a");
        assertThatThrownBy(() -> h.put("b")).isInstanceOf(IllegalStateException.class)
                .hasMessage("the handoff is full (1)");
        assertThat(h.take()).isEqualTo("a");
    }

    @Test
    void valuesComeOutInTheOrderTheyWentIn() {
        Handoff<Integer> h = new Handoff<>(3, 0);
        for (int round = 0; round < 5; round++) {
            h.put(1);
            h.put(2);
            h.put(3);
            assertThat(h.size()).isEqualTo(3);
            assertThat(h.take()).isEqualTo(1);
            assertThat(h.poll()).isEqualTo(2);
            assertThat(h.take()).isEqualTo(3);
            assertThat(h.poll()).isNull();
        }
    }

    @Test
    void anInterruptDoesNotEndTheWaitAndIsKept() throws Exception {
        Handoff<String> h = new Handoff<>(1, 0);
        AtomicReference<String> taken = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Thread taker = new Thread(() -> {
            taken.set(h.take());
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        taker.start();
        sleep(50);
        taker.interrupt();
        sleep(50);
        assertThat(taker.isAlive()).as("still waiting after the interrupt").isTrue();
        h.put("owed");
        taker.join(5_000);
        assertThat(taken.get()).isEqualTo("owed");
        assertThat(stillInterrupted.get()).isTrue();
    }

    // Two threads answering each other 20,000 times: a lost wake-up would hang (the test times
    // out through the join), with a taker that always parks and one that yields first.
    @Test
    void pingPongLosesNoWakeUpParkingOrYielding() throws Exception {
        for (long yieldNanos : new long[] {0, 1_000_000}) {
            Handoff<Integer> there = new Handoff<>(1, yieldNanos);
            Handoff<Integer> back = new Handoff<>(1, yieldNanos);
            Thread echo = new Thread(() -> {
                for (int i = 0; i < 20_000; i++) {
                    back.put(there.take() + 1);
                }
            });
            echo.setDaemon(true);
            echo.start();
            for (int i = 0; i < 20_000; i++) {
                there.put(i);
                assertThat(back.take()).isEqualTo(i + 1);
            }
            echo.join(10_000);
            assertThat(echo.isAlive()).isFalse();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}

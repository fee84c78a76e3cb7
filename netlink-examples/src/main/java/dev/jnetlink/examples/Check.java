package dev.jnetlink.examples;

import java.time.Duration;
import java.util.Objects;

/**
 * One reachability check of a walkthrough: who tried to reach whom (by ICMP echo, or a TCP
 * exchange for a service), what the walkthrough expects and what happened.
 *
 * @param from who tried, e.g. {@code r1}
 * @param to who was tried, e.g. {@code r2}
 * @param target what was tried: an address, or {@code address:port/tcp}
 * @param expectReachable true where the walkthrough expects an answer
 * @param reached true if an answer came back
 * @param rtt the round-trip time of the answer, or null without one
 * @param error why nothing could be sent (e.g. {@code Network is unreachable}), or null
 */
public record Check(String from, String to, String target, boolean expectReachable, boolean reached,
        Duration rtt, String error) {
    /** Checks the components. */
    public Check {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(target, "target");
    }

    /** @return true if the outcome is what the walkthrough expects */
    public boolean passed() {
        return reached == expectReachable;
    }

    /** @return the round-trip time as {@code 0.042 ms}, or {@code -} without an answer */
    public String rttText() {
        return reached && rtt != null ? String.format("%.3f ms", rtt.toNanos() / 1e6) : "-";
    }

    /**
     * @return the outcome as printed when the check runs, e.g. {@code ok (10.1.0.102, 0.042 ms)}
     *     or {@code ok (10.1.0.102 unreachable, as expected)}
     */
    public String outcome() {
        String why = reached ? rttText() : "no reply" + (error != null ? ": " + error : "");
        if (passed()) {
            return expectReachable ? "ok (" + target + ", " + why + ")"
                    : "ok (" + target + " unreachable, as expected: " + why + ")";
        }
        return expectReachable ? "FAILED (" + target + ", " + why + ")"
                : "FAILED (" + target + " answered in " + why + ", expected no answer)";
    }
}

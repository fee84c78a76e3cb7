package dev.jnetlink.diag;

import java.net.InetAddress;
import java.time.Duration;

/**
 * The outcome of one ICMP echo.
 *
 * @param target who was pinged
 * @param sequence the echo's sequence number
 * @param replied true if a matching echo reply came back in time
 * @param rtt round-trip time, or null without a reply
 * @param ttl the reply's TTL (IPv4), or -1 (IPv6, where a raw socket does not see it)
 * @param error why the echo could not be sent (e.g. {@code Network is unreachable}), or null
 */
public record PingResult(InetAddress target, int sequence, boolean replied, Duration rtt, int ttl,
        String error) {
    /** @return the RTT in milliseconds with microsecond precision, or NaN without a reply */
    public double rttMillis() {
        return rtt == null ? Double.NaN : rtt.toNanos() / 1e6;
    }

    @Override
    public String toString() {
        if (replied) {
            return String.format("reply from %s: icmp_seq=%d%s time=%.3f ms", target.getHostAddress(),
                    sequence, ttl >= 0 ? " ttl=" + ttl : "", rttMillis());
        }
        return String.format("no reply from %s: icmp_seq=%d%s", target.getHostAddress(), sequence,
                error == null ? "" : " (" + error + ")");
    }
}

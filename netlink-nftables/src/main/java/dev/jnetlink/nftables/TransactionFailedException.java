package dev.jnetlink.nftables;

import dev.jnetlink.socket.NetlinkException;
import java.util.List;

/**
 * The kernel refused a transaction: nothing of it was applied. Every message it refused is
 * reported against the object it was about ({@link #failures()}), each with the kernel's
 * errno, extended-ack text and the attribute it pointed at, e.g.
 * {@code NFT_MSG_NEWRULE nat/prerouting: ENOENT (No such file or directory) [NFTA_RULE_CHAIN]}.
 * The exception's own errno and message are the first failure's.
 */
public class TransactionFailedException extends NetlinkException {
    private static final long serialVersionUID = 1L;

    private final transient List<Failure> failures;

    /**
     * One refused message.
     *
     * @param index the object's position in the transaction, from 0
     * @param object what it was about, e.g. {@code rule in nat/docker: tcp dport 8080 ...}
     * @param cause the kernel's refusal
     */
    public record Failure(int index, String object, NetlinkException cause) {
    }

    /** @param failures every refused message, in transaction order; at least one */
    public TransactionFailedException(List<Failure> failures) {
        super(failures.get(0).cause().errno(), failures.get(0).cause().operation(),
                failures.get(0).cause().object(), failures.get(0).cause().kernelMessage(),
                failures.get(0).cause().attribute(), detail(failures), failures.get(0).cause());
        this.failures = List.copyOf(failures);
    }

    private static String detail(List<Failure> failures) {
        StringBuilder sb = new StringBuilder("nothing of the transaction was applied");
        if (failures.size() > 1) {
            sb.append("; ").append(failures.size() - 1).append(" more refused:");
            for (Failure f : failures.subList(1, failures.size())) {
                sb.append(' ').append(f.cause().getMessage()).append(';');
            }
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }

    /** @return every refused message, in transaction order */
    public List<Failure> failures() {
        return failures;
    }
}

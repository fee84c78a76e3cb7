package dev.jnetlink.codec.rule;

import dev.jnetlink.codec.HostOrder;
import io.netty.buffer.ByteBuf;

/**
 * {@code struct fib_rule_hdr}, the fixed header of rule messages. Its two reserved bytes are
 * zero on the wire and not kept.
 *
 * @param family {@code AF_INET} or {@code AF_INET6}
 * @param dstLength prefix length of {@code FRA_DST}
 * @param srcLength prefix length of {@code FRA_SRC}
 * @param tos the TOS to match
 * @param table the table id if below 256 (else 0 with {@code FRA_TABLE})
 * @param action {@link RuleAction} {@code FR_ACT_*}
 * @param flags {@code FIB_RULE_*} bits ({@link #INVERT}, ...)
 */
public record FibRuleHdr(int family, int dstLength, int srcLength, int tos, int table,
        int action, int flags) {
    /** Size on the wire. */
    public static final int SIZE = 12;
    /** {@code FIB_RULE_PERMANENT}. */
    public static final int PERMANENT = 0x1;
    /** {@code FIB_RULE_INVERT}: the selector is negated ({@code not}). */
    public static final int INVERT = 0x2;
    /** {@code FIB_RULE_UNRESOLVED}: a goto to a rule that does not exist. */
    public static final int UNRESOLVED = 0x4;
    /** {@code FIB_RULE_IIF_DETACHED}: the input interface does not exist. */
    public static final int IIF_DETACHED = 0x8;
    /** {@code FIB_RULE_OIF_DETACHED}: the output interface does not exist. */
    public static final int OIF_DETACHED = 0x10;

    /**
     * @param buf buffer
     * @param offset absolute index of the structure
     * @return the header
     */
    public static FibRuleHdr read(ByteBuf buf, int offset) {
        return new FibRuleHdr(buf.getUnsignedByte(offset), buf.getUnsignedByte(offset + 1),
                buf.getUnsignedByte(offset + 2), buf.getUnsignedByte(offset + 3),
                buf.getUnsignedByte(offset + 4), buf.getUnsignedByte(offset + 7),
                HostOrder.getI32(buf, offset + 8));
    }

    /** @param buf receives the 12 bytes at its writer index */
    public void write(ByteBuf buf) {
        buf.writeByte(family);
        buf.writeByte(dstLength);
        buf.writeByte(srcLength);
        buf.writeByte(tos);
        buf.writeByte(table);
        buf.writeByte(0);
        buf.writeByte(0);
        buf.writeByte(action);
        HostOrder.writeI32(buf, flags);
    }
}

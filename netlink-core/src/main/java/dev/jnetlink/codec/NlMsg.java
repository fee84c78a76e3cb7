package dev.jnetlink.codec;

/**
 * Netlink message header ({@code struct nlmsghdr}) constants from {@code linux/netlink.h}:
 * the control message types and the flag bits.
 */
public final class NlMsg {
    /** Size of {@code struct nlmsghdr}: u32 len, u16 type, u16 flags, u32 seq, u32 pid. */
    public static final int HEADER_LENGTH = 16;

    /** {@code NLMSG_NOOP}: to be ignored. */
    public static final int NOOP = 1;
    /** {@code NLMSG_ERROR}: an error, or with error 0 an acknowledgement. */
    public static final int ERROR = 2;
    /** {@code NLMSG_DONE}: end of a multipart message (a dump). */
    public static final int DONE = 3;
    /** {@code NLMSG_OVERRUN}: data lost. */
    public static final int OVERRUN = 4;
    /** Types below this are control messages. */
    public static final int MIN_TYPE = 0x10;

    /** {@code NLM_F_REQUEST}. */
    public static final int F_REQUEST = 0x01;
    /** {@code NLM_F_MULTI}: part of a multipart message, ended by {@link #DONE}. */
    public static final int F_MULTI = 0x02;
    /** {@code NLM_F_ACK}: reply with an acknowledgement. */
    public static final int F_ACK = 0x04;
    /** {@code NLM_F_ECHO}: echo this request. */
    public static final int F_ECHO = 0x08;
    /** {@code NLM_F_DUMP_INTR}: the dump changed while it ran; the result may be inconsistent. */
    public static final int F_DUMP_INTR = 0x10;
    /** {@code NLM_F_DUMP_FILTERED}: the kernel applied the request's filter. */
    public static final int F_DUMP_FILTERED = 0x20;
    /** {@code NLM_F_ROOT}: all entries, not one. */
    public static final int F_ROOT = 0x100;
    /** {@code NLM_F_MATCH}: all matching entries. */
    public static final int F_MATCH = 0x200;
    /** {@code NLM_F_ATOMIC}. */
    public static final int F_ATOMIC = 0x400;
    /** {@code NLM_F_DUMP}: ROOT | MATCH. */
    public static final int F_DUMP = F_ROOT | F_MATCH;
    /** {@code NLM_F_REPLACE}: replace an existing object (NEW requests). */
    public static final int F_REPLACE = 0x100;
    /** {@code NLM_F_EXCL}: fail with EEXIST if the object exists (NEW requests). */
    public static final int F_EXCL = 0x200;
    /** {@code NLM_F_CREATE}: create if it does not exist (NEW requests). */
    public static final int F_CREATE = 0x400;
    /** {@code NLM_F_APPEND}: add at the end of the list (NEW requests). */
    public static final int F_APPEND = 0x800;
    /** {@code NLM_F_NONREC}: do not delete recursively (DEL requests). */
    public static final int F_NONREC = 0x100;
    /** {@code NLM_F_BULK}: bulk delete (DEL requests). */
    public static final int F_BULK = 0x200;
    /** {@code NLM_F_CAPPED}: an error reply whose echoed request was cut to its header. */
    public static final int F_CAPPED = 0x100;
    /** {@code NLM_F_ACK_TLVS}: an error reply that carries extended-ack attributes. */
    public static final int F_ACK_TLVS = 0x200;

    private NlMsg() {
    }

    /**
     * @param length a length in bytes
     * @return {@code length} rounded up to a multiple of 4 ({@code NLMSG_ALIGN})
     */
    public static int align(int length) {
        return (length + 3) & ~3;
    }
}

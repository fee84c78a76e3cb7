package dev.jnetlink.codec.nsid;

import dev.jnetlink.codec.AttributeSpace;

/**
 * Namespace id attribute types ({@code NETNSA_*} in {@code linux/net_namespace.h}), carried
 * by {@code RTM_NEWNSID}, {@code RTM_GETNSID} and {@code RTM_DELNSID}.
 */
public final class Netnsa {
    public static final int NONE = 0;
    /** s32: the nsid; {@link #NSID_NOT_ASSIGNED} if the namespace has none here. */
    public static final int NSID = 1;
    /** u32: names the peer namespace by a process in it (requests). */
    public static final int PID = 2;
    /** u32: names the peer namespace by an fd of the sender (requests). */
    public static final int FD = 3;
    /** s32: read the ids of the namespace with this nsid instead of the socket's (requests). */
    public static final int TARGET_NSID = 4;
    /** s32: with {@link #TARGET_NSID}, the peer's nsid as the socket's namespace sees it. */
    public static final int CURRENT_NSID = 5;

    /** {@code NETNSA_NSID_NOT_ASSIGNED}: the value of {@link #NSID} when there is none. */
    public static final int NSID_NOT_ASSIGNED = -1;

    /** Names of the {@code NETNSA_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("NETNSA", Netnsa.class);

    private Netnsa() {
    }
}

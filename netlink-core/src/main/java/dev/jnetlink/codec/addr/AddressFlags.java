package dev.jnetlink.codec.addr;

import java.util.ArrayList;
import java.util.List;

/** Address flags ({@code IFA_F_*} in {@code linux/if_addr.h}) and the names {@code ip addr} prints. */
public final class AddressFlags {
    /** An IPv4 secondary address; for IPv6 a temporary (privacy) address. */
    public static final int SECONDARY = 0x01;
    /** Skip duplicate address detection ({@code nodad}). */
    public static final int NODAD = 0x02;
    /** Optimistic DAD: usable while DAD runs ({@code optimistic}). */
    public static final int OPTIMISTIC = 0x04;
    /** DAD found another node using the address ({@code dadfailed}). */
    public static final int DADFAILED = 0x08;
    /** Mobile IPv6 home address ({@code home}). */
    public static final int HOMEADDRESS = 0x10;
    /** The preferred lifetime ran out. */
    public static final int DEPRECATED = 0x20;
    /** DAD has not finished: the address cannot be used yet. */
    public static final int TENTATIVE = 0x40;
    /** Configured, not learnt; {@code ip} prints {@code dynamic} when it is missing. */
    public static final int PERMANENT = 0x80;
    /** Make temporary addresses from this prefix ({@code mngtmpaddr}). */
    public static final int MANAGETEMPADDR = 0x100;
    /** Add no prefix route for the address ({@code noprefixroute}). */
    public static final int NOPREFIXROUTE = 0x200;
    /** Join the multicast group ({@code autojoin}). */
    public static final int MCAUTOJOIN = 0x400;
    /** An RFC 7217 stable-privacy address. */
    public static final int STABLE_PRIVACY = 0x800;

    private static final int[] BITS = {SECONDARY, NODAD, OPTIMISTIC, DADFAILED, HOMEADDRESS,
        DEPRECATED, TENTATIVE, PERMANENT, MANAGETEMPADDR, NOPREFIXROUTE, MCAUTOJOIN, STABLE_PRIVACY};
    private static final String[] NAMES = {"secondary", "nodad", "optimistic", "dadfailed", "home",
        "deprecated", "tentative", "permanent", "mngtmpaddr", "noprefixroute", "autojoin",
        "stable-privacy"};

    private AddressFlags() {
    }

    /**
     * The words {@code ip addr show} prints for the flags, in its order: {@code secondary}
     * ({@code temporary} for IPv6), ..., {@code dynamic} when not permanent; unknown bits as
     * {@code flags XX}.
     *
     * @param flags {@code IFA_F_*} bits
     * @param family the address family, for {@code temporary}
     * @return the words
     */
    public static List<String> names(int flags, int family) {
        List<String> out = new ArrayList<>(4);
        int rest = flags;
        for (int i = 0; i < BITS.length; i++) {
            int bit = BITS[i];
            if (bit == PERMANENT) {
                if ((flags & bit) == 0) {
                    out.add("dynamic");
                }
            } else if ((flags & bit) != 0) {
                out.add(bit == SECONDARY && family == AddressFamily.INET6 ? "temporary" : NAMES[i]);
            }
            rest &= ~bit;
        }
        if (rest != 0) {
            out.add("flags " + String.format("%02x", rest));
        }
        return out;
    }
}

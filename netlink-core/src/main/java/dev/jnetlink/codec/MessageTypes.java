package dev.jnetlink.codec;

/**
 * Names of rtnetlink message types, for errors and logs: {@code NLMSG_ERROR},
 * {@code RTM_NEWLINK}. Other families name theirs through their {@link NetlinkFamily}.
 */
public final class MessageTypes {
    private MessageTypes() {
    }

    /**
     * @param type {@code nlmsg_type} of an rtnetlink message
     * @return its name, or {@code NLMSG_<number>} for a type this library does not know
     * @see NetlinkFamily#typeName(int)
     */
    public static String name(int type) {
        return Rtnetlink.FAMILY.typeName(type);
    }
}

package dev.jnetlink.codec;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/** Names of netlink message types, for errors and logs: {@code NLMSG_ERROR}, {@code RTM_NEWLINK}. */
public final class MessageTypes {
    private static final String[] NAMES = new String[128];

    static {
        NAMES[NlMsg.NOOP] = "NLMSG_NOOP";
        NAMES[NlMsg.ERROR] = "NLMSG_ERROR";
        NAMES[NlMsg.DONE] = "NLMSG_DONE";
        NAMES[NlMsg.OVERRUN] = "NLMSG_OVERRUN";
        for (Field f : Rtm.class.getDeclaredFields()) {
            if (f.getType() == int.class && Modifier.isStatic(f.getModifiers())) {
                try {
                    NAMES[f.getInt(null)] = "RTM_" + f.getName();
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private MessageTypes() {
    }

    /**
     * @param type {@code nlmsg_type}
     * @return its name, or {@code NLMSG_<number>} for a type this library does not know
     */
    public static String name(int type) {
        String n = type >= 0 && type < NAMES.length ? NAMES[type] : null;
        return n != null ? n : "NLMSG_" + type;
    }
}

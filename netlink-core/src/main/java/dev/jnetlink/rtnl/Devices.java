package dev.jnetlink.rtnl;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.link.IfInfoMsg;
import dev.jnetlink.codec.link.Ifla;
import dev.jnetlink.socket.NotFoundException;
import dev.jnetlink.socket.Request;
import dev.jnetlink.socket.RequestEngine;
import java.util.HashMap;
import java.util.Map;

/**
 * Interface name and index lookups for the address, route, neighbour and rule operations:
 * what iproute2's {@code ll_name_to_index} does, without decoding whole links.
 */
final class Devices {
    private Devices() {
    }

    /**
     * @param engine the namespace's engine
     * @param name an interface name, already validated
     * @return its index
     * @throws dev.jnetlink.socket.NotFoundException if there is no such interface
     *     ({@code RTM_GETLINK NAME: ENODEV})
     */
    static int index(RequestEngine engine, String name) {
        Integer index = engine.query(new Request(Rtm.GETLINK, 0, name, IfInfoMsg.SIZE, Ifla.SPACE, w -> {
            IfInfoMsg.EMPTY.write(w.buffer());
            w.putU32(Ifla.EXT_MASK, Ifla.RTEXT_FILTER_SKIP_STATS);
            w.putString(Ifla.IFNAME, name);
        }), Devices::indexOf);
        return index;
    }

    /**
     * Looks up the device a request names, for that request: a missing device is reported as
     * the request the caller made ({@code RTM_NEWADDR 10.0.0.1/24 dev nosuch0: ENODEV ...}),
     * not as the lookup's own {@code RTM_GETLINK}.
     *
     * @param engine the namespace's engine
     * @param name an interface name, already validated
     * @param operation the caller's request, e.g. {@code RTM_NEWADDR}
     * @param object what that request is about, e.g. {@code 10.0.0.1/24 dev nosuch0}
     * @return the index
     * @throws NotFoundException naming {@code object} if there is no such interface
     */
    static int index(RequestEngine engine, String name, String operation, Object object) {
        try {
            return index(engine, name);
        } catch (NotFoundException e) {
            throw missing(e, name, operation, object);
        }
    }

    /**
     * @param e the lookup's refusal
     * @param name the interface it looked for
     * @param operation the caller's request
     * @param object what that request is about
     * @return the refusal naming the caller's request and object
     */
    static NotFoundException missing(NotFoundException e, String name, String operation, Object object) {
        return new NotFoundException(e, operation, String.valueOf(object),
                "no link " + name + " in this namespace");
    }

    private static Integer indexOf(MessageCursor m) {
        if (m.type() != Rtm.NEWLINK) {
            return null;
        }
        m.requirePayload(IfInfoMsg.SIZE, "ifinfomsg");
        return IfInfoMsg.read(m.buffer(), m.payloadOffset()).index();
    }

    /**
     * A memo of name lookups for one call that names many interfaces (a bulk route install).
     */
    static final class Cache {
        private final RequestEngine engine;
        private final Map<String, Integer> indexes = new HashMap<>();

        Cache(RequestEngine engine) {
            this.engine = engine;
        }

        int index(String name) {
            Integer i = indexes.get(name);
            if (i == null) {
                i = Devices.index(engine, name);
                indexes.put(name, i);
            }
            return i;
        }

        /**
         * @param name an interface a request names
         * @param operation the caller's request
         * @param object what that request is about
         * @return its index
         * @throws NotFoundException naming {@code object} if there is no such interface
         */
        int index(String name, String operation, Object object) {
            try {
                return index(name);
            } catch (NotFoundException e) {
                throw missing(e, name, operation, object);
            }
        }
    }
}

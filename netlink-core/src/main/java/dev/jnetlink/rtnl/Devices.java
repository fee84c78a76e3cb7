package dev.jnetlink.rtnl;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.link.IfInfoMsg;
import dev.jnetlink.codec.link.Ifla;
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
    }
}

package dev.jnetlink.topology;

import dev.jnetlink.codec.addr.Prefix;
import java.util.List;
import java.util.Map;

/**
 * One network interface as a topology wants it, in the namespace it ends up in: what
 * {@code ip -n NS link set NAME [mtu N] [master M] up|down} and {@code ip -n NS addr add} give it.
 *
 * @param namespace the namespace's name in the topology (without the prefix)
 * @param name the interface's name
 * @param mtu its MTU, or null for the kernel's default
 * @param up whether it is up ({@code ip link set NAME up}); down otherwise
 * @param master the bridge it is a port of ({@code ip link set NAME master M}), or null
 * @param addresses its addresses ({@code ip addr add PREFIX dev NAME}), in order
 * @param shaping link shaping as given (delay, loss, rate ...), handed to a {@link LinkShaper};
 *     empty for none
 */
public record Iface(String namespace, String name, Integer mtu, boolean up, String master,
        List<Prefix> addresses, Map<String, Object> shaping) {
    /** Copies the lists. */
    public Iface {
        addresses = List.copyOf(addresses);
        shaping = Map.copyOf(shaping);
    }

    /** @return {@code NS/NAME}, how plans and errors name it */
    public String qualified() {
        return namespace + "/" + name;
    }
}

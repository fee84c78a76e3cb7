package dev.jnetlink.netns;

import dev.jnetlink.socket.Errno;
import dev.jnetlink.socket.NotFoundException;
import dev.jnetlink.socket.PermissionDeniedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The network sysctls of one namespace ({@code /proc/sys/net/...}), read and written
 * in-process: {@code /proc/sys/net} shows the namespace of the thread that opens the file, so
 * each call runs on a thread that entered the namespace, as {@link NetNs#call} does. Equivalent
 * to {@code ip netns exec NS sysctl [-w] KEY[=VALUE]}.
 *
 * <pre>{@code
 * Sysctls s = ns.sysctls();                                   // or rtnl.sysctls()
 * s.set("net.ipv4.ip_forward", "1");                          // sysctl -w net.ipv4.ip_forward=1
 * s.set(Sysctls.ipv6Conf("eth0", "accept_dad"), "0");         // sysctl -w net/ipv6/conf/eth0/accept_dad=0
 * String arp = s.get(Sysctls.ipv4Conf("eth0", "arp_notify")); // sysctl -n net.ipv4.conf.eth0.arp_notify
 * }</pre>
 *
 * <p>A key is written as {@code sysctl} takes it: parts separated by dots
 * ({@code net.ipv4.ip_forward}), or by slashes when a part contains a dot, as an interface name
 * may ({@code net/ipv4/conf/veth1.1/arp_notify}); {@link #ipv4Conf} and {@link #ipv6Conf} build
 * those. Only {@code net} keys: those are the ones a network namespace has its own of.
 */
public final class Sysctls {
    private static final Path PROC_SYS = Path.of("/proc/sys");

    private final Supplier<NetNs> namespace;
    private final boolean owned;

    private Sysctls(Supplier<NetNs> namespace, boolean owned) {
        this.namespace = namespace;
        this.owned = owned;
    }

    /**
     * @param ns a namespace handle, kept open by the caller while the sysctls are used
     * @return its sysctls
     */
    static Sysctls of(NetNs ns) {
        Objects.requireNonNull(ns, "ns");
        return new Sysctls(() -> ns, false);
    }

    /**
     * The sysctls of a namespace opened afresh for each call and closed after it, e.g. from a
     * client's socket ({@link NetNs#ofSocket}).
     *
     * @param opener opens a handle to the namespace
     * @return its sysctls
     */
    public static Sysctls opening(Supplier<NetNs> opener) {
        return new Sysctls(Objects.requireNonNull(opener, "opener"), true);
    }

    /**
     * @param iface an interface name, or {@code all} or {@code default}
     * @param name e.g. {@code arp_notify}, {@code forwarding}, {@code rp_filter}
     * @return the key {@code net/ipv4/conf/IFACE/NAME}
     */
    public static String ipv4Conf(String iface, String name) {
        return "net/ipv4/conf/" + iface + "/" + name;
    }

    /**
     * @param iface an interface name, or {@code all} or {@code default}
     * @param name e.g. {@code accept_dad}, {@code accept_ra}, {@code disable_ipv6}
     * @return the key {@code net/ipv6/conf/IFACE/NAME}
     */
    public static String ipv6Conf(String iface, String name) {
        return "net/ipv6/conf/" + iface + "/" + name;
    }

    /**
     * Reads one sysctl. Equivalent to {@code sysctl -n KEY}.
     *
     * @param key e.g. {@code net.ipv4.ip_forward}
     * @return its value without the trailing newline
     * @throws IllegalArgumentException if the key is not a network sysctl key (before any
     *     system call)
     * @throws NotFoundException if the namespace has no such sysctl (e.g. the interface is not
     *     there)
     */
    public String get(String key) {
        Path p = path(key);
        return inNamespace("sysctl " + key, () -> {
            String v = Files.readString(p, StandardCharsets.UTF_8);
            return v.endsWith("\n") ? v.substring(0, v.length() - 1) : v;
        });
    }

    /**
     * Writes one sysctl. Equivalent to {@code sysctl -w KEY=VALUE}.
     *
     * @param key e.g. {@code net.ipv4.ip_forward}
     * @param value e.g. {@code 1}
     * @throws IllegalArgumentException if the key or value is malformed (before any system
     *     call)
     * @throws NotFoundException if the namespace has no such sysctl
     * @throws UncheckedIOException if the kernel refuses the value
     */
    public void set(String key, String value) {
        setAll(Map.of(key, value));
    }

    /**
     * Writes several sysctls in one entry into the namespace, in the map's order. Equivalent to
     * {@code sysctl -w K1=V1 K2=V2 ...}; stops at the first refusal.
     *
     * @param values keys and values, e.g. from a {@link LinkedHashMap}
     * @throws IllegalArgumentException if a key or value is malformed (before any system call)
     * @throws NotFoundException if the namespace has no such sysctl
     * @throws UncheckedIOException if the kernel refuses a value
     */
    public void setAll(Map<String, String> values) {
        Map<Path, String> writes = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            writes.put(path(e.getKey()), value(e.getKey(), e.getValue()));
        }
        List<String> keys = List.copyOf(values.keySet());
        inNamespace("sysctl -w " + String.join(" ", keys), () -> {
            int i = 0;
            for (Map.Entry<Path, String> w : writes.entrySet()) {
                String key = keys.get(i++);
                try {
                    Files.writeString(w.getKey(), w.getValue() + "\n", StandardCharsets.UTF_8);
                } catch (NoSuchFileException | AccessDeniedException missing) {
                    throw missing;
                } catch (IOException refused) {
                    throw new IOException("sysctl -w " + key + "=" + w.getValue() + ": "
                            + refused.getMessage(), refused);
                }
            }
            return null;
        });
    }

    private interface Io<T> {
        T run() throws IOException;
    }

    private <T> T inNamespace(String what, Io<T> io) {
        NetNs ns = namespace.get();
        try {
            return ns.call(() -> {
                try {
                    return io.run();
                } catch (NoSuchFileException e) {
                    throw new NotFoundException(Errno.ENOENT, "sysctl", keyOf(e.getFile()) + " in "
                            + ns.describe(), "no such sysctl", null);
                } catch (AccessDeniedException e) {
                    throw new PermissionDeniedException(Errno.EACCES, "sysctl", keyOf(e.getFile())
                            + " in " + ns.describe(), null, null);
                } catch (IOException e) {
                    throw new UncheckedIOException(what + " in " + ns.describe() + ": " + e.getMessage(), e);
                }
            });
        } finally {
            if (owned) {
                ns.close();
            }
        }
    }

    private static String keyOf(String file) {
        return file.startsWith(PROC_SYS + "/") ? file.substring(PROC_SYS.toString().length() + 1) : file;
    }

    // sysctl(8): slashes separate the parts if there is one, else dots do
    static Path path(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("sysctl key must not be empty");
        }
        String[] parts = key.indexOf('/') >= 0 ? key.split("/", -1) : key.split("\\.", -1);
        if (!parts[0].equals("net") || parts.length < 2) {
            throw new IllegalArgumentException("not a network sysctl key: \"" + key
                    + "\" (net.ipv4.ip_forward, net/ipv4/conf/IFACE/arp_notify, ...)");
        }
        for (String part : parts) {
            if (part.isEmpty() || part.equals(".") || part.equals("..") || part.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("sysctl key \"" + key + "\" has an empty or"
                        + " relative part");
            }
        }
        return PROC_SYS.resolve(String.join("/", parts));
    }

    private static String value(String key, String value) {
        if (value == null || value.isEmpty() || value.indexOf('\n') >= 0 || value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("sysctl " + key + ": the value must be one line of"
                    + " text, got " + (value == null ? "null" : "\"" + value + "\""));
        }
        return value;
    }
}

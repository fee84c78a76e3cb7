package dev.jnetlink.rtnl.view;

import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.link.ArpHardware;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The small formats and name databases iproute2's printers share, for the views and for
 * {@link KindView}s: {@code %#llx} hex, {@code on}/{@code off}, bridge timers, link-layer
 * addresses, EtherType names, and the names of routing tables, protocols, scopes, realms, DS
 * fields and link groups, read from {@code /etc/iproute2} the way {@code ip} reads them
 * ({@code lib/rt_names.c}: built-in names first, the files over them, each file read once).
 */
public final class Iproute2 {
    /** Where iproute2 6.1 (Debian) keeps its name databases. */
    public static final Path CONFIG_DIR = Path.of("/etc/iproute2");

    private Iproute2() {
    }

    /**
     * @param value a number
     * @return it as C's {@code %#llx} prints it: {@code 0} for zero, else {@code 0x} and lower-case
     *     hex
     */
    public static String hex(long value) {
        return value == 0 ? "0" : "0x" + Long.toHexString(value);
    }

    /**
     * @param on a boolean attribute
     * @return {@code on} or {@code off}, as {@code print_on_off} prints it
     */
    public static String onOff(boolean on) {
        return on ? "on" : "off";
    }

    /**
     * @param centiseconds a bridge timer in hundredths of a second (what the kernel sends)
     * @return it as {@code %4i.%.2i}, e.g. {@code "   0.00"}, {@code " 264.53"}
     */
    public static String timer(long centiseconds) {
        return String.format("%4d.%02d", centiseconds / 100, centiseconds % 100);
    }

    /**
     * @param address a link-layer address
     * @param deviceType the device's {@code ARPHRD_*}
     * @return it as {@code ll_addr_n2a} prints it: an IPv4 or IPv6 address for IP tunnels, else
     *     the bytes in lower-case hex separated by colons
     */
    public static String linkAddress(MacAddress address, int deviceType) {
        byte[] b = address.toArray();
        if (b.length == 4 && (deviceType == ArpHardware.TUNNEL || deviceType == ArpHardware.SIT
                || deviceType == ArpHardware.IPGRE)
                || b.length == 16 && (deviceType == ArpHardware.TUNNEL6
                        || deviceType == ArpHardware.IP6GRE)) {
            return IpAddresses.format(IpAddresses.of(b));
        }
        return address.toString();
    }

    /**
     * @param etherType an EtherType, e.g. {@code 0x8100}
     * @return the name {@code ll_proto_n2a} gives it ({@code 802.1Q}, {@code 802.1ad}, ...), or
     *     the number in hex as it prints an unknown one
     */
    public static String etherTypeName(int etherType) {
        return switch (etherType) {
            case 0x0800 -> "ip";
            case 0x0806 -> "arp";
            case 0x86dd -> "ipv6";
            case 0x8100 -> "802.1Q";
            case 0x88a8 -> "802.1ad";
            case 0x8847 -> "mpls_uc";
            case 0x8848 -> "mpls_mc";
            default -> "[" + etherType + "]";
        };
    }

    /**
     * @param id a routing table id (unsigned)
     * @return its name in {@code rt_tables} ({@code main}, {@code local}, ...), or the number
     */
    public static String tableName(int id) {
        String n = Databases.TABLES.name(id);
        return n != null ? n : Integer.toUnsignedString(id);
    }

    /**
     * @param id a route protocol
     * @return its name in {@code rt_protos} ({@code kernel}, {@code static}, ...), or the number
     */
    public static String protocolName(int id) {
        String n = Databases.PROTOCOLS.name(id);
        return n != null ? n : Integer.toUnsignedString(id);
    }

    /**
     * @param id a scope
     * @return its name in {@code rt_scopes} ({@code global}, {@code link}, {@code host}, ...), or
     *     the number
     */
    public static String scopeName(int id) {
        String n = Databases.SCOPES.name(id);
        return n != null ? n : Integer.toString(id);
    }

    /**
     * @param id a realm
     * @return its name in {@code rt_realms}, or the number
     */
    public static String realmName(int id) {
        String n = Databases.REALMS.name(id);
        return n != null ? n : Integer.toString(id);
    }

    /**
     * @param tos a TOS / DS field byte
     * @return its name in {@code rt_dsfield} ({@code AF11}, ...), or {@code 0x%02x}
     */
    public static String dsfieldName(int tos) {
        String n = Databases.DSFIELDS.name(tos);
        return n != null ? n : String.format("0x%02x", tos);
    }

    /**
     * @param group a link group (signed, as iproute2 prints it)
     * @return its name in {@code group} ({@code default} for 0), or the number
     */
    public static String groupName(int group) {
        String n = Databases.GROUPS.name(group);
        return n != null ? n : Integer.toString(group);
    }

    /**
     * @param protocol an IP protocol number
     * @return its name in {@code /etc/protocols} ({@code tcp}, {@code udp}, ...), or
     *     {@code ipproto-N}, as {@code inet_proto_n2a} prints it
     */
    public static String ipProtocolName(int protocol) {
        String n = Databases.IP_PROTOCOLS.get(protocol);
        return n != null ? n : "ipproto-" + protocol;
    }

    // getprotobynumber: the first line of /etc/protocols with that number
    private static Map<Integer, String> readProtocols() {
        Map<Integer, String> out = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(Path.of("/etc/protocols"),
                StandardCharsets.ISO_8859_1)) {
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                String[] f = (hash >= 0 ? line.substring(0, hash) : line).trim().split("\\s+");
                if (f.length >= 2) {
                    try {
                        out.putIfAbsent(Integer.parseInt(f[1]), f[0]);
                    } catch (NumberFormatException e) {
                        // not a protocol line
                    }
                }
            }
        } catch (IOException e) {
            // no /etc/protocols: numbers only
        }
        return Map.copyOf(out);
    }

    /** One of iproute2's id-to-name databases: built-in names, then files that override them. */
    private static final class Database {
        private final boolean byteIds;
        private final List<Integer> ids = new ArrayList<>();
        private final List<String> names = new ArrayList<>();

        /**
         * @param byteIds true for a 256-entry table (ids 0..255 only, a later entry replaces an
         *     earlier one), false for a hash of any id (rt_tables, group)
         * @param builtIn id, name pairs
         * @param file the database, e.g. {@code rt_tables}
         * @param dropIn a {@code .d} directory whose {@code *.conf} files are read after it, or null
         */
        Database(boolean byteIds, Object[] builtIn, String file, String dropIn) {
            this.byteIds = byteIds;
            for (int i = 0; i < builtIn.length; i += 2) {
                put((Integer) builtIn[i], (String) builtIn[i + 1]);
            }
            read(CONFIG_DIR.resolve(file));
            if (dropIn != null) {
                List<Path> confs = new ArrayList<>();
                try (DirectoryStream<Path> d = Files.newDirectoryStream(CONFIG_DIR.resolve(dropIn))) {
                    for (Path p : d) {
                        String n = p.getFileName().toString();
                        if (!n.startsWith(".") && n.length() > 5 && n.endsWith(".conf")) {
                            confs.add(p);
                        }
                    }
                } catch (IOException e) {
                    // no drop-in directory: nothing more to read, as ip
                }
                confs.forEach(this::read);
            }
        }

        private void put(int id, String name) {
            ids.add(id);
            names.add(name);
        }

        // fread_id_name: "0xNN name" or "NN name", '#' comments; a corrupt line ends the file.
        private void read(Path file) {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                String line;
                while ((line = r.readLine()) != null) {
                    String s = line.stripLeading();
                    if (s.isEmpty() || s.startsWith("#")) {
                        continue;
                    }
                    String[] f = s.split("[ \t]+", 3);
                    if (f.length < 2) {
                        return;
                    }
                    long id;
                    try {
                        id = f[0].startsWith("0x") ? Long.parseLong(f[0].substring(2), 16)
                                : Long.parseLong(f[0]);
                    } catch (NumberFormatException e) {
                        return;
                    }
                    if (id < 0 || id > 0xffffffffL || byteIds && id > 255) {
                        continue;
                    }
                    put((int) id, f[1]);
                }
            } catch (NoSuchFileException e) {
                // no file: the built-in names only, as ip
            } catch (IOException e) {
                // unreadable: as ip, which skips a file it cannot open
            }
        }

        // The newest entry for an id wins: a file's line replaces the built-in name.
        String name(int id) {
            for (int i = names.size() - 1; i >= 0; i--) {
                if (ids.get(i) == id) {
                    return names.get(i);
                }
            }
            return null;
        }
    }

    /** Loaded on first use, once per JVM (ip loads them once per run). */
    private static final class Databases {
        static final Database TABLES = new Database(false,
                new Object[] {253, "default", 254, "main", 255, "local"}, "rt_tables", "rt_tables.d");
        static final Database PROTOCOLS = new Database(true, new Object[] {0, "unspec", 1, "redirect",
            2, "kernel", 3, "boot", 4, "static", 8, "gated", 9, "ra", 10, "mrt", 11, "zebra",
            12, "bird", 13, "dnrouted", 14, "xorp", 15, "ntk", 16, "dhcp", 18, "keepalived",
            42, "babel", 186, "bgp", 187, "isis", 188, "ospf", 189, "rip", 192, "eigrp"},
                "rt_protos", "rt_protos.d");
        static final Database SCOPES = new Database(true,
                new Object[] {0, "global", 255, "nowhere", 254, "host", 253, "link", 200, "site"},
                "rt_scopes", null);
        static final Database REALMS = new Database(true, new Object[] {0, "unknown"}, "rt_realms", null);
        static final Database DSFIELDS = new Database(true, new Object[] {0, "0"}, "rt_dsfield", null);
        static final Database GROUPS = new Database(false, new Object[] {0, "default"}, "group", null);
        static final Map<Integer, String> IP_PROTOCOLS = readProtocols();

        private Databases() {
        }
    }
}

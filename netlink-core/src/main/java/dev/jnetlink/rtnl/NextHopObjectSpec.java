package dev.jnetlink.rtnl;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.addr.AddressFamily;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.nexthop.NextHopGroupMember;
import dev.jnetlink.codec.nexthop.NextHopObject;
import dev.jnetlink.codec.nexthop.NextHopObjectCodec;
import dev.jnetlink.codec.nexthop.NhMsg;
import dev.jnetlink.codec.nexthop.ResilientGroup;
import dev.jnetlink.codec.route.RouteFlags;
import dev.jnetlink.codec.route.RouteProtocol;
import java.net.InetAddress;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * A nexthop object to add or replace: what {@code ip nexthop add id N ...} takes. A single
 * next hop (a gateway on a device, a device, a blackhole) or a group of other objects, which
 * routes then use by id ({@link RouteSpec.Builder#nhid(int)}). Immutable; checked by
 * {@link Builder#build()} before any request.
 *
 * <pre>{@code
 * rtnl.nexthops().add(NextHopObjectSpec.id(1).via("10.1.0.2").dev("veth0"));
 * rtnl.nexthops().add(NextHopObjectSpec.id(2).dev("veth0"));
 * rtnl.nexthops().add(NextHopObjectSpec.id(10).group(NextHopObjectSpec.member(1), NextHopObjectSpec.member(2, 3)));
 * rtnl.routes().add(RouteSpec.to("10.20.0.0/24").nhid(10));
 * }</pre>
 */
public final class NextHopObjectSpec {
    /**
     * The table in the order {@code ip nexthop add id N via GW dev DEV blackhole fdb group G
     * type resilient ...} writes the attributes: the order of its command line, the resilient
     * group's parameters before the group type.
     */
    static final AttributeSetCodec<NextHopObject> REQUEST = NextHopObjectCodec.ATTRIBUTES.withEncodeOrder(
            "id", "gateway", "oif", "encap", "encapType", "blackhole", "fdb", "group", "resilient",
            "groupType", "opFlags", "groupStats", "hwStatsEnable", "hwStatsUsed");

    private final int id;
    private final InetAddress gateway;
    private final String dev;
    private final boolean blackhole;
    private final boolean onlink;
    private final boolean fdb;
    private final List<NextHopGroupMember> group;
    private final ResilientGroup resilient;
    private final RouteProtocol protocol;

    private NextHopObjectSpec(Builder b) {
        this.id = b.id;
        this.gateway = b.gateway;
        this.dev = b.dev;
        this.blackhole = b.blackhole;
        this.onlink = b.onlink;
        this.fdb = b.fdb;
        this.group = b.group == null ? null : List.copyOf(b.group);
        this.resilient = b.resilient;
        this.protocol = b.protocol;
    }

    /**
     * Starts a nexthop object: {@code ip nexthop add id N ...}.
     *
     * @param id 1 to 2^32 - 1, as an unsigned int
     * @return a builder
     * @throws IllegalArgumentException for id 0 (the kernel would choose one, and the caller
     *     could not name it)
     */
    public static Builder id(int id) {
        if (id == 0) {
            throw new IllegalArgumentException("nexthop id 0 is not an id (give 1 to 4294967295)");
        }
        return new Builder(id);
    }

    /**
     * @param id a member object's id
     * @return the member with weight 1 ({@code group ID})
     */
    public static NextHopGroupMember member(int id) {
        return new NextHopGroupMember(id, 1);
    }

    /**
     * @param id a member object's id
     * @param weight 1 to 256 (to 65536 on Linux 6.12 and later)
     * @return the member ({@code group ID,WEIGHT})
     */
    public static NextHopGroupMember member(int id, int weight) {
        return new NextHopGroupMember(id, weight);
    }

    /** @return the id */
    public int id() {
        return id;
    }

    /** @return the output interface's name, or null */
    public String dev() {
        return dev;
    }

    /** @return the members of a group, or null for a single next hop */
    public List<NextHopGroupMember> group() {
        return group;
    }

    /**
     * @param indexOf resolves {@link #dev()}; must not send requests
     * @return the object as the request carries it
     */
    public NextHopObject toObject(ToIntFunction<String> indexOf) {
        int family = gateway != null ? AddressFamily.of(gateway)
                : group != null ? AddressFamily.UNSPEC : AddressFamily.INET;
        return NextHopObject.builder()
                .header(new NhMsg(family, 0, protocol == null ? 0 : protocol.value(),
                        onlink ? RouteFlags.ONLINK : 0))
                .id(id)
                .gateway(gateway)
                .oif(dev == null ? null : indexOf.applyAsInt(dev))
                .blackhole(blackhole ? Boolean.TRUE : null)
                .fdb(fdb ? Boolean.TRUE : null)
                .group(group)
                .resilient(resilient)
                .groupType(resilient != null ? NextHopObject.RESILIENT : null)
                .build();
    }

    /**
     * Writes the request payload as {@code ip nexthop add} does for the command line of
     * {@link #toString()}.
     *
     * @param w the writer, after the netlink header
     * @param indexOf resolves {@link #dev()}; must not send requests
     */
    public void write(MessageWriter w, ToIntFunction<String> indexOf) {
        NextHopObject o = toObject(indexOf);
        o.header().write(w.buffer());
        REQUEST.encode(w, o);
    }

    /**
     * @return the object as {@code ip nexthop add} arguments, e.g. {@code id 1 via 10.1.0.2 dev
     *     veth0}: how errors name it
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("id ").append(Integer.toUnsignedString(id));
        if (gateway != null) {
            sb.append(" via ").append(IpAddresses.format(gateway));
        }
        if (dev != null) {
            sb.append(" dev ").append(dev);
        }
        if (blackhole) {
            sb.append(" blackhole");
        }
        if (onlink) {
            sb.append(" onlink");
        }
        if (fdb) {
            sb.append(" fdb");
        }
        if (group != null) {
            sb.append(" group ");
            for (int i = 0; i < group.size(); i++) {
                sb.append(i == 0 ? "" : "/").append(group.get(i));
            }
        }
        if (resilient != null) {
            sb.append(" type resilient");
            if (resilient.buckets() != null) {
                sb.append(" buckets ").append(resilient.buckets());
            }
        }
        return sb.toString();
    }

    /** Builds a {@link NextHopObjectSpec}. */
    public static final class Builder {
        private final int id;
        private InetAddress gateway;
        private String dev;
        private boolean blackhole;
        private boolean onlink;
        private boolean fdb;
        private List<NextHopGroupMember> group;
        private ResilientGroup resilient;
        private RouteProtocol protocol;

        private Builder(int id) {
            this.id = id;
        }

        /**
         * @param gateway {@code via GATEWAY}: an IPv4 or IPv6 address, which sets the family
         * @return this builder
         */
        public Builder via(String gateway) {
            this.gateway = IpAddresses.parse(gateway);
            return this;
        }

        /**
         * @param gateway {@code via GATEWAY}
         * @return this builder
         */
        public Builder via(InetAddress gateway) {
            this.gateway = Objects.requireNonNull(gateway, "gateway");
            return this;
        }

        /**
         * @param dev {@code dev NAME}: the output interface
         * @return this builder
         */
        public Builder dev(String dev) {
            this.dev = InterfaceNames.validate(dev);
            return this;
        }

        /** @return this builder, with {@code blackhole}: packets are dropped */
        public Builder blackhole() {
            this.blackhole = true;
            return this;
        }

        /** @return this builder, with {@code onlink}: the gateway is on the link even if no prefix says so */
        public Builder onlink() {
            this.onlink = true;
            return this;
        }

        /** @return this builder, with {@code fdb}: a nexthop for VXLAN FDB entries, not routes */
        public Builder fdb() {
            this.fdb = true;
            return this;
        }

        /**
         * @param members {@code group ID[,WEIGHT]/...}: the objects of the group
         * @return this builder
         */
        public Builder group(NextHopGroupMember... members) {
            return group(List.of(members));
        }

        /**
         * @param members {@code group ID[,WEIGHT]/...}: the objects of the group
         * @return this builder
         */
        public Builder group(List<NextHopGroupMember> members) {
            this.group = List.copyOf(members);
            return this;
        }

        /**
         * Makes the group resilient: {@code type resilient buckets N}.
         *
         * @param buckets 1 to 65535 (the kernel needs at least as many as the group has members)
         * @param idleTimer {@code idle_timer}: a bucket idle this long may be moved, or null for
         *     the kernel's default (120 s)
         * @param unbalancedTimer {@code unbalanced_timer}: after this long unbalanced, busy
         *     buckets move too; null for the kernel's default (0, never)
         * @return this builder
         */
        public Builder resilient(int buckets, Duration idleTimer, Duration unbalancedTimer) {
            if (buckets < 1 || buckets > 65535) {
                throw new IllegalArgumentException("resilient group buckets must be 1 to 65535, got " + buckets);
            }
            this.resilient = new ResilientGroup(buckets, ticks("idle_timer", idleTimer),
                    ticks("unbalanced_timer", unbalancedTimer), null, List.of());
            return this;
        }

        private static Integer ticks(String what, Duration d) {
            if (d == null) {
                return null;
            }
            long ticks = d.toMillis() / 10; // clock_t at USER_HZ 100
            if (d.isNegative() || ticks > 0xffffffffL) {
                throw new IllegalArgumentException(what + " must be 0 to 42949672 s, got " + d);
            }
            return (int) ticks;
        }

        /**
         * @param protocol {@code proto P}: who installed it; unset (0) by default, as {@code ip nexthop add}
         * @return this builder
         */
        public Builder protocol(RouteProtocol protocol) {
            this.protocol = Objects.requireNonNull(protocol, "protocol");
            return this;
        }

        /**
         * @return the spec
         * @throws IllegalArgumentException if the values do not fit together: a group with a
         *     gateway, device or blackhole, an empty group or one naming an id twice or itself,
         *     a blackhole with a gateway or device, a single next hop without a device (unless
         *     a blackhole or fdb), resilient parameters without a group
         */
        public NextHopObjectSpec build() {
            String what = "nexthop id " + Integer.toUnsignedString(id);
            if (group != null) {
                if (gateway != null || dev != null || blackhole || onlink) {
                    throw new IllegalArgumentException(what + ": a group takes no gateway, device, "
                            + "blackhole or onlink; give them to its members");
                }
                if (group.isEmpty()) {
                    throw new IllegalArgumentException(what + ": a group needs at least one member");
                }
                Set<Integer> seen = new HashSet<>();
                for (NextHopGroupMember m : group) {
                    if (m.id() == id) {
                        throw new IllegalArgumentException(what + ": a group can not contain itself");
                    }
                    if (!seen.add(m.id())) {
                        throw new IllegalArgumentException(what + ": member "
                                + Integer.toUnsignedString(m.id()) + " is in the group twice");
                    }
                }
            } else {
                if (resilient != null) {
                    throw new IllegalArgumentException(what + ": type resilient is for groups");
                }
                if (blackhole && (gateway != null || dev != null)) {
                    throw new IllegalArgumentException(what + ": a blackhole takes no gateway or device");
                }
                if (!blackhole && !fdb && dev == null) {
                    throw new IllegalArgumentException(what + " needs a device (dev), unless it is "
                            + "a blackhole or an fdb nexthop");
                }
            }
            return new NextHopObjectSpec(this);
        }
    }
}

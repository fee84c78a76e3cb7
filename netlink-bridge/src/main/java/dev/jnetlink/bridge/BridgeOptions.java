package dev.jnetlink.bridge;

import dev.jnetlink.bridge.codec.BridgeInfo;
import dev.jnetlink.bridge.codec.Centiseconds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Bridge settings to create a bridge with ({@link Bridge.Builder#options}) or to change later
 * ({@link Bridges#change}): the options of {@code ip link add/set BR type bridge ...} and of
 * {@code brctl stp/setfd/sethello/setmaxage/setageing/setbridgeprio}. Only the options set are
 * sent; the rest keep their values (the kernel's defaults for a new bridge).
 *
 * <p>Times are {@link Duration}s. The kernel keeps them in centiseconds, so a duration must be
 * a whole number of centiseconds (10 ms steps). {@link Builder#build()} checks the ranges the
 * kernel enforces, so an out-of-range value fails before any request is sent:
 * <ul>
 *   <li>hello time 1 to 10 s, max age 6 to 40 s (the kernel answers {@code ERANGE});</li>
 *   <li>forward delay 2 to 30 s when these options also turn STP on (the kernel checks it only
 *       while STP is on; with STP off any value up to 2<sup>32</sup>-1 cs is taken);</li>
 *   <li>priority 0 to 65535, default PVID 0 (none) to 4094;</li>
 *   <li>group forward mask 0 to {@code 0xffff} without bits 0, 1 and 2 (STP, pause and LACP
 *       frames are never forwarded: {@code EINVAL}).</li>
 * </ul>
 *
 * <pre>{@code
 * BridgeOptions stp = BridgeOptions.builder()
 *         .stp(true)
 *         .forwardDelay(Duration.ofSeconds(4))
 *         .priority(0x1000)
 *         .build();
 * }</pre>
 */
public final class BridgeOptions {
    /** Shortest hello time the kernel accepts ({@code BR_MIN_HELLO_TIME}). */
    public static final Duration MIN_HELLO_TIME = Duration.ofSeconds(1);
    /** Longest hello time ({@code BR_MAX_HELLO_TIME}). */
    public static final Duration MAX_HELLO_TIME = Duration.ofSeconds(10);
    /** Shortest max age ({@code BR_MIN_MAX_AGE}). */
    public static final Duration MIN_MAX_AGE = Duration.ofSeconds(6);
    /** Longest max age ({@code BR_MAX_MAX_AGE}). */
    public static final Duration MAX_MAX_AGE = Duration.ofSeconds(40);
    /** Shortest forward delay with STP on ({@code BR_MIN_FORWARD_DELAY}). */
    public static final Duration MIN_FORWARD_DELAY = Duration.ofSeconds(2);
    /** Longest forward delay with STP on ({@code BR_MAX_FORWARD_DELAY}). */
    public static final Duration MAX_FORWARD_DELAY = Duration.ofSeconds(30);
    /** Group forward mask bits the kernel never forwards ({@code BR_GROUPFWD_RESTRICTED}). */
    public static final int GROUP_FWD_RESTRICTED = 0x0007;

    private static final long U32 = 0xffff_ffffL;

    private final Boolean stp;
    private final Duration forwardDelay;
    private final Duration helloTime;
    private final Duration maxAge;
    private final Duration ageingTime;
    private final Integer priority;
    private final Boolean vlanFiltering;
    private final VlanProtocol vlanProtocol;
    private final Integer defaultPvid;
    private final Boolean multicastSnooping;
    private final Boolean multicastQuerier;
    private final Integer groupForwardMask;

    private BridgeOptions(Builder b) {
        this.stp = b.stp;
        this.forwardDelay = b.forwardDelay;
        this.helloTime = b.helloTime;
        this.maxAge = b.maxAge;
        this.ageingTime = b.ageingTime;
        this.priority = b.priority;
        this.vlanFiltering = b.vlanFiltering;
        this.vlanProtocol = b.vlanProtocol;
        this.defaultPvid = b.defaultPvid;
        this.multicastSnooping = b.multicastSnooping;
        this.multicastQuerier = b.multicastQuerier;
        this.groupForwardMask = b.groupForwardMask;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder newBuilder() {
        return new Builder(this);
    }

    /** @return true if no option is set */
    public boolean isEmpty() {
        return toInfo().equals(BridgeInfo.EMPTY);
    }

    /** @return true if an option needs VLAN filtering support in the kernel */
    public boolean usesVlanFiltering() {
        return vlanFiltering != null || vlanProtocol != null || defaultPvid != null;
    }

    /** @return STP on/off, or null if not set */
    public Boolean stp() {
        return stp;
    }

    /** @return the forward delay, or null */
    public Duration forwardDelay() {
        return forwardDelay;
    }

    /** @return the hello time, or null */
    public Duration helloTime() {
        return helloTime;
    }

    /** @return the max age, or null */
    public Duration maxAge() {
        return maxAge;
    }

    /** @return the ageing time, or null */
    public Duration ageingTime() {
        return ageingTime;
    }

    /** @return the bridge priority, or null */
    public Integer priority() {
        return priority;
    }

    /** @return VLAN filtering on/off, or null */
    public Boolean vlanFiltering() {
        return vlanFiltering;
    }

    /** @return the VLAN protocol, or null */
    public VlanProtocol vlanProtocol() {
        return vlanProtocol;
    }

    /** @return the default PVID, or null */
    public Integer defaultPvid() {
        return defaultPvid;
    }

    /** @return multicast snooping on/off, or null */
    public Boolean multicastSnooping() {
        return multicastSnooping;
    }

    /** @return multicast querier on/off, or null */
    public Boolean multicastQuerier() {
        return multicastQuerier;
    }

    /** @return the group forward mask, or null */
    public Integer groupForwardMask() {
        return groupForwardMask;
    }

    /**
     * @return the {@code IFLA_INFO_DATA} these options send: a {@link BridgeInfo} with only
     *     the options set, encoded in the kernel's attribute order
     */
    public BridgeInfo toInfo() {
        return BridgeInfo.builder()
                .forwardDelay(forwardDelay)
                .helloTime(helloTime)
                .maxAge(maxAge)
                .ageingTime(ageingTime)
                .stpState(stp == null ? null : stp ? 1 : 0)
                .priority(priority)
                .vlanFiltering(vlanFiltering)
                .groupFwdMask(groupForwardMask)
                .vlanProtocol(vlanProtocol == null ? null : vlanProtocol.ethertype())
                .vlanDefaultPvid(defaultPvid)
                .mcastSnooping(multicastSnooping)
                .mcastQuerier(multicastQuerier)
                .build();
    }

    /** Lists the options set, as {@code ip link ... type bridge} arguments. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        parts.add("bridge");
        add(parts, "stp_state", stp == null ? null : stp ? 1 : 0);
        add(parts, "forward_delay", centis(forwardDelay));
        add(parts, "hello_time", centis(helloTime));
        add(parts, "max_age", centis(maxAge));
        add(parts, "ageing_time", centis(ageingTime));
        add(parts, "priority", priority);
        add(parts, "vlan_filtering", vlanFiltering == null ? null : vlanFiltering ? 1 : 0);
        add(parts, "vlan_protocol", vlanProtocol);
        add(parts, "vlan_default_pvid", defaultPvid);
        add(parts, "mcast_snooping", multicastSnooping == null ? null : multicastSnooping ? 1 : 0);
        add(parts, "mcast_querier", multicastQuerier == null ? null : multicastQuerier ? 1 : 0);
        add(parts, "group_fwd_mask", groupForwardMask == null ? null
                : "0x" + Integer.toHexString(groupForwardMask));
        return String.join(" ", parts);
    }

    private static Long centis(Duration d) {
        return d == null ? null : Centiseconds.of(d, "time", Centiseconds.MAX);
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value != null) {
            parts.add(name + " " + value);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BridgeOptions other && toInfo().equals(other.toInfo());
    }

    @Override
    public int hashCode() {
        return toInfo().hashCode();
    }

    /** Builds {@link BridgeOptions}; {@link #build()} validates. */
    public static final class Builder {
        private Boolean stp;
        private Duration forwardDelay;
        private Duration helloTime;
        private Duration maxAge;
        private Duration ageingTime;
        private Integer priority;
        private Boolean vlanFiltering;
        private VlanProtocol vlanProtocol;
        private Integer defaultPvid;
        private Boolean multicastSnooping;
        private Boolean multicastQuerier;
        private Integer groupForwardMask;

        private Builder() {
        }

        private Builder(BridgeOptions o) {
            this.stp = o.stp;
            this.forwardDelay = o.forwardDelay;
            this.helloTime = o.helloTime;
            this.maxAge = o.maxAge;
            this.ageingTime = o.ageingTime;
            this.priority = o.priority;
            this.vlanFiltering = o.vlanFiltering;
            this.vlanProtocol = o.vlanProtocol;
            this.defaultPvid = o.defaultPvid;
            this.multicastSnooping = o.multicastSnooping;
            this.multicastQuerier = o.multicastQuerier;
            this.groupForwardMask = o.groupForwardMask;
        }

        /**
         * Spanning tree on or off: {@code stp_state 1|0}, {@code brctl stp BR on|off}.
         *
         * @param on true for the kernel's STP
         * @return this builder
         */
        public Builder stp(boolean on) {
            this.stp = on;
            return this;
        }

        /**
         * {@code forward_delay} (ip takes centiseconds), {@code brctl setfd} (seconds).
         *
         * @param d time a port spends listening and learning before it forwards
         * @return this builder
         */
        public Builder forwardDelay(Duration d) {
            this.forwardDelay = Objects.requireNonNull(d, "forwardDelay");
            return this;
        }

        /**
         * {@code hello_time}, {@code brctl sethello}.
         *
         * @param d interval between hello BPDUs, 1 to 10 s
         * @return this builder
         */
        public Builder helloTime(Duration d) {
            this.helloTime = Objects.requireNonNull(d, "helloTime");
            return this;
        }

        /**
         * {@code max_age}, {@code brctl setmaxage}.
         *
         * @param d how long a received BPDU stays valid, 6 to 40 s
         * @return this builder
         */
        public Builder maxAge(Duration d) {
            this.maxAge = Objects.requireNonNull(d, "maxAge");
            return this;
        }

        /**
         * {@code ageing_time}, {@code brctl setageing}.
         *
         * @param d how long a learned MAC stays in the FDB without traffic
         * @return this builder
         */
        public Builder ageingTime(Duration d) {
            this.ageingTime = Objects.requireNonNull(d, "ageingTime");
            return this;
        }

        /**
         * {@code priority}, {@code brctl setbridgeprio}.
         *
         * @param priority the bridge id's priority, 0 to 65535 (lowest wins the root election)
         * @return this builder
         */
        public Builder priority(int priority) {
            this.priority = priority;
            return this;
        }

        /**
         * {@code vlan_filtering 1|0}. Needs a kernel with {@code CONFIG_BRIDGE_VLAN_FILTERING}.
         *
         * @param on true to filter by VLAN ({@code bridge vlan})
         * @return this builder
         */
        public Builder vlanFiltering(boolean on) {
            this.vlanFiltering = on;
            return this;
        }

        /**
         * {@code vlan_protocol 802.1Q|802.1ad}. Ignored by kernels without VLAN filtering.
         *
         * @param protocol the protocol
         * @return this builder
         */
        public Builder vlanProtocol(VlanProtocol protocol) {
            this.vlanProtocol = Objects.requireNonNull(protocol, "protocol");
            return this;
        }

        /**
         * {@code vlan_default_pvid}. Ignored by kernels without VLAN filtering.
         *
         * @param pvid the PVID new ports get, 1 to 4094, or 0 for none
         * @return this builder
         */
        public Builder defaultPvid(int pvid) {
            this.defaultPvid = pvid;
            return this;
        }

        /**
         * {@code mcast_snooping 1|0}.
         *
         * @param on true to snoop IGMP/MLD and forward multicast only where it is wanted
         * @return this builder
         */
        public Builder multicastSnooping(boolean on) {
            this.multicastSnooping = on;
            return this;
        }

        /**
         * {@code mcast_querier 1|0}.
         *
         * @param on true for the bridge to send IGMP/MLD queries itself
         * @return this builder
         */
        public Builder multicastQuerier(boolean on) {
            this.multicastQuerier = on;
            return this;
        }

        /**
         * {@code group_fwd_mask}.
         *
         * @param mask bit {@code n} forwards frames to {@code 01:80:c2:00:00:0n}; bits 0 to 2
         *     are refused
         * @return this builder
         */
        public Builder groupForwardMask(int mask) {
            this.groupForwardMask = mask;
            return this;
        }

        /**
         * @return the options
         * @throws IllegalArgumentException naming the option out of the kernel's range
         */
        public BridgeOptions build() {
            range("hello time", helloTime, MIN_HELLO_TIME, MAX_HELLO_TIME);
            range("max age", maxAge, MIN_MAX_AGE, MAX_MAX_AGE);
            if (Boolean.TRUE.equals(stp)) {
                range("forward delay (with STP on)", forwardDelay, MIN_FORWARD_DELAY,
                        MAX_FORWARD_DELAY);
            }
            range("forward delay", forwardDelay, Duration.ZERO, Centiseconds.toDuration(U32));
            range("ageing time", ageingTime, Duration.ZERO, Centiseconds.toDuration(U32));
            if (priority != null && (priority < 0 || priority > 0xffff)) {
                throw new IllegalArgumentException("bridge priority must be 0..65535, got "
                        + priority);
            }
            if (defaultPvid != null && (defaultPvid < 0 || defaultPvid > 4094)) {
                throw new IllegalArgumentException("default PVID must be 0 (none) or a VLAN id"
                        + " 1..4094, got " + defaultPvid);
            }
            if (groupForwardMask != null) {
                if (groupForwardMask < 0 || groupForwardMask > 0xffff) {
                    throw new IllegalArgumentException("group forward mask is 16 bits, got 0x"
                            + Integer.toHexString(groupForwardMask));
                }
                if ((groupForwardMask & GROUP_FWD_RESTRICTED) != 0) {
                    throw new IllegalArgumentException("group forward mask 0x"
                            + Integer.toHexString(groupForwardMask) + " has bits 0..2 set; the"
                            + " kernel never forwards STP (01:80:c2:00:00:00), pause (:01) or"
                            + " LACP (:02) frames");
                }
            }
            return new BridgeOptions(this);
        }

        private static void range(String what, Duration d, Duration min, Duration max) {
            if (d == null) {
                return;
            }
            Centiseconds.of(d, what, U32);
            if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
                throw new IllegalArgumentException(what + " must be " + seconds(min) + " to "
                        + seconds(max) + ", got " + seconds(d));
            }
        }

        private static String seconds(Duration d) {
            return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
        }
    }
}

package dev.jnetlink.codec.route;

import dev.jnetlink.codec.AttributeCursor;
import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.AttributeSpace;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.RawAttribute;
import dev.jnetlink.codec.ValueCodec;
import io.netty.buffer.ByteBuf;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * One next hop of a multipath route ({@code struct rtnexthop} in {@code RTA_MULTIPATH} and the
 * {@code RTA_*} attributes after it): {@code nexthop via 10.1.0.2 dev veth0 weight 3}.
 *
 * @param flags {@code rtnh_flags}: {@link RouteFlags} {@code RTNH_F_*} bits
 * @param hops {@code rtnh_hops}: the weight minus one
 * @param index {@code rtnh_ifindex}: the output interface, 0 if none
 * @param gateway {@code RTA_GATEWAY}
 * @param via {@code RTA_VIA}: a gateway of another family ({@code via inet6 fd00::2})
 * @param newDst {@code RTA_NEWDST} (MPLS), kept as bytes
 * @param encap {@code RTA_ENCAP} (lightweight tunnel), kept as bytes
 * @param encapType {@code RTA_ENCAP_TYPE}
 * @param flow {@code RTA_FLOW}: the realms
 * @param unknown attributes this library does not model, as received
 */
public record NextHop(int flags, int hops, int index, InetAddress gateway, RouteVia via,
        Bytes newDst, Bytes encap, Integer encapType, Integer flow, List<RawAttribute> unknown) {

    /** Size of {@code struct rtnexthop}: u16 len, u8 flags, u8 hops, s32 ifindex. */
    public static final int HEADER_SIZE = 8;

    /** Names of the attributes between {@code rtnexthop}s, for errors. */
    private static final AttributeSpace NEXTHOPS = AttributeSpace.unnamed("rtnexthop");

    /** The attributes after one {@code rtnexthop}, in the kernel's order ({@code fib_add_nexthop}). */
    public static final AttributeSetCodec<NextHop> ATTRIBUTES = AttributeSetCodec
            .builder(NextHop.class, Rta.SPACE)
            .leading("flags", "hops", "index")
            .inet("gateway", Rta.GATEWAY)
            .attr("via", Rta.VIA, RouteVia.CODEC)
            .bytes("newDst", Rta.NEWDST)
            .bytes("encap", Rta.ENCAP)
            .u16("encapType", Rta.ENCAP_TYPE)
            .u32("flow", Rta.FLOW)
            .unknown("unknown")
            .build(v -> new NextHop(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                    v.next(), v.next(), v.next(), v.next()));

    /** {@code RTA_MULTIPATH}: the array of next hops. */
    public static final ValueCodec<List<NextHop>> MULTIPATH = new ValueCodec<>() {
        @Override
        public List<NextHop> decode(AttributeCursor cursor) {
            // An rtnexthop starts with a 16-bit length and is 4-byte aligned, like an
            // attribute: the cursor walks the array, and each element's 4 bytes past that
            // "header" (the ifindex) precede its attributes.
            AttributeCursor c = cursor.enter(NEXTHOPS);
            List<NextHop> out = new ArrayList<>(4);
            ByteBuf b = c.buffer();
            while (c.next()) {
                int header = c.valueIndex() - 4;
                if (c.length() < 4) {
                    throw c.error("rtnexthop of " + (c.length() + 4) + " bytes is shorter than its "
                            + HEADER_SIZE + "-byte header");
                }
                int flags = b.getUnsignedByte(header + 2);
                int hops = b.getUnsignedByte(header + 3);
                int index = HostOrder.getI32(b, header + 4);
                out.add(ATTRIBUTES.decode(c.enterAfter(4, Rta.SPACE), flags, hops, index));
            }
            return List.copyOf(out);
        }

        @Override
        public void encode(MessageWriter writer, int type, List<NextHop> value) {
            int m = writer.beginAttribute(type);
            ByteBuf b = writer.buffer();
            for (NextHop nh : value) {
                int start = b.writerIndex();
                HostOrder.writeU16(b, 0);
                b.writeByte(nh.flags);
                b.writeByte(nh.hops);
                HostOrder.writeI32(b, nh.index);
                ATTRIBUTES.encode(writer, nh);
                HostOrder.setU16(b, start, b.writerIndex() - start);
            }
            writer.endAttribute(m);
        }

        @Override
        public Class<?> valueType() {
            return List.class;
        }
    };

    /**
     * @param gateway the gateway, or null
     * @param index the output interface, or 0
     * @param weight 1 to 256
     * @param flags {@code RTNH_F_*} bits, e.g. {@link RouteFlags#ONLINK}
     * @return a next hop with only those set
     * @throws IllegalArgumentException if the weight is out of range
     */
    public static NextHop of(InetAddress gateway, int index, int weight, int flags) {
        if (weight < 1 || weight > 256) {
            throw new IllegalArgumentException("next hop weight must be 1 to 256, got " + weight);
        }
        return builder().flags(flags).hops(weight - 1).index(index).gateway(gateway).build();
    }

    /** @return the weight ({@code weight} in {@code ip route}): hops + 1 */
    public int weight() {
        return hops + 1;
    }

    /** @return a builder with every component absent (null) and no unknown attributes */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's values, to derive a changed copy */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link NextHop} component by component: a component not set is null (absent),
     * {@code unknown} is empty. A component added to the record adds a method here and
     * breaks no caller.
     */
    public static final class Builder {
        private int flags;
        private int hops;
        private int index;
        private InetAddress gateway;
        private RouteVia via;
        private Bytes newDst;
        private Bytes encap;
        private Integer encapType;
        private Integer flow;
        private List<RawAttribute> unknown = List.of();

        private Builder() {
        }

        private Builder(NextHop r) {
            flags = r.flags;
            hops = r.hops;
            index = r.index;
            gateway = r.gateway;
            via = r.via;
            newDst = r.newDst;
            encap = r.encap;
            encapType = r.encapType;
            flow = r.flow;
            unknown = r.unknown;
        }

        /**
         * @param flags {@code rtnh_flags}: {@link RouteFlags} {@code RTNH_F_*} bits
         * @return this builder
         */
        public Builder flags(int flags) {
            this.flags = flags;
            return this;
        }

        /**
         * @param hops {@code rtnh_hops}: the weight minus one
         * @return this builder
         */
        public Builder hops(int hops) {
            this.hops = hops;
            return this;
        }

        /**
         * @param index {@code rtnh_ifindex}: the output interface, 0 if none
         * @return this builder
         */
        public Builder index(int index) {
            this.index = index;
            return this;
        }

        /**
         * @param gateway {@code RTA_GATEWAY}
         * @return this builder
         */
        public Builder gateway(InetAddress gateway) {
            this.gateway = gateway;
            return this;
        }

        /**
         * @param via {@code RTA_VIA}: a gateway of another family ({@code via inet6 fd00::2})
         * @return this builder
         */
        public Builder via(RouteVia via) {
            this.via = via;
            return this;
        }

        /**
         * @param newDst {@code RTA_NEWDST} (MPLS), kept as bytes
         * @return this builder
         */
        public Builder newDst(Bytes newDst) {
            this.newDst = newDst;
            return this;
        }

        /**
         * @param encap {@code RTA_ENCAP} (lightweight tunnel), kept as bytes
         * @return this builder
         */
        public Builder encap(Bytes encap) {
            this.encap = encap;
            return this;
        }

        /**
         * @param encapType {@code RTA_ENCAP_TYPE}
         * @return this builder
         */
        public Builder encapType(Integer encapType) {
            this.encapType = encapType;
            return this;
        }

        /**
         * @param flow {@code RTA_FLOW}: the realms
         * @return this builder
         */
        public Builder flow(Integer flow) {
            this.flow = flow;
            return this;
        }

        /**
         * @param unknown attributes this library does not model, as received
         * @return this builder
         */
        public Builder unknown(List<RawAttribute> unknown) {
            this.unknown = List.copyOf(unknown);
            return this;
        }

        /** @return the {@link NextHop} */
        public NextHop build() {
            return new NextHop(flags, hops, index, gateway, via, newDst, encap, encapType, flow,
                    unknown);
        }
    }
}

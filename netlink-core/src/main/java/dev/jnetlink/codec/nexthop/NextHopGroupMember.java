package dev.jnetlink.codec.nexthop;

import dev.jnetlink.codec.AttributeCursor;
import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;

/**
 * One member of a nexthop group ({@code struct nexthop_grp} in {@code NHA_GROUP}): the {@code 4,3}
 * of {@code ip nexthop add id 10 group 1/4,3}. Its reserved field is zero on the wire and not
 * kept.
 *
 * @param id the member nexthop object's id
 * @param weight 1 to 65536 ({@code ,N}; the kernel stores weight - 1 in {@code weight} and, since
 *     Linux 6.12, {@code weight_high})
 */
public record NextHopGroupMember(int id, int weight) {
    /** Size of {@code struct nexthop_grp}: u32 id, u8 weight, u8 weight_high, u16 reserved. */
    public static final int SIZE = 8;

    /** {@code NHA_GROUP}: the array of members. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final ValueCodec<List<NextHopGroupMember>> GROUP = (ValueCodec) ValueCodecs.struct(
            List.class, NextHopGroupMember::decodeAll, (w, members) -> {
                ByteBuf b = w.buffer();
                for (NextHopGroupMember m : (List<NextHopGroupMember>) members) {
                    HostOrder.writeI32(b, m.id);
                    int stored = m.weight - 1;
                    b.writeByte(stored & 0xff);
                    b.writeByte(stored >>> 8);
                    HostOrder.writeU16(b, 0);
                }
            });

    /**
     * @param id the member's id
     * @param weight 1 to 65536
     * @throws IllegalArgumentException if the weight is out of range
     */
    public NextHopGroupMember {
        if (weight < 1 || weight > 65536) {
            throw new IllegalArgumentException("nexthop group weight must be 1 to 65536, got " + weight);
        }
    }

    private static List<NextHopGroupMember> decodeAll(AttributeCursor c) {
        if (c.length() % SIZE != 0) {
            throw c.error(c.name() + " is " + c.length() + " bytes, not a whole number of "
                    + "nexthop_grp (" + SIZE + " bytes)");
        }
        ByteBuf b = c.buffer();
        List<NextHopGroupMember> out = new ArrayList<>(c.length() / SIZE);
        for (int i = c.valueIndex(); i < c.valueIndex() + c.length(); i += SIZE) {
            int stored = b.getUnsignedByte(i + 4) | b.getUnsignedByte(i + 5) << 8;
            out.add(new NextHopGroupMember(HostOrder.getI32(b, i), stored + 1));
        }
        return List.copyOf(out);
    }

    /** @return as {@code ip nexthop} writes it: {@code 4,3}, or {@code 1} for weight 1 */
    @Override
    public String toString() {
        return weight == 1 ? Integer.toUnsignedString(id) : Integer.toUnsignedString(id) + "," + weight;
    }
}

package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code struct tc_u32_sel} with its keys: what {@code match ...} builds.
 *
 * @param flags {@code TC_U32_TERMINAL} (1) and the others
 * @param offshift shift of the offset read at {@code offoff}
 * @param offmask mask of that offset (network order)
 * @param off the offset to the next header
 * @param offoff where the variable offset is read
 * @param hoff where the hash key is read
 * @param hmask the hash key's mask (network order)
 * @param keys the 32-bit matches, all of which must hold
 */
public record U32Selector(int flags, int offshift, int offmask, int off, int offoff, int hoff,
        int hmask, List<Key> keys) {
    /** {@code TC_U32_TERMINAL}: the node classifies (has a class or actions). */
    public static final int TERMINAL = 1;

    /** @param keys copied */
    public U32Selector {
        keys = List.copyOf(keys);
        if (keys.size() > 128) {
            throw new IllegalArgumentException("u32 takes at most 128 keys, got " + keys.size());
        }
    }

    /**
     * {@code struct tc_u32_key}: {@code (packet[off..off+4] & mask) == val}.
     *
     * @param mask the mask, network order (as the bytes of the packet)
     * @param val the value, network order
     * @param off the offset from the network header (or the next header)
     * @param offmask 0, or -1 for an offset from the next header ({@code nexthdr+})
     */
    public record Key(int mask, int val, int off, int offmask) {
    }

    static final ValueCodec<U32Selector> CODEC = ValueCodecs.struct(U32Selector.class, c -> {
        if (c.length() < 16) {
            throw c.error(c.name() + " is " + c.length() + " bytes, too short for tc_u32_sel (16 bytes)");
        }
        ByteBuf b = c.buffer();
        int i = c.valueIndex();
        int nkeys = b.getUnsignedByte(i + 2);
        if (c.length() < 16 + 16 * nkeys) {
            throw c.error(c.name() + " is " + c.length() + " bytes, too short for " + nkeys + " keys");
        }
        List<Key> keys = new ArrayList<>(nkeys);
        for (int k = 0; k < nkeys; k++) {
            int o = i + 16 + 16 * k;
            keys.add(new Key(b.getInt(o), b.getInt(o + 4), HostOrder.getI32(b, o + 8),
                    HostOrder.getI32(b, o + 12)));
        }
        return new U32Selector(b.getUnsignedByte(i), b.getUnsignedByte(i + 1), b.getUnsignedShort(i + 4),
                HostOrder.getU16(b, i + 6), (short) HostOrder.getU16(b, i + 8),
                (short) HostOrder.getU16(b, i + 10), b.getInt(i + 12), keys);
    }, (w, v) -> {
        ByteBuf b = w.buffer();
        b.writeByte(v.flags);
        b.writeByte(v.offshift);
        b.writeByte(v.keys.size());
        b.writeByte(0);
        b.writeShort(v.offmask);
        HostOrder.writeU16(b, v.off);
        HostOrder.writeU16(b, v.offoff & 0xffff);
        HostOrder.writeU16(b, v.hoff & 0xffff);
        b.writeInt(v.hmask);
        for (Key k : v.keys) {
            b.writeInt(k.mask);
            b.writeInt(k.val);
            HostOrder.writeI32(b, k.off);
            HostOrder.writeI32(b, k.offmask);
        }
    });
}

package dev.jnetlink.codec.tc;

import dev.jnetlink.codec.HostOrder;
import io.netty.buffer.ByteBuf;

/** Small readers the kind codecs share. */
public final class TcStructs {
    private TcStructs() {
    }

    /** @param b buffer @param i index @return the host-order u32 there */
    public static long u32(ByteBuf b, int i) {
        return Integer.toUnsignedLong(HostOrder.getI32(b, i));
    }
}

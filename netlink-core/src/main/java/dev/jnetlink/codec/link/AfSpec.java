package dev.jnetlink.codec.link;

import dev.jnetlink.codec.AttributeCursor;
import dev.jnetlink.codec.AttributeSpace;
import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.DecodeException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Reads single values out of {@code IFLA_AF_SPEC} (per-address-family link settings), which
 * {@link Link} keeps as bytes because a dump rarely needs it. Read on demand, so decoding a
 * dump pays nothing for it.
 */
final class AfSpec {
    /** {@code AF_INET6}. */
    static final int AF_INET6 = 10;
    /** {@code IFLA_INET6_ADDR_GEN_MODE}. */
    static final int INET6_ADDR_GEN_MODE = 8;
    private static final AttributeSpace SPACE = AttributeSpace.unnamed("IFLA_AF_SPEC");

    private AfSpec() {
    }

    /**
     * @param afSpec the {@code IFLA_AF_SPEC} payload, or null
     * @param family the address family's nest, e.g. {@link #AF_INET6}
     * @param type the attribute inside it
     * @return its first byte, or null if absent or malformed
     */
    static Integer u8(Bytes afSpec, int family, int type) {
        if (afSpec == null || afSpec.length() == 0) {
            return null;
        }
        ByteBuf buf = Unpooled.wrappedBuffer(afSpec.toArray());
        try {
            AttributeCursor c = new AttributeCursor().reset(buf, 0, buf.writerIndex(), SPACE, 0,
                    "IFLA_AF_SPEC");
            while (c.next()) {
                if (c.type() != family) {
                    continue;
                }
                AttributeCursor in = c.enter(SPACE);
                while (in.next()) {
                    if (in.type() == type) {
                        return in.u8();
                    }
                }
            }
            return null;
        } catch (DecodeException e) {
            return null;
        } finally {
            buf.release();
        }
    }

    /**
     * @param mode {@code IN6_ADDR_GEN_MODE_*}
     * @return the name {@code ip -d link show} prints after {@code addrgenmode}
     */
    static String addrGenModeName(int mode) {
        return switch (mode) {
            case 0 -> "eui64";
            case 1 -> "none";
            case 2 -> "stable_secret";
            case 3 -> "random";
            default -> "unknown_" + mode;
        };
    }
}

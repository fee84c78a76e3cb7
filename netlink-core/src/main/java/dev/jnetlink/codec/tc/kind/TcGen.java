package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import io.netty.buffer.ByteBuf;

/**
 * {@code tc_gen}, the fields every action's parameters start with: the whole of
 * {@code struct tc_gact} and {@code struct tc_skbedit}.
 *
 * @param index the action's index ({@code index N}), 0 to let the kernel choose
 * @param capab unused
 * @param action the {@code TC_ACT_*} verdict ({@link dev.jnetlink.codec.tc.ActionControl})
 * @param refcnt references, in replies
 * @param bindcnt bindings, in replies
 */
public record TcGen(int index, int capab, int action, int refcnt, int bindcnt) {
    /** Size on the wire. */
    public static final int SIZE = 20;

    /**
     * @param action the verdict
     * @return the parameters a request carries: only the verdict set
     */
    public static TcGen of(int action) {
        return new TcGen(0, 0, action, 0, 0);
    }

    static ValueCodec<TcGen> codec(String cName) {
        return ValueCodecs.struct(TcGen.class, cName, SIZE,
                c -> {
                    ByteBuf b = c.buffer();
                    int i = c.valueIndex();
                    return new TcGen(HostOrder.getI32(b, i), HostOrder.getI32(b, i + 4),
                            HostOrder.getI32(b, i + 8), HostOrder.getI32(b, i + 12),
                            HostOrder.getI32(b, i + 16));
                },
                (w, v) -> {
                    ByteBuf b = w.buffer();
                    HostOrder.writeI32(b, v.index);
                    HostOrder.writeI32(b, v.capab);
                    HostOrder.writeI32(b, v.action);
                    HostOrder.writeI32(b, v.refcnt);
                    HostOrder.writeI32(b, v.bindcnt);
                });
    }
}

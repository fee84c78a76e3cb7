package dev.jnetlink.internal;

import io.netty.buffer.ByteBuf;

/** Pooled netty buffers a component owns for its whole life (receive and send buffers). */
public final class OwnedBuffers {
    private OwnedBuffers() {
    }

    /**
     * The view to read and write an owned buffer through. A leak detector at {@code advanced}
     * or {@code paranoid} wraps a pooled buffer in one that records a stack trace on every
     * access, which made a link dump hundreds of times slower in tests and a 100,000-route
     * batch minutes long. A buffer owned for its whole life (allocation and release stay
     * tracked) can be used through the buffer underneath, which shares its indexes and memory.
     *
     * @param owned a buffer the caller allocated and will release
     * @return the buffer to use: the unwrapped one when it is the same memory, else {@code owned}
     */
    public static ByteBuf untracked(ByteBuf owned) {
        ByteBuf inner = owned.unwrap();
        return inner != null && inner.capacity() == owned.capacity()
                && inner.writerIndex() == owned.writerIndex() ? inner : owned;
    }
}

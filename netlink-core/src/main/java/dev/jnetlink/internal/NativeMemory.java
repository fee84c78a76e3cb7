package dev.jnetlink.internal;

import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import jnr.ffi.Pointer;

/** Native addresses of netty buffers, so the kernel reads and writes them in place. */
public final class NativeMemory {
    private NativeMemory() {
    }

    /**
     * @param buf a direct buffer
     * @param index absolute index in it
     * @return the native address of byte {@code index}
     * @throws IllegalArgumentException if the buffer is not in direct memory
     */
    public static long address(ByteBuf buf, int index) {
        if (buf.hasMemoryAddress()) {
            return buf.memoryAddress() + index;
        }
        if (buf.isDirect() && buf.nioBufferCount() == 1) {
            ByteBuffer nio = buf.internalNioBuffer(index, Math.max(0, buf.capacity() - index));
            // jnr's wrap already points at the buffer's position (byte `index`): adding the
            // position again, as this did, sent and received at the wrong place.
            return Pointer.wrap(Native.RUNTIME, nio).address();
        }
        throw new IllegalArgumentException("netlink I/O needs a direct, contiguous buffer: " + buf);
    }
}

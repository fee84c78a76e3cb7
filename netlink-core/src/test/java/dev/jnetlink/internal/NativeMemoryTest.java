package dev.jnetlink.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.buffer.UnpooledDirectByteBuf;
import java.nio.ByteBuffer;
import jnr.ffi.Pointer;
import org.junit.jupiter.api.Test;

/**
 * {@link NativeMemory#address}: netty's own {@code memoryAddress()} where the buffer has one,
 * and the fallback through the NIO buffer where it has not (netty without {@code Unsafe}, as
 * newer JDKs may run it). Both must point at the bytes the buffer reads.
 */
class NativeMemoryTest {

    /** A direct buffer that does not expose a memory address, as netty makes without Unsafe. */
    static ByteBuf withoutMemoryAddress(int capacity) {
        return new UnpooledDirectByteBuf(UnpooledByteBufAllocator.DEFAULT,
                ByteBuffer.allocateDirect(capacity), capacity) {
        };
    }

    private static void writesThroughTheAddressAreReadByTheBuffer(ByteBuf buf) {
        try {
            buf.writerIndex(16);
            long address = NativeMemory.address(buf, 5);
            Pointer p = Pointer.wrap(Native.RUNTIME, address);
            p.putByte(0, (byte) 0x5a);
            p.putByte(10, (byte) 0x7e);
            assertThat(buf.getByte(5)).isEqualTo((byte) 0x5a);
            assertThat(buf.getByte(15)).isEqualTo((byte) 0x7e);
        } finally {
            buf.release();
        }
    }

    @Test
    void pooledDirectBuffer() {
        ByteBuf buf = PooledByteBufAllocator.DEFAULT.directBuffer(64);
        writesThroughTheAddressAreReadByTheBuffer(buf);
    }

    @Test
    void fallbackForADirectBufferWithoutAMemoryAddress() {
        ByteBuf buf = withoutMemoryAddress(64);
        assertThat(buf.hasMemoryAddress()).isFalse();
        writesThroughTheAddressAreReadByTheBuffer(buf);
    }

    @Test
    void heapMemoryIsRefused() {
        ByteBuf heap = Unpooled.buffer(16);
        try {
            assertThatThrownBy(() -> NativeMemory.address(heap, 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("netlink I/O needs a direct, contiguous buffer");
        } finally {
            heap.release();
        }
    }
}

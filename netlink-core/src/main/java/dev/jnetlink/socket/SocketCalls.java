package dev.jnetlink.socket;

import com.kenai.jffi.CallContext;
import com.kenai.jffi.CallingConvention;
import com.kenai.jffi.Invoker;
import com.kenai.jffi.LastError;
import com.kenai.jffi.Library;
import com.kenai.jffi.MemoryIO;
import com.kenai.jffi.Type;

/**
 * The system calls of a netlink socket's life: {@code socket}, {@code bind}, {@code connect},
 * {@code getsockname}, {@code setsockopt}, {@code getsockopt}, {@code send}, {@code recvmsg},
 * {@code recvmmsg} and {@code close}, every argument an integer or a native address, errno
 * saved by every call.
 *
 * <p>They are called through jffi, the native engine under jnr-ffi, exactly as jnr-ffi's own
 * generated code calls a function whose arguments are all integers and pointers
 * ({@link Invoker#invokeL3} and its siblings, with a {@link CallContext} that saves errno), but
 * bound with one {@code dlsym} each when this class loads. {@link Native}'s jnr-ffi interface
 * generates and defines a class for all its functions on first use: about 230 ms of CPU in a
 * fresh JVM, most of what a program that opens a client and asks one question (W0) spent before
 * its first request. Here that first request costs a dozen symbol look-ups; {@link Native}
 * binds the rest of libc (namespaces, {@code poll}, {@code eventfd}) when something first
 * needs it.
 */
final class SocketCalls {
    private static final Invoker INVOKER = Invoker.getInstance();
    private static final MemoryIO MEMORY = MemoryIO.getInstance();
    private static final LastError LAST_ERROR = LastError.getInstance();

    // Symbols of the process's global scope: libc is there in every JVM (the launcher links it).
    private static final Library PROCESS = Library.getDefault();

    private static final long SOCKET = symbol("socket");
    private static final long BIND = symbol("bind");
    private static final long CONNECT = symbol("connect");
    private static final long GETSOCKNAME = symbol("getsockname");
    private static final long SETSOCKOPT = symbol("setsockopt");
    private static final long GETSOCKOPT = symbol("getsockopt");
    private static final long SEND = symbol("send");
    private static final long RECVMSG = symbol("recvmsg");
    private static final long RECVMMSG = symbol("recvmmsg");
    private static final long CLOSE = symbol("close");

    private static final Type I = Type.SINT32;
    private static final Type P = Type.POINTER;
    // int f(int)
    private static final CallContext I_I = context(I, I);
    // int f(int, int, int)
    private static final CallContext I_III = context(I, I, I, I);
    // int f(int, const void *, int): bind, connect
    private static final CallContext I_IPI = context(I, I, P, I);
    // int f(int, void *, socklen_t *): getsockname
    private static final CallContext I_IPP = context(I, I, P, P);
    // int f(int, int, int, const void *, socklen_t): setsockopt
    private static final CallContext I_IIIPI = context(I, I, I, I, P, I);
    // int f(int, int, int, void *, socklen_t *): getsockopt
    private static final CallContext I_IIIPP = context(I, I, I, I, P, P);
    // ssize_t send(int, const void *, size_t, int)
    private static final CallContext L_IPLI = context(Type.SLONG, I, P, Type.ULONG, I);
    // ssize_t recvmsg(int, struct msghdr *, int)
    private static final CallContext L_IPI = context(Type.SLONG, I, P, I);
    // int recvmmsg(int, struct mmsghdr *, unsigned int, int, struct timespec *)
    private static final CallContext I_IPIIP = context(I, I, P, Type.UINT32, I, P);

    private SocketCalls() {
    }

    private static long symbol(String name) {
        long address = PROCESS.getSymbolAddress(name);
        if (address == 0) {
            throw new UnsatisfiedLinkError("libc has no " + name + ": " + Library.getLastError());
        }
        return address;
    }

    private static CallContext context(Type result, Type... parameters) {
        return CallContext.getCallContext(result, parameters, CallingConvention.DEFAULT, true);
    }

    /** @return the errno the calling thread's last call here saved */
    static Errno errno() {
        return Errno.of(LAST_ERROR.get());
    }

    static int socket(int domain, int type, int protocol) {
        return (int) INVOKER.invokeL3(I_III, SOCKET, domain, type, protocol);
    }

    static int bind(int fd, long addr, int addrlen) {
        return (int) INVOKER.invokeL3(I_IPI, BIND, fd, addr, addrlen);
    }

    static int connect(int fd, long addr, int addrlen) {
        return (int) INVOKER.invokeL3(I_IPI, CONNECT, fd, addr, addrlen);
    }

    static int getsockname(int fd, long addr, long addrlen) {
        return (int) INVOKER.invokeL3(I_IPP, GETSOCKNAME, fd, addr, addrlen);
    }

    static int setsockopt(int fd, int level, int name, long value, int length) {
        return (int) INVOKER.invokeL5(I_IIIPI, SETSOCKOPT, fd, level, name, value, length);
    }

    static int getsockopt(int fd, int level, int name, long value, long length) {
        return (int) INVOKER.invokeL5(I_IIIPP, GETSOCKOPT, fd, level, name, value, length);
    }

    static long send(int fd, long buf, long len, int flags) {
        return INVOKER.invokeL4(L_IPLI, SEND, fd, buf, len, flags);
    }

    static long recvmsg(int fd, long msghdr, int flags) {
        return INVOKER.invokeL3(L_IPI, RECVMSG, fd, msghdr, flags);
    }

    static int recvmmsg(int fd, long msgvec, int vlen, int flags) {
        return (int) INVOKER.invokeL5(I_IPIIP, RECVMMSG, fd, msgvec, vlen, flags, 0L);
    }

    static int close(int fd) {
        return (int) INVOKER.invokeL1(I_I, CLOSE, fd);
    }

    // Native memory for the few calls that pass a small structure (an address, an option):
    // malloc'd per call, so concurrent calls never share it.

    /**
     * @param bytes how many
     * @return zeroed native memory, to {@link #free}
     */
    static long allocate(int bytes) {
        long address = MEMORY.allocateMemory(bytes, true);
        if (address == 0) {
            throw new OutOfMemoryError("malloc(" + bytes + ") failed");
        }
        return address;
    }

    static void free(long address) {
        MEMORY.freeMemory(address);
    }

    static void putShort(long address, short value) {
        MEMORY.putShort(address, value);
    }

    static void putInt(long address, int value) {
        MEMORY.putInt(address, value);
    }

    static void putLong(long address, long value) {
        MEMORY.putLong(address, value);
    }

    static int getInt(long address) {
        return MEMORY.getInt(address);
    }
}

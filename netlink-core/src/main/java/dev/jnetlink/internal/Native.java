package dev.jnetlink.internal;

import dev.jnetlink.internal.ffi.LibC;
import dev.jnetlink.socket.Errno;
import dev.jnetlink.socket.NetlinkException;
import jnr.ffi.LastError;
import jnr.ffi.LibraryLoader;
import jnr.ffi.LibraryOption;
import jnr.ffi.Runtime;

/**
 * The library's only native bindings: libc through jnr-ffi. Every call saves errno, and
 * callers turn a failure into a {@link NetlinkException} that keeps it. Buffers the kernel
 * reads or writes on hot paths are passed as raw addresses of direct memory, so nothing is
 * copied between Java and native memory.
 */
public final class Native {
    public static final int AF_NETLINK = 16;
    public static final int SOCK_RAW = 3;
    public static final int SOCK_CLOEXEC = 0x80000;
    public static final int O_RDONLY = 0;
    public static final int O_CLOEXEC = 0x80000;
    public static final int O_CREAT = 0x40;
    public static final int O_EXCL = 0x80;
    public static final int SOL_SOCKET = 1;
    public static final int SO_SNDBUF = 7;
    public static final int SO_RCVBUF = 8;
    public static final int SO_SNDBUFFORCE = 32;
    public static final int SO_RCVBUFFORCE = 33;
    /** {@code SO_RCVTIMEO} (x86_64 and arm64: the 64-bit {@code struct timeval} one). */
    public static final int SO_RCVTIMEO = 20;
    public static final int SOL_NETLINK = 270;
    public static final int MSG_PEEK = 0x2;
    public static final int MSG_TRUNC = 0x20;
    public static final int MSG_DONTWAIT = 0x40;
    public static final int MSG_WAITFORONE = 0x10000;
    public static final int POLLIN = 0x1;
    public static final int EFD_CLOEXEC = 0x80000;
    public static final int EFD_NONBLOCK = 0x800;
    public static final int F_GETFD = 1;
    public static final int FD_CLOEXEC = 1;
    public static final int LOCK_EX = 2;
    public static final int LOCK_UN = 8;
    /** {@code NS_GET_NSTYPE}: {@code _IO(0xb7, 0x3)}, Linux 4.11. */
    public static final long NS_GET_NSTYPE = 0xb703;
    /** {@code SIOCGSKNS}: an fd ({@code O_CLOEXEC}) on the network namespace of a socket. */
    public static final long SIOCGSKNS = 0x894c;

    public static final LibC LIBC;
    public static final Runtime RUNTIME;

    static {
        LIBC = LibraryLoader.create(LibC.class).option(LibraryOption.SaveError, true).load("c");
        RUNTIME = Runtime.getRuntime(LIBC);
    }

    private Native() {
    }

    /** @return the errno the last call on this thread saved */
    public static Errno errno() {
        return Errno.of(LastError.getLastError(RUNTIME));
    }
}

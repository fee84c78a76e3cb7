package dev.jnetlink.socket;

import jnr.ffi.LastError;
import jnr.ffi.LibraryLoader;
import jnr.ffi.LibraryOption;
import jnr.ffi.Runtime;
import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;
import jnr.ffi.annotations.SaveError;
import jnr.ffi.types.intptr_t;
import jnr.ffi.types.size_t;
import jnr.ffi.types.ssize_t;
import jnr.ffi.types.u_int64_t;

/**
 * The library's only native bindings: libc through jnr-ffi. Every call saves errno, and
 * callers turn a failure into a {@link NetlinkException} that keeps it. Buffers the kernel
 * reads or writes on hot paths are passed as raw addresses of direct memory, so nothing is
 * copied between Java and native memory.
 */
final class Native {
    static final int AF_NETLINK = 16;
    static final int SOCK_RAW = 3;
    static final int SOCK_CLOEXEC = 0x80000;
    static final int O_RDONLY = 0;
    static final int O_CLOEXEC = 0x80000;
    static final int O_CREAT = 0x40;
    static final int O_EXCL = 0x80;
    static final int SOL_SOCKET = 1;
    static final int SO_SNDBUF = 7;
    static final int SO_RCVBUF = 8;
    static final int SO_SNDBUFFORCE = 32;
    static final int SO_RCVBUFFORCE = 33;
    /** {@code SO_RCVTIMEO} (x86_64 and arm64: the 64-bit {@code struct timeval} one). */
    static final int SO_RCVTIMEO = 20;
    static final int SOL_NETLINK = 270;
    static final int MSG_PEEK = 0x2;
    static final int MSG_TRUNC = 0x20;
    static final int MSG_DONTWAIT = 0x40;
    static final int MSG_WAITFORONE = 0x10000;
    static final int POLLIN = 0x1;
    static final int EFD_CLOEXEC = 0x80000;
    static final int EFD_NONBLOCK = 0x800;
    static final int F_GETFD = 1;
    static final int FD_CLOEXEC = 1;
    static final int LOCK_EX = 2;
    static final int LOCK_UN = 8;
    /** {@code NS_GET_NSTYPE}: {@code _IO(0xb7, 0x3)}, Linux 4.11. */
    static final long NS_GET_NSTYPE = 0xb703;
    /** {@code SIOCGSKNS}: an fd ({@code O_CLOEXEC}) on the network namespace of a socket. */
    static final long SIOCGSKNS = 0x894c;

    static final LibC LIBC;
    static final Runtime RUNTIME;

    static {
        LIBC = LibraryLoader.create(LibC.class).option(LibraryOption.SaveError, true).load("c");
        RUNTIME = Runtime.getRuntime(LIBC);
    }

    private Native() {
    }

    static Errno errno() {
        return Errno.of(LastError.getLastError(RUNTIME));
    }

    /** The libc functions the library calls. */
    public interface LibC {
        @SaveError
        int socket(int domain, int type, int protocol);

        @SaveError
        int bind(int fd, @In byte[] addr, int addrlen);

        @SaveError
        int connect(int fd, @In byte[] addr, int addrlen);

        @SaveError
        int getsockname(int fd, @Out byte[] addr, @In @Out int[] addrlen);

        @SaveError
        int setsockopt(int fd, int level, int optname, @In int[] optval, int optlen);

        @SaveError
        int setsockopt(int fd, int level, int optname, @In long[] optval, int optlen);

        @SaveError
        int getsockopt(int fd, int level, int optname, @Out int[] optval, @In @Out int[] optlen);

        @SaveError
        @ssize_t long send(int fd, @intptr_t long buf, @size_t long len, int flags);

        // recvmsg, not recvfrom: jnr-ffi 2.2.19's x86 assembly stubs pass a 5th and 6th
        // pointer argument wrongly (the kernel then writes the source address to a bad address
        // and the JVM crashes); recvmsg keeps every pointer in the first four arguments.
        @SaveError
        @ssize_t long recvmsg(int fd, @intptr_t long msghdr, int flags);

        @SaveError
        @ssize_t long sendmsg(int fd, @intptr_t long msghdr, int flags);

        // The fifth argument is a plain long, always 0 (no timeout), not a marshalled pointer:
        // checked to arrive as given (a timeout of address 1 makes the kernel answer EFAULT, 0
        // does not), unlike the pointers of recvfrom above.
        @SaveError
        int recvmmsg(int fd, @intptr_t long msgvec, int vlen, int flags, @intptr_t long timeout);

        @SaveError
        @ssize_t long recv(int fd, @Out byte[] buf, @size_t long len, int flags);

        @SaveError
        @ssize_t long send(int fd, @In byte[] buf, @size_t long len, int flags);

        @SaveError
        int close(int fd);

        @SaveError
        int setns(int fd, int nstype);

        @SaveError
        int unshare(int flags);

        @SaveError
        int mount(String source, String target, String fstype, @u_int64_t long flags,
                @intptr_t long data);

        @SaveError
        int umount2(String target, int flags);

        @SaveError
        int open(String path, int flags, int mode);

        @SaveError
        int unlink(String path);

        @SaveError
        int mkdir(String path, int mode);

        @SaveError
        int fstat(int fd, @Out byte[] stat);

        @SaveError
        int stat(String path, @Out byte[] stat);

        @SaveError
        int poll(@In @Out byte[] fds, @u_int64_t long nfds, int timeout);

        @SaveError
        int eventfd(int initval, int flags);

        @SaveError
        @ssize_t long read(int fd, @Out byte[] buf, @size_t long count);

        @SaveError
        @ssize_t long write(int fd, @In byte[] buf, @size_t long count);

        @SaveError
        int fcntl(int fd, int cmd, int arg);

        @SaveError
        int flock(int fd, int operation);

        // ioctl is variadic; requests without an argument (NS_GET_NSTYPE) pass none, and on
        // x86_64 and arm64 Linux the named arguments are passed as for a fixed signature.
        @SaveError
        int ioctl(int fd, @u_int64_t long request);
    }
}

package dev.jnetlink.internal.ffi;

import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;
import jnr.ffi.annotations.SaveError;
import jnr.ffi.types.intptr_t;
import jnr.ffi.types.size_t;
import jnr.ffi.types.ssize_t;
import jnr.ffi.types.u_int64_t;

/**
 * The libc functions the library calls, as jnr-ffi binds them. Not API: the module exports this
 * package only because jnr-ffi implements the interface in a class loader of its own, whose
 * generated class must be able to see it; nothing outside the library can obtain an instance
 * from the library. Callers go through {@code dev.jnetlink.internal.Native}.
 */
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

    // syscall(2) is variadic; glibc's is an assembly stub that moves its arguments into the
    // kernel's registers, so on x86_64 and arm64 a fixed signature passes them the same way.
    // Used for bpf(2), which glibc does not wrap.
    @SaveError
    long syscall(long number, long cmd, @intptr_t long attr, long size);
}

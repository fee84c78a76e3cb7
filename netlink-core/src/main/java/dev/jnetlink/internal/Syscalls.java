package dev.jnetlink.internal;

import dev.jnetlink.socket.AlreadyExistsException;
import dev.jnetlink.socket.Errno;
import dev.jnetlink.socket.NetlinkException;
import dev.jnetlink.socket.NotFoundException;
import java.nio.ByteOrder;

/**
 * Typed system calls the namespace layer needs ({@code setns}, {@code unshare},
 * {@code mount}, ...), each turning a failure into a {@link NetlinkException} that names the
 * call, its target and the errno. Support for {@code dev.jnetlink.netns}; applications use
 * {@code NetNs} instead.
 */
public final class Syscalls {
    /** {@code CLONE_NEWNET}. */
    public static final int CLONE_NEWNET = 0x40000000;
    /** {@code CLONE_NEWNS}: a new mount namespace. */
    public static final int CLONE_NEWNS = 0x00020000;
    /** {@code MS_BIND}. */
    public static final long MS_BIND = 4096;
    /** {@code MS_REC}. */
    public static final long MS_REC = 16384;
    /** {@code MS_SHARED}. */
    public static final long MS_SHARED = 1 << 20;
    /** {@code MS_PRIVATE}. */
    public static final long MS_PRIVATE = 1 << 18;
    /** {@code MNT_DETACH}. */
    public static final int MNT_DETACH = 2;

    private Syscalls() {
    }

    private static NetlinkException failure(String call, String target) {
        Errno e = Native.errno();
        return NetlinkException.of(e, call, target, null, null);
    }

    /**
     * Opens a file read-only with {@code O_CLOEXEC}.
     *
     * @param path the file
     * @return the fd
     * @throws NetlinkException naming {@code open} and the path
     */
    public static int openReadOnly(String path) {
        int fd = Native.LIBC.open(path, Native.O_RDONLY | Native.O_CLOEXEC, 0);
        if (fd < 0) {
            throw failure("open", path);
        }
        return fd;
    }

    /**
     * Creates an empty file that must not exist yet ({@code O_CREAT|O_EXCL}), and closes it.
     *
     * @param path the file
     * @param mode permission bits
     * @throws AlreadyExistsException if it exists
     */
    public static void createExclusive(String path, int mode) {
        int fd = Native.LIBC.open(path, Native.O_RDONLY | Native.O_CREAT | Native.O_EXCL
                | Native.O_CLOEXEC, mode);
        if (fd < 0) {
            throw failure("create", path);
        }
        close(fd);
    }

    /**
     * Removes a file.
     *
     * @param path the file
     * @throws NotFoundException if it does not exist
     */
    public static void unlink(String path) {
        if (Native.LIBC.unlink(path) < 0) {
            throw failure("unlink", path);
        }
    }

    /**
     * Creates a directory if it does not exist.
     *
     * @param path the directory
     * @param mode permission bits
     */
    public static void mkdirIfMissing(String path, int mode) {
        if (Native.LIBC.mkdir(path, mode) < 0) {
            Errno e = Native.errno();
            if (e.number() != Errno.EEXIST.number()) {
                throw NetlinkException.of(e, "mkdir", path, null, null);
            }
        }
    }

    /**
     * Closes an fd.
     *
     * @param fd the fd
     */
    public static void close(int fd) {
        if (Native.LIBC.close(fd) < 0) {
            Errno e = Native.errno();
            // EINTR on close still frees the fd on Linux; retrying would close a reused number.
            if (e.number() != Errno.EINTR.number()) {
                throw NetlinkException.of(e, "close", "fd " + fd, null, null);
            }
        }
    }

    /**
     * Moves the calling thread into a namespace.
     *
     * @param fd a namespace fd
     * @param nstype e.g. {@link #CLONE_NEWNET}
     * @param what the namespace, for the error
     */
    public static void setns(int fd, int nstype, String what) {
        if (Native.LIBC.setns(fd, nstype) < 0) {
            throw failure("setns", what);
        }
    }

    /**
     * Gives the calling thread new namespaces.
     *
     * @param flags {@link #CLONE_NEWNET}, {@link #CLONE_NEWNS} or both
     */
    public static void unshare(int flags) {
        if (Native.LIBC.unshare(flags) < 0) {
            throw failure("unshare", cloneFlagNames(flags));
        }
    }

    private static String cloneFlagNames(int flags) {
        StringBuilder sb = new StringBuilder();
        if ((flags & CLONE_NEWNET) != 0) {
            sb.append("CLONE_NEWNET");
        }
        if ((flags & CLONE_NEWNS) != 0) {
            sb.append(sb.length() > 0 ? "|" : "").append("CLONE_NEWNS");
        }
        int rest = flags & ~(CLONE_NEWNET | CLONE_NEWNS);
        if (rest != 0 || sb.length() == 0) {
            sb.append(sb.length() > 0 ? "|" : "").append("0x").append(Integer.toHexString(rest));
        }
        return sb.toString();
    }

    /**
     * The kind of namespace an fd refers to ({@code ioctl(NS_GET_NSTYPE)}, Linux 4.11).
     *
     * @param fd an open fd
     * @return the {@code CLONE_NEW*} value of its namespace type, e.g. {@link #CLONE_NEWNET}
     * @throws NetlinkException if the fd is not a namespace: {@code ENOTTY} for an ordinary
     *     file, which has no such ioctl
     */
    public static int namespaceType(int fd) {
        int type = Native.LIBC.ioctl(fd, Native.NS_GET_NSTYPE);
        if (type < 0) {
            throw failure("ioctl NS_GET_NSTYPE", "fd " + fd);
        }
        return type;
    }

    /**
     * Opens the network namespace a socket belongs to: {@code ioctl(SIOCGSKNS)}, a new fd with
     * {@code O_CLOEXEC} that the caller owns.
     *
     * @param socketFd an open socket
     * @return an fd on its network namespace
     * @throws NetlinkException if the kernel refuses (EPERM without CAP_NET_ADMIN over it)
     */
    public static int socketNamespace(int socketFd) {
        int fd = Native.LIBC.ioctl(socketFd, Native.SIOCGSKNS);
        if (fd < 0) {
            throw failure("ioctl SIOCGSKNS", "fd " + socketFd);
        }
        return fd;
    }

    /**
     * Takes an exclusive {@code flock(2)} on an open file, waiting for it. The lock is released
     * when the fd is closed.
     *
     * @param fd an open fd
     * @param what the file, for the error
     */
    public static void lockExclusive(int fd, String what) {
        if (Native.LIBC.flock(fd, Native.LOCK_EX) < 0) {
            throw failure("flock", what);
        }
    }

    /**
     * {@code mount(2)} with no data.
     *
     * @param source source path or null
     * @param target target path
     * @param fstype filesystem type or null
     * @param flags {@code MS_*}
     */
    public static void mount(String source, String target, String fstype, long flags) {
        if (Native.LIBC.mount(source, target, fstype, flags, 0L) < 0) {
            throw failure("mount", source == null || source.isEmpty() ? target
                    : source + " on " + target);
        }
    }

    /**
     * {@code umount2(2)}.
     *
     * @param target the mount point
     * @param flags e.g. {@link #MNT_DETACH}
     */
    public static void umount2(String target, int flags) {
        if (Native.LIBC.umount2(target, flags) < 0) {
            throw failure("umount", target);
        }
    }

    /**
     * Opens a socket ({@code SOCK_CLOEXEC}) in the calling thread's network namespace.
     *
     * @param domain e.g. {@code AF_INET} (2), {@code AF_INET6} (10)
     * @param type e.g. {@code SOCK_RAW} (3)
     * @param protocol e.g. {@code IPPROTO_ICMP} (1)
     * @return the fd
     */
    public static int socket(int domain, int type, int protocol) {
        int fd = Native.LIBC.socket(domain, type | Native.SOCK_CLOEXEC, protocol);
        if (fd < 0) {
            throw failure("socket", "domain " + domain + " type " + type + " protocol " + protocol);
        }
        return fd;
    }

    /**
     * Sends a datagram to an address ({@code sendmsg} with {@code msg_name}).
     *
     * @param fd the socket
     * @param data the bytes
     * @param sockaddr the destination, a {@code sockaddr_in} or {@code sockaddr_in6}
     * @param what the destination, for the error
     */
    public static void sendTo(int fd, byte[] data, byte[] sockaddr, String what) {
        // struct msghdr (56 bytes) + struct iovec (16) + the address + the data, in one block.
        int addrAt = 72;
        int dataAt = addrAt + 32;
        jnr.ffi.Pointer m = jnr.ffi.Memory.allocateDirect(Native.RUNTIME, dataAt + data.length, true);
        long base = m.address();
        m.putLong(0, base + addrAt);
        m.putInt(8, sockaddr.length);
        m.putLong(16, base + 56);
        m.putLong(24, 1);
        m.putLong(56, base + dataAt);
        m.putLong(64, data.length);
        m.put(addrAt, sockaddr, 0, sockaddr.length);
        m.put(dataAt, data, 0, data.length);
        long n;
        do {
            n = Native.LIBC.sendmsg(fd, base, 0);
        } while (n < 0 && Native.errno().number() == Errno.EINTR.number());
        if (n < 0) {
            throw failure("sendmsg", what);
        }
    }

    /**
     * Waits up to {@code timeoutMillis} for a datagram and receives it.
     *
     * @param fd the socket
     * @param buf receives the datagram (cut if longer)
     * @param timeoutMillis how long to wait, 0 for not at all
     * @return bytes received, or -1 on timeout
     */
    public static int receive(int fd, byte[] buf, int timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        byte[] pfd = new byte[8];
        java.nio.ByteBuffer.wrap(pfd).order(ByteOrder.nativeOrder()).putInt(0, fd)
                .putShort(4, (short) Native.POLLIN);
        while (true) {
            int left = (int) Math.max(0, (deadline - System.nanoTime()) / 1_000_000L);
            int r = Native.LIBC.poll(pfd, 1, left);
            if (r < 0) {
                Errno e = Native.errno();
                if (e.number() == Errno.EINTR.number()) {
                    continue;
                }
                throw NetlinkException.of(e, "poll", "fd " + fd, null, null);
            }
            if (r == 0) {
                return -1;
            }
            long n = Native.LIBC.recv(fd, buf, buf.length, Native.MSG_DONTWAIT);
            if (n >= 0) {
                return (int) n;
            }
            Errno e = Native.errno();
            if (e.number() != Errno.EAGAIN.number() && e.number() != Errno.EINTR.number()) {
                throw NetlinkException.of(e, "recv", "fd " + fd, null, null);
            }
        }
    }

    /**
     * The identity of the file behind an fd.
     *
     * @param fd the fd
     * @return {@code {st_dev, st_ino}}
     */
    public static long[] fileId(int fd) {
        byte[] st = new byte[256];
        if (Native.LIBC.fstat(fd, st) < 0) {
            throw failure("fstat", "fd " + fd);
        }
        return devIno(st);
    }

    /**
     * The identity of the file at a path, following links.
     *
     * @param path the path
     * @return {@code {st_dev, st_ino}}
     */
    public static long[] fileId(String path) {
        byte[] st = new byte[256];
        if (Native.LIBC.stat(path, st) < 0) {
            throw failure("stat", path);
        }
        return devIno(st);
    }

    /**
     * When the inode behind an fd last changed ({@code st_ctim}), in nanoseconds since the
     * epoch. For a namespace's nsfs inode that is when the inode was made, which tells a
     * namespace from a later one that got the same (reused) inode number.
     *
     * @param fd the fd
     * @return {@code st_ctim} in nanoseconds
     */
    public static long fileChangeTime(int fd) {
        byte[] st = new byte[256];
        if (Native.LIBC.fstat(fd, st) < 0) {
            throw failure("fstat", "fd " + fd);
        }
        // st_ctim at offset 104 in struct stat on x86_64 and arm64 alike
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(st).order(ByteOrder.nativeOrder());
        return b.getLong(104) * 1_000_000_000L + b.getLong(112);
    }

    // st_dev and st_ino are the first two 64-bit fields of struct stat on x86_64 and arm64.
    private static long[] devIno(byte[] st) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(st).order(ByteOrder.nativeOrder());
        return new long[] {b.getLong(0), b.getLong(8)};
    }

    /**
     * @param fd an fd
     * @return true if it has {@code FD_CLOEXEC}
     */
    public static boolean isCloseOnExec(int fd) {
        int flags = Native.LIBC.fcntl(fd, Native.F_GETFD, 0);
        if (flags < 0) {
            throw failure("fcntl", "fd " + fd);
        }
        return (flags & Native.FD_CLOEXEC) != 0;
    }
}

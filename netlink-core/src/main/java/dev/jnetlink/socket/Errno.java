package dev.jnetlink.socket;

/**
 * A Linux error number with its name and text: {@code EEXIST (File exists)}. Known numbers
 * have constants; any other number still has a value through {@link #of(int)} (an open
 * enumeration).
 *
 * @param number the positive errno value
 */
public record Errno(int number) {
    /** Operation not permitted. */
    public static final Errno EPERM = new Errno(1);
    /** No such file or directory. */
    public static final Errno ENOENT = new Errno(2);
    /** No such process. */
    public static final Errno ESRCH = new Errno(3);
    /** Interrupted system call. */
    public static final Errno EINTR = new Errno(4);
    /** Bad file descriptor. */
    public static final Errno EBADF = new Errno(9);
    /** Resource temporarily unavailable. */
    public static final Errno EAGAIN = new Errno(11);
    /** Permission denied. */
    public static final Errno EACCES = new Errno(13);
    /** Device or resource busy. */
    public static final Errno EBUSY = new Errno(16);
    /** File exists. */
    public static final Errno EEXIST = new Errno(17);
    /** No such device. */
    public static final Errno ENODEV = new Errno(19);
    /** Invalid argument. */
    public static final Errno EINVAL = new Errno(22);
    /** Numerical result out of range. */
    public static final Errno ERANGE = new Errno(34);
    /** Message too long. */
    public static final Errno EMSGSIZE = new Errno(90);
    /** Protocol not supported. */
    public static final Errno EPROTONOSUPPORT = new Errno(93);
    /** Operation not supported. */
    public static final Errno EOPNOTSUPP = new Errno(95);
    /** Address family not supported by protocol. */
    public static final Errno EAFNOSUPPORT = new Errno(97);
    /** Address already in use. */
    public static final Errno EADDRINUSE = new Errno(98);
    /** Cannot assign requested address. */
    public static final Errno EADDRNOTAVAIL = new Errno(99);
    /** Network is unreachable. */
    public static final Errno ENETUNREACH = new Errno(101);
    /** No buffer space available: for a netlink listener, messages were lost. */
    public static final Errno ENOBUFS = new Errno(105);
    /** Connection timed out. */
    public static final Errno ETIMEDOUT = new Errno(110);
    /** Connection refused: for a netlink socket, the receiver is connected to another sender. */
    public static final Errno ECONNREFUSED = new Errno(111);
    /** No route to host. */
    public static final Errno EHOSTUNREACH = new Errno(113);

    /**
     * @param number the errno value; a negative kernel return value is accepted too
     * @return the errno
     */
    public static Errno of(int number) {
        return new Errno(Math.abs(number));
    }

    /** @return the C name, e.g. {@code EEXIST}, or {@code errno N} if unknown */
    public String name() {
        jnr.constants.platform.linux.Errno e = Table.get(number);
        return e == null ? "errno " + number : e.name();
    }

    /** @return the text {@code strerror} gives, e.g. {@code File exists} */
    public String description() {
        jnr.constants.platform.linux.Errno e = Table.get(number);
        return e == null ? "Unknown error " + number : e.toString();
    }

    // Linux's errno numbers are the same on every architecture the library runs on.
    private static final class Table {
        private static final jnr.constants.platform.linux.Errno[] BY_NUMBER = build();

        private static jnr.constants.platform.linux.Errno[] build() {
            jnr.constants.platform.linux.Errno[] t = new jnr.constants.platform.linux.Errno[256];
            for (jnr.constants.platform.linux.Errno e : jnr.constants.platform.linux.Errno.values()) {
                int v = e.intValue();
                if (e.defined() && v > 0 && v < t.length && t[v] == null) {
                    t[v] = e;
                }
            }
            return t;
        }

        static jnr.constants.platform.linux.Errno get(int number) {
            return number > 0 && number < BY_NUMBER.length ? BY_NUMBER[number] : null;
        }
    }

    @Override
    public String toString() {
        return name() + " (" + description() + ")";
    }
}

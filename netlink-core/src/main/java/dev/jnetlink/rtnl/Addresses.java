package dev.jnetlink.rtnl;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.addr.Address;
import dev.jnetlink.codec.addr.AddressCodec;
import dev.jnetlink.codec.addr.AddressFamily;
import dev.jnetlink.codec.addr.IfAddrMsg;
import dev.jnetlink.codec.addr.Ifa;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.socket.BatchResult;
import dev.jnetlink.socket.Errno;
import dev.jnetlink.socket.NetlinkException;
import dev.jnetlink.socket.Request;
import dev.jnetlink.socket.RequestEngine;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Addresses of one namespace: what {@code ip addr add/del/show/flush} do. Obtained from
 * {@link Rtnl#addresses()}; interfaces are named as {@code ip} names them and resolved to
 * their index with one request each.
 */
public final class Addresses {
    private static final long POLL_MILLIS = 50;
    private static final int FLUSH_ROUNDS = 10;

    private final RequestEngine engine;

    Addresses(RequestEngine engine) {
        this.engine = engine;
    }

    static Address decode(MessageCursor m) {
        return m.type() == Rtm.NEWADDR ? AddressCodec.decode(m) : null;
    }

    /**
     * Adds an address. Equivalent to {@code ip addr add PREFIX brd + dev DEV} (IPv4 addresses
     * get their subnet's broadcast address).
     *
     * @param dev the interface name
     * @param prefix {@code ADDRESS/LENGTH}, e.g. {@code 10.1.0.101/24}
     * @throws IllegalArgumentException if the name or prefix is invalid (before any request)
     * @throws dev.jnetlink.socket.AlreadyExistsException if the interface has the address
     * @throws dev.jnetlink.socket.NotFoundException if there is no such interface
     */
    public void add(String dev, String prefix) {
        add(AddressSpec.of(dev, prefix).build());
    }

    /**
     * Adds an address, and if the spec asks for it waits for IPv6 duplicate address detection.
     * Equivalent to {@code ip addr add PREFIX dev DEV [peer ...] [brd ...] [label ...] [scope
     * ...] [FLAGS] [valid_lft ...] [preferred_lft ...] [metric ...]}.
     *
     * @param spec the address
     * @throws dev.jnetlink.socket.AlreadyExistsException if the interface has the address
     * @throws dev.jnetlink.socket.NotFoundException if there is no such interface
     * @throws DadException if DAD fails or does not finish in the spec's time
     */
    public void add(AddressSpec spec) {
        modify(spec, NlMsg.F_CREATE | NlMsg.F_EXCL);
    }

    /**
     * @param spec the address, built
     * @see #add(AddressSpec)
     */
    public void add(AddressSpec.Builder spec) {
        add(spec.build());
    }

    /**
     * Adds an address or updates it if the interface has it (lifetimes, flags, label).
     * Equivalent to {@code ip addr replace PREFIX dev DEV ...}.
     *
     * @param spec the address
     */
    public void replace(AddressSpec spec) {
        modify(spec, NlMsg.F_CREATE | NlMsg.F_REPLACE);
    }

    private void modify(AddressSpec spec, int flags) {
        Objects.requireNonNull(spec, "spec");
        int index = Devices.index(engine, spec.dev(), "RTM_NEWADDR", spec);
        engine.execute(new Request(Rtm.NEWADDR, flags, spec.toString(), IfAddrMsg.SIZE, Ifa.SPACE,
                w -> spec.write(w, index, false)));
        if (spec.dadTimeout() != null) {
            awaitDad(spec, index);
        }
    }

    /**
     * Deletes an address. Equivalent to {@code ip addr del PREFIX dev DEV}.
     *
     * @param dev the interface name
     * @param prefix {@code ADDRESS/LENGTH} as it was added
     * @throws NetlinkException {@code EADDRNOTAVAIL} if the interface has no such address
     */
    public void delete(String dev, String prefix) {
        delete(AddressSpec.of(dev, prefix).build());
    }

    /**
     * Deletes an address. Equivalent to {@code ip addr del PREFIX dev DEV [peer ...] [label ...]}.
     *
     * @param spec the address
     */
    public void delete(AddressSpec spec) {
        Objects.requireNonNull(spec, "spec");
        int index = Devices.index(engine, spec.dev(), "RTM_DELADDR", spec);
        engine.execute(new Request(Rtm.DELADDR, 0, spec.toString(), IfAddrMsg.SIZE, Ifa.SPACE,
                w -> spec.write(w, index, true)));
    }

    /**
     * Lists every address of the namespace. Equivalent to {@code ip addr show} (the address
     * lines).
     *
     * @return IPv4 addresses, then IPv6, in the kernel's order
     */
    public List<Address> list() {
        return dump(AddressFamily.UNSPEC, 0);
    }

    /**
     * Equivalent to {@code ip -4 addr show} or {@code ip -6 addr show}.
     *
     * @param family {@link AddressFamily#INET} or {@link AddressFamily#INET6}
     * @return the addresses of that family
     */
    public List<Address> list(int family) {
        AddressFamily.bits(family);
        return dump(family, 0);
    }

    /**
     * Lists one interface's addresses, filtered by the kernel. Equivalent to
     * {@code ip addr show dev DEV}.
     *
     * @param dev the interface name
     * @return its addresses
     */
    public List<Address> list(String dev) {
        return dump(AddressFamily.UNSPEC, Devices.index(engine, InterfaceNames.validate(dev)));
    }

    /**
     * Equivalent to {@code ip -4|-6 addr show dev DEV}.
     *
     * @param dev the interface name
     * @param family {@link AddressFamily#INET} or {@link AddressFamily#INET6}
     * @return its addresses of that family
     */
    public List<Address> list(String dev, int family) {
        AddressFamily.bits(family);
        return dump(family, Devices.index(engine, InterfaceNames.validate(dev)));
    }

    private List<Address> dump(int family, int index) {
        // With NETLINK_GET_STRICT_CHK the kernel filters on ifa_index itself.
        return engine.dump(new Request(Rtm.GETADDR, 0, index == 0 ? null : "index " + index,
                IfAddrMsg.SIZE, Ifa.SPACE, w -> new IfAddrMsg(family, 0, 0, 0, index).write(w.buffer())),
                Addresses::decode);
    }

    /**
     * Removes every address of an interface, IPv4 and IPv6 (link-local included). Equivalent
     * to {@code ip addr flush dev DEV}.
     *
     * @param dev the interface name
     * @return how many addresses were removed
     */
    public int flush(String dev) {
        return flush(dev, AddressFamily.UNSPEC);
    }

    /**
     * Equivalent to {@code ip -4|-6 addr flush dev DEV}.
     *
     * @param dev the interface name
     * @param family {@link AddressFamily#INET}, {@link AddressFamily#INET6} or
     *     {@link AddressFamily#UNSPEC} for both
     * @return how many addresses were removed
     */
    public int flush(String dev, int family) {
        int index = Devices.index(engine, InterfaceNames.validate(dev));
        int removed = 0;
        for (int round = 0; round < FLUSH_ROUNDS; round++) {
            List<Address> left = dump(family, index);
            if (left.isEmpty()) {
                return removed;
            }
            List<Request> deletes = new ArrayList<>(left.size());
            for (Address a : left) {
                deletes.add(new Request(Rtm.DELADDR, 0, a.prefix() + " dev " + dev, IfAddrMsg.SIZE,
                        Ifa.SPACE, w -> {
                            new IfAddrMsg(a.family(), a.prefixLength(), 0, 0, index).write(w.buffer());
                            if (a.local() != null) {
                                w.putInet(Ifa.LOCAL, a.local());
                            }
                            if (a.address() != null) {
                                w.putInet(Ifa.ADDRESS, a.address());
                            }
                        }));
            }
            BatchResult r = engine.batch(deletes);
            for (int i = 0; i < r.size(); i++) {
                NetlinkException e = r.failure(i);
                // Deleting an IPv4 primary takes its secondaries with it: theirs then fail.
                if (e == null) {
                    removed++;
                } else if (e.errnoNumber() != Errno.EADDRNOTAVAIL.number()) {
                    throw e;
                }
            }
        }
        throw new IllegalStateException("ip addr flush dev " + dev + ": addresses keep coming back after "
                + FLUSH_ROUNDS + " rounds");
    }

    /**
     * Waits until no address of the interface is tentative, as CNI's {@code SettleAddresses}
     * does after configuring IPv6: an address is usable only once duplicate address
     * detection has finished. Polls every 50 ms.
     *
     * @param dev the interface name
     * @param timeout the longest wait
     * @return the interface's addresses once settled
     * @throws DadException at once if DAD failed for an address ({@code dadfailed}), or when
     *     the timeout passes with an address still tentative
     */
    public List<Address> settle(String dev, Duration timeout) {
        int index = Devices.index(engine, InterfaceNames.validate(dev));
        return awaitSettled(dev, index, AddressFamily.UNSPEC, null, timeout);
    }

    private void awaitDad(AddressSpec spec, int index) {
        awaitSettled(spec.dev(), index, spec.family(), spec.local().address(), spec.dadTimeout());
    }

    /** Polls the interface's addresses (or only {@code only}) until none is tentative. */
    private List<Address> awaitSettled(String dev, int index, int family, InetAddress only,
            Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Address> all = dump(family, index);
            Address pending = null;
            boolean seen = only == null;
            for (Address a : all) {
                if (only != null && !only.equals(a.ip())) {
                    continue;
                }
                seen = true;
                if (a.isDadFailed()) {
                    throw new DadException(dev, a, true, timeout);
                }
                if (a.isTentative() && pending == null) {
                    pending = a;
                }
            }
            if (!seen) {
                throw new IllegalStateException(IpAddresses.format(only) + " disappeared from " + dev
                        + " while waiting for duplicate address detection");
            }
            if (pending == null) {
                return all;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new DadException(dev, pending, false, timeout);
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for DAD", e);
        }
    }
}

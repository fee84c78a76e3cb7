package dev.jnetlink.examples;

import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.addr.Prefix;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Set;

/**
 * The addresses of a subnet as Docker's IPAM hands them out: the lowest one that is neither
 * the subnet's own address, its broadcast address, reserved (the gateway) nor taken.
 */
public final class AddressPool {
    private final Prefix subnet;
    private final Set<InetAddress> taken = new HashSet<>();

    /**
     * @param subnet the subnet (host bits are ignored)
     * @param reserved addresses never handed out, e.g. the gateway
     */
    public AddressPool(Prefix subnet, InetAddress... reserved) {
        this.subnet = subnet.network();
        taken.addAll(java.util.List.of(reserved));
    }

    /** @return the subnet */
    public Prefix subnet() {
        return subnet;
    }

    /**
     * @return the next free address, with the subnet's prefix length, now taken
     * @throws IllegalStateException if the subnet is full
     */
    public Prefix next() {
        byte[] raw = subnet.address().getAddress();
        BigInteger base = new BigInteger(1, raw);
        int bits = raw.length * 8;
        BigInteger last = BigInteger.ONE.shiftLeft(bits - subnet.length()).subtract(BigInteger.ONE);
        for (BigInteger i = BigInteger.ONE; i.compareTo(last) < 0; i = i.add(BigInteger.ONE)) {
            InetAddress a = address(base.add(i), raw.length);
            if (taken.add(a)) {
                return new Prefix(a, subnet.length());
            }
        }
        throw new IllegalStateException("no free address left in " + subnet);
    }

    /**
     * Marks an address taken (one given by hand, as {@code docker run --ip} does).
     *
     * @param address the address
     * @throws IllegalArgumentException if it is not in the subnet
     */
    public void take(InetAddress address) {
        if (!subnet.contains(address)) {
            throw new IllegalArgumentException(IpAddresses.format(address) + " is not in " + subnet);
        }
        taken.add(address);
    }

    private static InetAddress address(BigInteger value, int bytes) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[bytes];
        int n = Math.min(raw.length, bytes);
        System.arraycopy(raw, raw.length - n, out, bytes - n, n);
        try {
            return InetAddress.getByAddress(out);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.jnetlink.rtnl;

import dev.jnetlink.codec.addr.Address;
import java.time.Duration;

/**
 * An IPv6 address did not become usable: duplicate address detection found another node
 * using it ({@code dadfailed}), or had not finished when the wait ran out. Thrown by
 * {@link Addresses#settle} and by {@link Addresses#add(AddressSpec)} with
 * {@link AddressSpec.Builder#waitForDad}.
 */
public class DadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Address address;
    private final String dev;
    private final boolean dadFailed;

    /**
     * @param dev the interface name
     * @param address the address as last seen
     * @param dadFailed true for a detected duplicate, false for a timeout
     * @param waited how long the caller waited
     */
    public DadException(String dev, Address address, boolean dadFailed, Duration waited) {
        super(address.prefix() + " on " + dev + ": " + (dadFailed
                ? "duplicate address detection failed (dadfailed): another node on the link uses this address"
                : "still tentative after " + waited.toMillis()
                        + " ms: duplicate address detection has not finished (is the link up?)"));
        this.address = address;
        this.dev = dev;
        this.dadFailed = dadFailed;
    }

    /** @return the address as last seen, with its flags */
    public Address address() {
        return address;
    }

    /** @return the interface name */
    public String dev() {
        return dev;
    }

    /** @return true if DAD failed; false if the wait ran out while the address was tentative */
    public boolean dadFailed() {
        return dadFailed;
    }
}

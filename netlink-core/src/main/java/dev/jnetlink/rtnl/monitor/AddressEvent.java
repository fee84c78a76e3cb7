package dev.jnetlink.rtnl.monitor;

import dev.jnetlink.codec.addr.Address;

/**
 * An address added, changed or removed ({@code ip monitor address}).
 *
 * @param change what happened
 * @param value the address as the kernel described it
 * @param fromDump true if it came from the listing of existing state or a resync
 */
public record AddressEvent(Change change, Address value, boolean fromDump) implements ObjectEvent<Address> {
    /** @return the address */
    public Address address() {
        return value;
    }

    @Override
    public String toString() {
        return (change == Change.DELETED ? "Deleted " : change == Change.CHANGED ? "Changed " : "") + value;
    }
}

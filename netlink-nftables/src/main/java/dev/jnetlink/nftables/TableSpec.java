package dev.jnetlink.nftables;

import dev.jnetlink.nftables.codec.NfGenMsg;
import dev.jnetlink.nftables.codec.Table;
import java.util.List;
import java.util.Objects;

/**
 * A table to add, and the reference chains, rules and sets name their table by. Equivalent to
 * {@code nft add table FAMILY NAME}.
 *
 * @param family the family, e.g. {@link TableFamily#IP}
 * @param name the name, e.g. {@code nat}
 */
public record TableSpec(TableFamily family, String name) {
    /**
     * @param family the family
     * @param name the name, 1 to 255 bytes
     * @throws IllegalArgumentException if the name is not one nftables takes
     */
    public TableSpec {
        Objects.requireNonNull(family, "family");
        Names.check("table name", name);
    }

    /**
     * Equivalent to {@code nft add table ip NAME}.
     *
     * @param name the name
     * @return an {@code ip} table
     */
    public static TableSpec ip(String name) {
        return new TableSpec(TableFamily.IP, name);
    }

    /**
     * Equivalent to {@code nft add table ip6 NAME}.
     *
     * @param name the name
     * @return an {@code ip6} table
     */
    public static TableSpec ip6(String name) {
        return new TableSpec(TableFamily.IP6, name);
    }

    /**
     * Equivalent to {@code nft add table inet NAME}.
     *
     * @param name the name
     * @return an {@code inet} table
     */
    public static TableSpec inet(String name) {
        return new TableSpec(TableFamily.INET, name);
    }

    /** @return the {@code NFT_MSG_NEWTABLE} record nft sends: name, flags 0 */
    Table toRecord() {
        return new Table(NfGenMsg.of(family.number()), name, 0, null, null, null, null, List.of());
    }

    /** @return as nft writes it: {@code ip nat} */
    @Override
    public String toString() {
        return family + " " + name;
    }
}

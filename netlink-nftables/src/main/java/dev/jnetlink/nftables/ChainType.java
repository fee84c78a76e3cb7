package dev.jnetlink.nftables;

import java.util.EnumSet;
import java.util.Set;

/** A base chain's type: nft's {@code type filter}, {@code type nat}, {@code type route}. */
public enum ChainType {
    /** {@code filter}: accept, drop, count. Any hook. */
    FILTER("filter", EnumSet.allOf(Hook.class)),
    /**
     * {@code nat}: sees the first packet of each connection; destination NAT before routing
     * ({@code prerouting}, {@code output}), source NAT after ({@code postrouting},
     * {@code input}).
     */
    NAT("nat", EnumSet.of(Hook.PREROUTING, Hook.INPUT, Hook.OUTPUT, Hook.POSTROUTING)),
    /** {@code route}: re-routes packets whose marks or addresses it changed. */
    ROUTE("route", EnumSet.of(Hook.OUTPUT, Hook.PREROUTING));

    private final String nftName;
    private final Set<Hook> hooks;

    ChainType(String nftName, Set<Hook> hooks) {
        this.nftName = nftName;
        this.hooks = hooks;
    }

    /** @return the name nft uses */
    public String nftName() {
        return nftName;
    }

    /** @return the hooks a chain of this type may use */
    public Set<Hook> hooks() {
        return hooks;
    }

    /**
     * @param name {@code NFTA_CHAIN_TYPE}
     * @return the type, or null if unknown
     */
    public static ChainType of(String name) {
        for (ChainType t : values()) {
            if (t.nftName.equals(name)) {
                return t;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return nftName;
    }
}

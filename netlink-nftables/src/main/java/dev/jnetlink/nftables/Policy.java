package dev.jnetlink.nftables;

import dev.jnetlink.nftables.codec.Verdict;

/** What a base chain does with a packet no rule decided: nft's {@code policy accept}. */
public enum Policy {
    /** {@code policy accept}. */
    ACCEPT(Verdict.ACCEPT),
    /** {@code policy drop}. */
    DROP(Verdict.DROP);

    private final int code;

    Policy(int code) {
        this.code = code;
    }

    /** @return {@code NFTA_CHAIN_POLICY} */
    public int code() {
        return code;
    }

    @Override
    public String toString() {
        return this == ACCEPT ? "accept" : "drop";
    }
}

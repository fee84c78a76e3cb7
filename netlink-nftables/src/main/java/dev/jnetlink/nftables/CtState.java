package dev.jnetlink.nftables;

/** Connection tracking states, as nft's {@code ct state established,related} names them. */
public enum CtState {
    /** {@code invalid}. */
    INVALID(1),
    /** {@code established}. */
    ESTABLISHED(2),
    /** {@code related}. */
    RELATED(4),
    /** {@code new}. */
    NEW(8),
    /** {@code untracked}. */
    UNTRACKED(64);

    private final int bit;

    CtState(int bit) {
        this.bit = bit;
    }

    /** @return its bit in {@code NFT_CT_STATE} */
    public int bit() {
        return bit;
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

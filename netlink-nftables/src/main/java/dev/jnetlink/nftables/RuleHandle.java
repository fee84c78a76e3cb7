package dev.jnetlink.nftables;

/**
 * A rule the kernel holds, by its handle: what {@code nft -a list ruleset} prints as
 * {@code # handle 7}, and what {@code nft delete rule ip nat docker handle 7} takes.
 *
 * @param table the table
 * @param chain the chain's name
 * @param handle the kernel's handle
 */
public record RuleHandle(TableSpec table, String chain, long handle) {
    /** @return {@code nat/docker handle 7}, as errors name the rule */
    @Override
    public String toString() {
        return table.name() + "/" + chain + " handle " + handle;
    }
}

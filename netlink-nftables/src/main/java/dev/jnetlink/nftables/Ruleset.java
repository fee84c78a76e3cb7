package dev.jnetlink.nftables;

import dev.jnetlink.nftables.codec.Chain;
import dev.jnetlink.nftables.codec.NftSet;
import dev.jnetlink.nftables.codec.Rule;
import dev.jnetlink.nftables.codec.SetElement;
import dev.jnetlink.nftables.codec.Table;
import java.util.List;
import java.util.Map;

/**
 * The whole ruleset of a namespace as {@link Nft#ruleset()} read it: what
 * {@code nft list ruleset} shows, decoded. {@link #toString()} prints it as nft does, for the
 * statements the library models.
 *
 * @param generation the generation it was read at
 * @param consistent true if the generation did not change while it was read
 * @param tables every table
 * @param chains every chain
 * @param rules every rule, with handles and counters
 * @param sets every set and map, anonymous ones included
 * @param elements the elements of each set, by {@link #setKey}
 */
public record Ruleset(int generation, boolean consistent, List<Table> tables, List<Chain> chains,
        List<Rule> rules, List<NftSet> sets, Map<String, List<SetElement>> elements) {
    /**
     * @param generation generation
     * @param consistent read at one generation
     * @param tables tables
     * @param chains chains
     * @param rules rules
     * @param sets sets
     * @param elements elements by set
     */
    public Ruleset {
        tables = List.copyOf(tables);
        chains = List.copyOf(chains);
        rules = List.copyOf(rules);
        sets = List.copyOf(sets);
        elements = Map.copyOf(elements);
    }

    static String setKey(NftSet s) {
        return s.header().family() + " " + s.table() + " " + s.name();
    }

    /**
     * Equivalent to {@code nft -a list chain FAMILY TABLE CHAIN}.
     *
     * @param table the table
     * @param chain the chain's name
     * @return its rules, in order
     */
    public List<Rule> rules(TableSpec table, String chain) {
        return rules.stream().filter(r -> r.header().family() == table.family().number()
                && table.name().equals(r.table()) && chain.equals(r.chain())).toList();
    }

    /**
     * @param set a set of this ruleset
     * @return its elements as the kernel holds them
     */
    public List<SetElement> elements(NftSet set) {
        return elements.getOrDefault(setKey(set), List.of());
    }

    /** @return the ruleset as {@code nft list ruleset} prints it */
    @Override
    public String toString() {
        return RulesetText.render(this);
    }
}

package dev.jnetlink.nftables;

import java.util.List;

/**
 * What a committed {@link Transaction} made: the handles the kernel gave the objects it added
 * (learnt from its echoes, {@code NLM_F_ECHO}), and the ruleset's new generation.
 *
 * @param generation the generation the commit made, or null if the kernel did not say (no echo)
 * @param handles per object of the transaction, in order: its handle, or null (deletions,
 *     set elements, or no echo asked)
 * @param rules the rules added, with their handles, in order
 */
public record Committed(Integer generation, List<Long> handles, List<RuleHandle> rules) {
    /**
     * @param generation the new generation, or null
     * @param handles per object, nulls allowed
     * @param rules the rules added
     */
    public Committed {
        handles = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(handles));
        rules = List.copyOf(rules);
    }

    /**
     * @param index an object's position in the transaction, from 0
     * @return its handle, or null
     */
    public Long handle(int index) {
        return handles.get(index);
    }
}

package dev.jnetlink.rtnl.monitor;

import dev.jnetlink.codec.rule.Rule;

/**
 * A policy routing rule added or removed ({@code ip monitor rule}).
 *
 * @param change what happened
 * @param value the rule as the kernel described it
 * @param fromDump true if it came from the listing of existing state or a resync
 */
public record RuleEvent(Change change, Rule value, boolean fromDump) implements ObjectEvent<Rule> {
    /** @return the rule */
    public Rule rule() {
        return value;
    }

    @Override
    public String toString() {
        return (change == Change.DELETED ? "Deleted " : change == Change.CHANGED ? "Changed " : "") + value;
    }
}

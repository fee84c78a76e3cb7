package dev.jnetlink.nftables;

import dev.jnetlink.nftables.codec.Chain;
import dev.jnetlink.nftables.codec.NftSet;
import dev.jnetlink.nftables.codec.Rule;
import dev.jnetlink.nftables.codec.Table;
import dev.jnetlink.rtnl.monitor.Change;
import dev.jnetlink.rtnl.monitor.ObjectEvent;

/**
 * A table, chain, rule or set added or deleted: a line of {@code nft monitor}.
 *
 * @param change what happened
 * @param value the {@link Table}, {@link Chain}, {@link Rule} or {@link NftSet}
 * @param fromDump true if it came from the listing of existing state or a resync
 * @param <T> the object's type
 */
public record NftEvent<T extends Record>(Change change, T value, boolean fromDump) implements ObjectEvent<T> {
    /** @return the event as {@code nft monitor} prints it: {@code add rule ip nat docker handle 4} */
    @Override
    public String toString() {
        String verb = change == Change.DELETED ? "delete" : "add";
        TableFamily f;
        if (value instanceof Table t) {
            f = TableFamily.of(t.family());
            return verb + " table " + f + " " + t.name();
        }
        if (value instanceof Chain c) {
            f = TableFamily.of(c.header().family());
            return verb + " chain " + f + " " + c.table() + " " + c.name();
        }
        if (value instanceof Rule r) {
            f = TableFamily.of(r.header().family());
            return verb + " rule " + f + " " + r.table() + " " + r.chain() + " handle " + r.handle()
                    + (change == Change.DELETED ? "" : " " + RuleText.render(f, r.expressions(), null,
                            RuleText.comment(r.userdata())));
        }
        if (value instanceof NftSet s) {
            f = TableFamily.of(s.header().family());
            return verb + " " + (s.isMap() ? "map " : "set ") + f + " " + s.table() + " " + s.name();
        }
        return verb + " " + value;
    }
}

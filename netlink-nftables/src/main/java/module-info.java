/**
 * nftables over {@code NETLINK_NETFILTER}: tables, chains, rules, sets and maps in
 * all-or-nothing transactions, listings and {@code nft list ruleset} text, {@code nft monitor},
 * and port publishing as Docker does it. Built on {@code dev.jnetlink.core}'s codec and request
 * engine as a second netlink family.
 */
module dev.jnetlink.nftables {
    requires transitive dev.jnetlink.core;

    exports dev.jnetlink.nftables;
    exports dev.jnetlink.nftables.codec;
    exports dev.jnetlink.nftables.codec.expr;
    exports dev.jnetlink.nftables.publish;
}

/**
 * The nfnetlink / nf_tables wire model: the family descriptor ({@link Nfnetlink}), attribute
 * names ({@code Nfta*}), and records for tables, chains, rules, sets, set elements and the
 * generation, decoded and encoded by {@code AttributeSetCodec} tables. Pure: no I/O.
 *
 * <p>Unlike rtnetlink's, these tables are in the order and with the {@code NLA_F_NESTED} flags
 * {@code nft} (libnftnl) sends: what the library encodes is requests, and a request it builds
 * is then byte for byte the one {@code nft} sends for the same line. Replies decode whatever
 * their order and flags (the kernel sends nests without {@code NLA_F_NESTED}).
 */
package dev.jnetlink.nftables.codec;

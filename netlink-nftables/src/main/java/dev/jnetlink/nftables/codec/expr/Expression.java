package dev.jnetlink.nftables.codec.expr;

/**
 * One expression of a rule ({@code NFTA_LIST_ELEM} of {@code NFTA_RULE_EXPRESSIONS}): a
 * record per expression the library models, and {@link RawExpression} for any other, kept as
 * it came so that decoding then encoding a rule loses nothing.
 */
public sealed interface Expression permits Payload, Cmp, Meta, Bitwise, Immediate, Counter, Ct,
        Fib, Nat, Masq, Redir, Lookup, Range, Limit, Log, RawExpression {
    /** @return its {@code NFTA_EXPR_NAME}, e.g. {@code "payload"} */
    String name();
}

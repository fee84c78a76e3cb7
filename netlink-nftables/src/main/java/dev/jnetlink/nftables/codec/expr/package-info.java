/**
 * The expressions of nf_tables rules, one record per expression the library models
 * ({@code payload}, {@code cmp}, {@code meta}, {@code nat}, ...), and {@code RawExpression}
 * for the others. {@link dev.jnetlink.nftables.codec.expr.Expressions} decodes an expression
 * by its name.
 */
package dev.jnetlink.nftables.codec.expr;

/**
 * Policy routing rule messages ({@code RTM_NEWRULE}): {@link dev.jnetlink.codec.rule.Rule},
 * its {@code fib_rule_hdr} and {@code FRA_*} attributes.
 */
package dev.jnetlink.codec.rule;

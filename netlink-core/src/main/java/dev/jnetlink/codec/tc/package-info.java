/**
 * Traffic control's wire model ({@code tc qdisc/class/filter}): {@code tcmsg}, the
 * {@code TCA_*} attributes, statistics, actions, and the extension points through which each
 * kind's options decode ({@link dev.jnetlink.codec.tc.QdiscKind},
 * {@link dev.jnetlink.codec.tc.FilterKind}, {@link dev.jnetlink.codec.tc.ActionKind}).
 */
package dev.jnetlink.codec.tc;

/**
 * Traffic control, what {@code tc} does: {@link dev.jnetlink.rtnl.tc.TrafficControl} (from
 * {@code Rtnl.tc()}) with qdiscs, classes and filters, and the typed specs of the built-in
 * kinds ({@link dev.jnetlink.rtnl.tc.Htb}, {@link dev.jnetlink.rtnl.tc.Tbf},
 * {@link dev.jnetlink.rtnl.tc.Netem}, {@link dev.jnetlink.rtnl.tc.U32},
 * {@link dev.jnetlink.rtnl.tc.Mirred}, ...).
 */
package dev.jnetlink.rtnl.tc;

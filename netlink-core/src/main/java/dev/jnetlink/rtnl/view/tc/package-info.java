/**
 * Text views of traffic control: {@code tc [-s] [-d] qdisc/class/filter show}, byte for byte as
 * iproute2 6.1's {@code tc} prints them, each a {@link dev.jnetlink.rtnl.view.TextView} taking
 * the client of the namespace it shows:
 *
 * <pre>{@code
 * System.out.print(TcQdiscShow.of(rtnl).stats().text());              // tc -s qdisc show
 * System.out.print(TcClassShow.of(rtnl, "v0").details().text());     // tc -d class show dev v0
 * System.out.print(TcFilterShow.of(rtnl, "v0").parent("1:").text()); // tc filter show dev v0 parent 1:
 * }</pre>
 *
 * <p>Each qdisc, filter and action kind prints its own options through a
 * {@link dev.jnetlink.rtnl.view.tc.TcKindView} found by {@link java.util.ServiceLoader}, the
 * way link kinds print theirs through {@link dev.jnetlink.rtnl.view.KindView}; a kind without
 * one prints as {@code tc} prints a kind it does not know.
 */
package dev.jnetlink.rtnl.view.tc;

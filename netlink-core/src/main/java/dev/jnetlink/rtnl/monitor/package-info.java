/**
 * rtnetlink events ({@code ip monitor}): subscriptions with explicit loss ({@link
 * dev.jnetlink.rtnl.monitor.Overrun}), optional listing of the existing state and resync, and an
 * NIO channel. Start at {@link dev.jnetlink.rtnl.monitor.Monitor}.
 */
package dev.jnetlink.rtnl.monitor;

/**
 * Diagnostics that prove what the netlink calls built: {@link dev.jnetlink.diag.Ping}, an
 * in-process ICMP echo from inside a namespace.
 */
package dev.jnetlink.diag;

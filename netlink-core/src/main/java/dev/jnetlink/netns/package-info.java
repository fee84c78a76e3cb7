/**
 * Network namespaces: named ones as {@code ip netns} makes them, handles by name, pid or path,
 * and running code inside a namespace on a dedicated thread. See {@link dev.jnetlink.netns.NetNs}.
 */
package dev.jnetlink.netns;

/**
 * The bridge wire model, pure like core's {@code dev.jnetlink.codec}: the {@code bridge} link
 * kind ({@link dev.jnetlink.bridge.codec.BridgeKind}, plugged into core's kind registry by
 * {@link java.util.ServiceLoader}) with its {@code IFLA_BR_*} data
 * ({@link dev.jnetlink.bridge.codec.BridgeInfo}) and its ports' {@code IFLA_BRPORT_*} data
 * ({@link dev.jnetlink.bridge.codec.BridgePortInfo}); {@code AF_BRIDGE} link messages with
 * port settings and VLANs ({@link dev.jnetlink.bridge.codec.BridgeLink}); FDB entries
 * ({@link dev.jnetlink.bridge.codec.FdbEntry}). No I/O: everything here is testable without
 * root.
 */
package dev.jnetlink.bridge.codec;

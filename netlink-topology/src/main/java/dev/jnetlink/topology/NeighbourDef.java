package dev.jnetlink.topology;

/**
 * A permanent neighbour entry: {@code ip neigh add ADDRESS lladdr MAC dev DEV nud permanent}.
 *
 * @param address the IP address
 * @param lladdr the MAC address
 * @param dev the device
 */
public record NeighbourDef(String address, String lladdr, String dev) {
}

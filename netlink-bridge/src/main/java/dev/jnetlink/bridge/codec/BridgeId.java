package dev.jnetlink.bridge.codec;

import dev.jnetlink.codec.MacAddress;
import java.util.Objects;

/**
 * A spanning-tree bridge identifier ({@code struct ifla_bridge_id}): a 16-bit priority and the
 * bridge's MAC address. The bridge with the lowest id becomes the root.
 *
 * @param priority 0 to 65535, {@code 0x8000} by default ({@code ip link ... type bridge
 *     priority N}, {@code brctl setbridgeprio})
 * @param address the bridge's MAC address, 6 bytes
 */
public record BridgeId(int priority, MacAddress address) {
    /** Size on the wire. */
    public static final int SIZE = 8;

    /**
     * @param priority 0 to 65535
     * @param address 6 bytes
     */
    public BridgeId {
        if (priority < 0 || priority > 0xffff) {
            throw new IllegalArgumentException("bridge priority must be 0..65535, got " + priority);
        }
        Objects.requireNonNull(address, "address");
        if (!address.isEthernet()) {
            throw new IllegalArgumentException("a bridge id holds a 6-byte MAC, got " + address);
        }
    }

    /**
     * @param wire the 8 bytes of {@code struct ifla_bridge_id}: priority (network order) then MAC
     * @return the id
     */
    public static BridgeId fromBytes(byte[] wire) {
        if (wire.length != SIZE) {
            throw new IllegalArgumentException("a bridge id is " + SIZE + " bytes, got " + wire.length);
        }
        byte[] mac = new byte[6];
        System.arraycopy(wire, 2, mac, 0, 6);
        return new BridgeId((wire[0] & 0xff) << 8 | (wire[1] & 0xff), MacAddress.of(mac));
    }

    /** @return the 8 bytes of {@code struct ifla_bridge_id} */
    public byte[] toBytes() {
        byte[] out = new byte[SIZE];
        out[0] = (byte) (priority >> 8);
        out[1] = (byte) priority;
        System.arraycopy(address.toArray(), 0, out, 2, 6);
        return out;
    }

    /**
     * @return the id as {@code brctl show} prints it, e.g. {@code 8000.020000000001}
     */
    public String toBrctlString() {
        StringBuilder sb = new StringBuilder(17);
        hex2(sb, priority >> 8);
        hex2(sb, priority);
        sb.append('.');
        for (byte b : address.toArray()) {
            hex2(sb, b);
        }
        return sb.toString();
    }

    /**
     * @return the id as {@code ip -d link show} prints it, e.g. {@code 8000.2:0:0:0:0:1}
     */
    public String toIpString() {
        StringBuilder sb = new StringBuilder(24);
        hex2(sb, priority >> 8);
        hex2(sb, priority);
        sb.append('.');
        byte[] mac = address.toArray();
        for (int i = 0; i < mac.length; i++) {
            if (i > 0) {
                sb.append(':');
            }
            sb.append(Integer.toHexString(mac[i] & 0xff));
        }
        return sb.toString();
    }

    private static void hex2(StringBuilder sb, int b) {
        sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }

    /** Reads like {@code brctl show}: {@code 8000.020000000001}. */
    @Override
    public String toString() {
        return toBrctlString();
    }
}

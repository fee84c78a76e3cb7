package dev.jnetlink.codec;

import java.util.Arrays;
import java.util.Objects;

/**
 * A link-layer address as {@code IFLA_ADDRESS} carries it: six bytes for Ethernet, other
 * lengths for other link types (4 for ipip, 16 for ip6tnl, 0 for none). Prints like
 * {@code ip link show}: lower-case hex pairs separated by colons.
 */
public final class MacAddress {
    /** Longest hardware address the kernel knows ({@code MAX_ADDR_LEN}). */
    public static final int MAX_LENGTH = 32;
    /** ff:ff:ff:ff:ff:ff. */
    public static final MacAddress BROADCAST = new MacAddress(new byte[] {-1, -1, -1, -1, -1, -1});

    private final byte[] bytes;

    private MacAddress(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * @param bytes the address, copied; 0 to {@value #MAX_LENGTH} bytes
     * @return the address
     * @throws IllegalArgumentException if longer than {@value #MAX_LENGTH} bytes
     */
    public static MacAddress of(byte... bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length > MAX_LENGTH) {
            throw new IllegalArgumentException("a hardware address has at most " + MAX_LENGTH
                    + " bytes, got " + bytes.length);
        }
        return new MacAddress(bytes.clone());
    }

    static MacAddress wrap(byte[] bytes) {
        return new MacAddress(bytes);
    }

    /**
     * Parses {@code aa:bb:cc:dd:ee:ff} (also with {@code -} separators, any case).
     *
     * @param text the address
     * @return the address
     * @throws IllegalArgumentException naming what is wrong with {@code text}
     */
    public static MacAddress parse(String text) {
        Objects.requireNonNull(text, "MAC address");
        String[] parts = text.split("[:-]", -1);
        if (text.isEmpty() || parts.length > MAX_LENGTH) {
            throw new IllegalArgumentException("not a MAC address: \"" + text + "\"");
        }
        byte[] b = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 2 || Character.digit(p.charAt(0), 16) < 0
                    || (p.length() == 2 && Character.digit(p.charAt(1), 16) < 0)) {
                throw new IllegalArgumentException("not a MAC address: \"" + text
                        + "\" (expected hex pairs like 02:00:00:00:00:01)");
            }
            b[i] = (byte) Integer.parseInt(p, 16);
        }
        return new MacAddress(b);
    }

    /** @return the number of bytes (6 for Ethernet) */
    public int length() {
        return bytes.length;
    }

    /** @return a copy of the bytes */
    public byte[] toArray() {
        return bytes.clone();
    }

    byte[] array() {
        return bytes;
    }

    /** @return true for a 6-byte Ethernet address */
    public boolean isEthernet() {
        return bytes.length == 6;
    }

    /** @return true if the group bit (least significant bit of the first byte) is set */
    public boolean isMulticast() {
        return bytes.length > 0 && (bytes[0] & 1) != 0;
    }

    /** @return true if every byte is zero */
    public boolean isZero() {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MacAddress other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(bytes.length * 3);
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0) {
                sb.append(':');
            }
            sb.append(Character.forDigit((bytes[i] >> 4) & 0xf, 16))
              .append(Character.forDigit(bytes[i] & 0xf, 16));
        }
        return sb.toString();
    }
}

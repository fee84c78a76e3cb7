package dev.jnetlink.nftables;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.nftables.codec.Data;
import dev.jnetlink.nftables.codec.Verdict;
import java.net.Inet4Address;
import java.net.InetAddress;

/** The type of a map's values, as nft names it after the colon: {@code type inet_service : verdict}. */
public enum MapValueType {
    /** {@code verdict}: a verdict map, what {@code vmap} looks up. */
    VERDICT(0xffffff00, 0, "verdict", new byte[] {0, 4, 2, 0, 0, 0, 1, 4, 0, 0, 0, 0, 6, 4, 0, 0, 0, 0}),
    /**
     * {@code ipv4_addr . inet_service}: an address and a port, what {@code dnat to tcp dport map}
     * takes (Docker's port publishing in one rule).
     */
    IPV4_ADDR_AND_SERVICE((7 << 6) | 13, 8, "ipv4_addr . inet_service", new byte[] {0, 4, 2, 0, 0, 0, 1, 4, 0, 0,
        0, 0, 4, 8, 0, 4, 13, 0, 0, 0, 1, 0, 6, 4, 0, 0, 0, 0});

    private final int nftType;
    private final int length;
    private final String nftName;
    private final byte[] userdata;

    MapValueType(int nftType, int length, String nftName, byte[] userdata) {
        this.nftType = nftType;
        this.length = length;
        this.nftName = nftName;
        this.userdata = userdata;
    }

    /** @return nft's number for it ({@code NFTA_SET_DATA_TYPE}) */
    public int nftType() {
        return nftType;
    }

    /** @return the value's length ({@code NFTA_SET_DATA_LEN}; 0 for verdicts) */
    public int length() {
        return length;
    }

    /** @return nft's name for it */
    public String nftName() {
        return nftName;
    }

    /**
     * @param keyType the map's key type
     * @return {@code NFTA_SET_USERDATA} as nft writes it for such a map (byte orders, and the
     *     value's type, which nft needs to print the elements back)
     */
    Bytes userdata(SetKeyType keyType) {
        byte[] b = userdata.clone();
        if (keyType != SetKeyType.INET_SERVICE && keyType != SetKeyType.IPV4_ADDR && keyType != SetKeyType.IPV6_ADDR) {
            b[2] = 1; // BYTEORDER_HOST_ENDIAN key
        }
        return Bytes.of(java.nio.ByteBuffer.allocate(b.length).put(b).array());
    }

    /**
     * @param text a value as nft writes it: {@code accept}, {@code jump web},
     *     {@code 172.17.0.2 . 80}
     * @return its data
     * @throws IllegalArgumentException if it is not a value of this type
     */
    Data parse(String text) {
        String t = text.trim();
        if (this == VERDICT) {
            String[] w = t.split("\\s+");
            return switch (w[0]) {
                case "accept" -> Data.verdict(Verdict.of(Verdict.ACCEPT));
                case "drop" -> Data.verdict(Verdict.of(Verdict.DROP));
                case "return" -> Data.verdict(Verdict.of(Verdict.RETURN));
                case "continue" -> Data.verdict(Verdict.of(Verdict.CONTINUE));
                case "jump", "goto" -> {
                    if (w.length != 2) {
                        throw new IllegalArgumentException("\"" + text + "\": " + w[0] + " takes a chain");
                    }
                    yield Data.verdict(Verdict.to(w[0].equals("jump") ? Verdict.JUMP : Verdict.GOTO,
                            Names.check("chain name", w[1])));
                }
                default -> throw new IllegalArgumentException("\"" + text + "\" is not a verdict (accept, drop,"
                        + " return, continue, jump CHAIN, goto CHAIN)");
            };
        }
        int dot = t.indexOf(" . ");
        if (dot < 0) {
            throw new IllegalArgumentException("\"" + text + "\" is not ADDRESS . PORT");
        }
        InetAddress a = IpAddresses.parse(t.substring(0, dot).trim());
        if (!(a instanceof Inet4Address)) {
            throw new IllegalArgumentException("\"" + text + "\": the address is not IPv4");
        }
        Bytes port = SetKeyType.INET_SERVICE.parse(t.substring(dot + 3).trim());
        byte[] v = new byte[8]; // the address, the port, padded to the register's 4 bytes
        System.arraycopy(a.getAddress(), 0, v, 0, 4);
        v[4] = (byte) port.get(0);
        v[5] = (byte) port.get(1);
        return Data.value(v);
    }

    @Override
    public String toString() {
        return nftName;
    }
}

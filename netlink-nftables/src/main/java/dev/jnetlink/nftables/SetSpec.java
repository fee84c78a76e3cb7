package dev.jnetlink.nftables;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.nftables.codec.Data;
import dev.jnetlink.nftables.codec.NfGenMsg;
import dev.jnetlink.nftables.codec.NftSet;
import dev.jnetlink.nftables.codec.SetElement;
import dev.jnetlink.nftables.codec.SetElements;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A named set to add, with its elements: what rules match with {@code @name}.
 * <pre>{@code
 * // nft add set ip nat pubports '{ type inet_service; flags interval; elements = { 80, 443, 8000-8080 } }'
 * SetSpec ports = SetSpec.of(nat, "pubports", SetKeyType.INET_SERVICE).interval()
 *         .elements("80", "443", "8000-8080").build();
 * }</pre>
 *
 * @param table the table
 * @param name the set's name
 * @param keyType the type of its keys
 * @param interval true if elements may be ranges ({@code flags interval})
 * @param elements the elements as nft writes them: {@code 80}, {@code 8000-8080}
 */
public record SetSpec(TableSpec table, String name, SetKeyType keyType, boolean interval,
        List<String> elements) {
    /** {@code BYTEORDER_BIG_ENDIAN}, in nft's set userdata. */
    private static final int BIG_ENDIAN = 2;

    /**
     * @param table the table
     * @param name the name
     * @param keyType key type
     * @param interval ranges allowed
     * @param elements the elements
     * @throws IllegalArgumentException if an element is not a key of the type, or a range
     *     where the set has no {@code flags interval}
     */
    public SetSpec {
        Objects.requireNonNull(table, "table");
        Names.check("set name", name);
        Objects.requireNonNull(keyType, "keyType");
        elements = List.copyOf(elements);
        for (String e : elements) {
            if (e.indexOf('-') > 0 && !interval) {
                throw new IllegalArgumentException("set " + table.name() + "/" + name + ": element "
                        + e + " is a range, and the set has no flags interval");
            }
            range(keyType, e); // checks it
        }
    }

    /**
     * @param table the table
     * @param name the name
     * @param keyType the key type
     * @return a builder
     */
    public static Builder of(TableSpec table, String name, SetKeyType keyType) {
        return new Builder(table, name, keyType);
    }

    private static Bytes[] range(SetKeyType type, String element) {
        int dash = type == SetKeyType.IPV6_ADDR ? -1 : element.indexOf('-', 1);
        if (dash < 0) {
            Bytes k = type.parse(element.trim());
            return new Bytes[] {k, k};
        }
        Bytes a = type.parse(element.substring(0, dash).trim());
        Bytes b = type.parse(element.substring(dash + 1).trim());
        if (compare(a, b) > 0) {
            throw new IllegalArgumentException("element " + element + " is an empty range");
        }
        return new Bytes[] {a, b};
    }

    private static int compare(Bytes a, Bytes b) {
        return new BigInteger(1, a.toArray()).compareTo(new BigInteger(1, b.toArray()));
    }

    private static Bytes plusOne(Bytes b) {
        BigInteger v = new BigInteger(1, b.toArray()).add(BigInteger.ONE);
        if (v.bitLength() > b.length() * 8) {
            return null; // the range runs to the last key: no end element
        }
        byte[] raw = v.toByteArray();
        byte[] out = new byte[b.length()];
        System.arraycopy(raw, Math.max(0, raw.length - out.length), out,
                Math.max(0, out.length - raw.length), Math.min(raw.length, out.length));
        return Bytes.of(out);
    }

    /** @return the {@code NFT_MSG_NEWSET} record nft sends */
    NftSet toRecord(int id) {
        byte[] udata = {0, 4, 0, 0, 0, 0};
        java.nio.ByteBuffer.wrap(udata, 2, 4).order(java.nio.ByteOrder.nativeOrder()).putInt(BIG_ENDIAN);
        return new NftSet(NfGenMsg.of(table.family().number()), table.name(), name, null,
                interval ? NftSet.F_INTERVAL : 0, keyType.nftType(), keyType.length(), null, null,
                null, id, null, null, null, null, Bytes.of(udata), List.of());
    }

    /**
     * @return the {@code NFT_MSG_NEWSETELEM} record nft sends, elements sorted and ranges as
     *     interval starts and ends; null when there are no elements
     */
    SetElements elementsRecord(int setId) {
        if (elements.isEmpty()) {
            return null;
        }
        List<SetElement> out = new ArrayList<>();
        if (interval) {
            List<Bytes[]> ranges = new ArrayList<>();
            for (String e : elements) {
                ranges.add(range(keyType, e));
            }
            ranges.sort(Comparator.comparing((Bytes[] r) -> new BigInteger(1, r[0].toArray())));
            Bytes zero = Bytes.of(new byte[keyType.length()]);
            if (!ranges.get(0)[0].equals(zero)) {
                out.add(element(SetElement.F_INTERVAL_END, zero)); // the gap before the first
            }
            for (Bytes[] r : ranges) {
                out.add(element(null, r[0]));
                Bytes end = plusOne(r[1]);
                if (end != null) {
                    out.add(element(SetElement.F_INTERVAL_END, end));
                }
            }
        } else {
            for (String e : elements) {
                out.add(element(null, keyType.parse(e.trim())));
            }
        }
        return new SetElements(NfGenMsg.of(table.family().number()), table.name(), name, setId, out,
                List.of());
    }

    private static SetElement element(Integer flags, Bytes key) {
        return new SetElement(flags, null, null, Data.value(key), null, null, null, null, List.of());
    }

    /** @return {@code TABLE/NAME}, as errors name the set */
    @Override
    public String toString() {
        return table.name() + "/" + name;
    }

    /** Builds a set. */
    public static final class Builder {
        private final TableSpec table;
        private final String name;
        private final SetKeyType keyType;
        private boolean interval;
        private final List<String> elements = new ArrayList<>();

        private Builder(TableSpec table, String name, SetKeyType keyType) {
            this.table = table;
            this.name = name;
            this.keyType = keyType;
        }

        /** @return this builder, for {@code flags interval} */
        public Builder interval() {
            this.interval = true;
            return this;
        }

        /**
         * @param keys elements as nft writes them: {@code 80}, {@code 8000-8080}
         * @return this builder
         */
        public Builder elements(String... keys) {
            elements.addAll(List.of(keys));
            return this;
        }

        /** @return the set */
        public SetSpec build() {
            return new SetSpec(table, name, keyType, interval, elements);
        }
    }
}

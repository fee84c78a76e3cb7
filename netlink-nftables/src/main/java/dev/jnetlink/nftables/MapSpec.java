package dev.jnetlink.nftables;

import dev.jnetlink.nftables.codec.Data;
import dev.jnetlink.nftables.codec.NfGenMsg;
import dev.jnetlink.nftables.codec.NftSet;
import dev.jnetlink.nftables.codec.SetElement;
import dev.jnetlink.nftables.codec.SetElements;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named map to add, with its elements: what rules look up with {@code vmap @name} (a
 * verdict map) or {@code dnat to tcp dport map @name}.
 * <pre>{@code
 * // nft add map ip nat portmap '{ type inet_service : ipv4_addr . inet_service;
 * //                               elements = { 8080 : 172.17.0.2 . 80 } }'
 * MapSpec portmap = MapSpec.of(nat, "portmap", SetKeyType.INET_SERVICE, MapValueType.IPV4_ADDR_AND_SERVICE)
 *         .element("8080", "172.17.0.2 . 80").build();
 * }</pre>
 *
 * @param table the table
 * @param name the map's name
 * @param keyType the type of its keys
 * @param valueType the type of its values
 * @param elements key and value of each element, as nft writes them
 */
public record MapSpec(TableSpec table, String name, SetKeyType keyType, MapValueType valueType,
        List<Element> elements) {
    /**
     * One element.
     *
     * @param key the key, e.g. {@code 8080}
     * @param value the value, e.g. {@code 172.17.0.2 . 80} or {@code jump web}
     */
    public record Element(String key, String value) {
    }

    /**
     * @param table the table
     * @param name the name
     * @param keyType key type
     * @param valueType value type
     * @param elements the elements
     * @throws IllegalArgumentException if a key or value is not of its type, or a key repeats
     */
    public MapSpec {
        Objects.requireNonNull(table, "table");
        Names.check("map name", name);
        Objects.requireNonNull(keyType, "keyType");
        Objects.requireNonNull(valueType, "valueType");
        elements = List.copyOf(elements);
        List<dev.jnetlink.codec.Bytes> keys = new ArrayList<>();
        for (Element e : elements) {
            dev.jnetlink.codec.Bytes k = keyType.parse(e.key());
            if (keys.contains(k)) {
                throw new IllegalArgumentException("map " + table.name() + "/" + name + ": key " + e.key()
                        + " is given twice");
            }
            keys.add(k);
            valueType.parse(e.value());
        }
    }

    /**
     * @param table the table
     * @param name the name
     * @param keyType the key type
     * @param valueType the value type
     * @return a builder
     */
    public static Builder of(TableSpec table, String name, SetKeyType keyType, MapValueType valueType) {
        return new Builder(table, name, keyType, valueType);
    }

    /** @return the {@code NFT_MSG_NEWSET} record nft sends for the map */
    NftSet toRecord(int id) {
        return new NftSet(NfGenMsg.of(table.family().number()), table.name(), name, null, NftSet.F_MAP,
                keyType.nftType(), keyType.length(), valueType.nftType(), valueType.length(), null, id, null,
                null, null, null, valueType.userdata(keyType), List.of());
    }

    /** @return the {@code NFT_MSG_NEWSETELEM} record of its elements, null when there are none */
    SetElements elementsRecord(int setId) {
        if (elements.isEmpty()) {
            return null;
        }
        List<SetElement> out = new ArrayList<>();
        for (Element e : elements) {
            out.add(new SetElement(null, null, null, Data.value(keyType.parse(e.key())), null,
                    valueType.parse(e.value()), null, null, List.of()));
        }
        return new SetElements(NfGenMsg.of(table.family().number()), table.name(), name, setId, out, List.of());
    }

    /** @return {@code TABLE/NAME}, as errors name the map */
    @Override
    public String toString() {
        return table.name() + "/" + name;
    }

    /** Builds a map. */
    public static final class Builder {
        private final TableSpec table;
        private final String name;
        private final SetKeyType keyType;
        private final MapValueType valueType;
        private final List<Element> elements = new ArrayList<>();

        private Builder(TableSpec table, String name, SetKeyType keyType, MapValueType valueType) {
            this.table = table;
            this.name = name;
            this.keyType = keyType;
            this.valueType = valueType;
        }

        /**
         * @param key the key as nft writes it
         * @param value the value as nft writes it
         * @return this builder, for {@code KEY : VALUE}
         */
        public Builder element(String key, String value) {
            elements.add(new Element(key, value));
            return this;
        }

        /** @return the map */
        public MapSpec build() {
            return new MapSpec(table, name, keyType, valueType, elements);
        }
    }
}

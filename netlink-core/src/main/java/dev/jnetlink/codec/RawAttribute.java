package dev.jnetlink.codec;

import java.util.Objects;

/**
 * An attribute the codec does not model, kept as it came so that decode then encode loses
 * nothing.
 *
 * @param type the attribute type as sent, including the {@link Nla#F_NESTED} and
 *     {@link Nla#F_NET_BYTEORDER} flag bits
 * @param value the payload, without header or padding
 */
public record RawAttribute(int type, Bytes value) {
    /**
     * @param type the type with its flag bits
     * @param value the payload
     */
    public RawAttribute {
        if (type < 0 || type > 0xffff) {
            throw new IllegalArgumentException("attribute type out of range: " + type);
        }
        Objects.requireNonNull(value, "value");
    }

    /** @return the type without flag bits */
    public int baseType() {
        return type & Nla.TYPE_MASK;
    }

    @Override
    public String toString() {
        return "attr(" + baseType() + ((type & Nla.F_NESTED) != 0 ? ",nested" : "") + ")=" + value;
    }
}

package dev.jnetlink.codec;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.addr.AddressCodec;
import org.junit.jupiter.api.Test;

/** {@link AttributeSetCodec#withEncodeOrder} accepts only a permutation of the attribute components. */
class EncodeOrderTest {
    @Test
    void refusesAnOrderThatIsNotAPermutation() {
        assertThatThrownBy(() -> AddressCodec.ATTRIBUTES.withEncodeOrder("local", "address"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Address has 11 attribute components; the order names 2");
        assertThatThrownBy(() -> AddressCodec.ATTRIBUTES.withEncodeOrder("header", "local", "address",
                "multicast", "anycast", "rtPriority", "cacheInfo", "flags", "proto", "broadcast", "label"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"header\" is not an attribute component of Address");
        assertThatThrownBy(() -> AddressCodec.ATTRIBUTES.withEncodeOrder("local", "local", "address",
                "multicast", "anycast", "rtPriority", "cacheInfo", "flags", "proto", "broadcast", "label"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"local\" is named twice in the order for Address");
    }
}

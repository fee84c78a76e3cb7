package dev.jnetlink.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.addr.AddressCodec;
import dev.jnetlink.codec.link.kind.IflaVlan;
import dev.jnetlink.codec.link.kind.QosMapping;
import dev.jnetlink.codec.link.kind.VlanFlags;
import dev.jnetlink.codec.link.kind.VlanInfo;
import dev.jnetlink.testing.Encoded;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link AttributeSetCodec#withEncodeOrder} accepts only a permutation of the attribute
 * components; {@link AttributeSetCodec#withRequestOrder} writes the named ones first.
 */
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

    @Test
    void aRequestOrderWritesTheNamedComponentsFirstThenTheRestInTableOrder() {
        VlanInfo vlan = new VlanInfo(VlanInfo.PROTOCOL_8021Q, 20, new VlanFlags(0, 1),
                List.of(new QosMapping(1, 2)), List.of(new QosMapping(3, 4)), List.of());
        AttributeSetCodec<VlanInfo> request = VlanInfo.CODEC.withRequestOrder("egressQos", "id");
        assertThat(types(request, vlan)).containsExactly(IflaVlan.EGRESS_QOS, IflaVlan.ID,
                IflaVlan.PROTOCOL, IflaVlan.FLAGS, IflaVlan.INGRESS_QOS);
        assertThat(types(VlanInfo.CODEC, vlan)).containsExactly(IflaVlan.PROTOCOL, IflaVlan.ID,
                IflaVlan.FLAGS, IflaVlan.INGRESS_QOS, IflaVlan.EGRESS_QOS);
    }

    @Test
    void aRequestOrderNamesAttributeComponentsOnceEach() {
        assertThatThrownBy(() -> VlanInfo.CODEC.withRequestOrder("id", "unknown"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"unknown\" is not an attribute component of VlanInfo");
        assertThatThrownBy(() -> VlanInfo.CODEC.withRequestOrder("id", "flags", "id"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"id\" is named twice in the order for VlanInfo");
    }

    /** The attribute types {@code codec} writes for {@code value}, in order. */
    private static List<Integer> types(AttributeSetCodec<VlanInfo> codec, VlanInfo value) {
        ByteBuf buf = Unpooled.wrappedBuffer(Encoded.message(0, 0, 0, w -> codec.encode(w, value)))
                .skipBytes(NlMsg.HEADER_LENGTH);
        List<Integer> types = new ArrayList<>();
        while (buf.isReadable()) {
            int length = buf.getUnsignedShortLE(buf.readerIndex());
            types.add(buf.getUnsignedShortLE(buf.readerIndex() + 2) & Nla.TYPE_MASK);
            buf.skipBytes((length + 3) & ~3);
        }
        return types;
    }
}

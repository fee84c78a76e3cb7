package dev.jnetlink.codec;

import io.netty.buffer.ByteBuf;
import java.util.HashMap;
import java.util.Map;

/**
 * Names the attribute a kernel extended ack points at. The kernel reports a byte offset into
 * the request ({@code NLMSGERR_ATTR_OFFS}); walking the request's own bytes with its
 * attribute names turns that into {@code IFLA_LINKINFO > IFLA_INFO_DATA > IFLA_VLAN_ID}.
 */
public final class ExtAckLocator {
    private ExtAckLocator() {
    }

    /**
     * Names the attribute at an offset of a request, the request's fixed header and
     * attributes taken from its family.
     *
     * @param request buffer holding the request
     * @param messageStart absolute index of the request's netlink header
     * @param offset the kernel's offset, from the start of the netlink header
     * @param family the request's family
     * @return the attribute path, or null if the offset is not inside an attribute or the
     *     family does not describe the request's type
     */
    public static String locate(ByteBuf request, int messageStart, int offset, NetlinkFamily family) {
        int type = HostOrder.getU16(request, messageStart + 4);
        return locate(request, messageStart, offset, family.fixedHeaderSize(type), family.space(type));
    }

    /**
     * @param request buffer holding the request
     * @param messageStart absolute index of the request's netlink header
     * @param offset the kernel's offset, from the start of the netlink header
     * @param fixedHeaderSize size of the fixed header after the netlink header
     * @param space the request's top-level attribute names
     * @return the attribute path, or null if the offset is not inside an attribute
     */
    public static String locate(ByteBuf request, int messageStart, int offset, int fixedHeaderSize,
            AttributeSpace space) {
        if (offset < 0 || space == null) {
            return null;
        }
        int length = HostOrder.getI32(request, messageStart);
        int from = messageStart + NlMsg.HEADER_LENGTH + NlMsg.align(fixedHeaderSize);
        int end = messageStart + length;
        int target = messageStart + offset;
        if (target < from || target >= end) {
            return null;
        }
        try {
            return walk(request, from, end, target, space, "");
        } catch (DecodeException e) {
            return null;
        }
    }

    private static String walk(ByteBuf buf, int from, int end, int target, AttributeSpace space,
            String path) {
        AttributeCursor c = new AttributeCursor().reset(buf, from, end, space, 0, "request");
        Map<Integer, String> selectors = new HashMap<>();
        while (c.next()) {
            int attrStart = c.valueIndex() - Nla.HEADER_LENGTH;
            int attrEnd = c.valueIndex() + c.length();
            if (space.isSelector(c.type())) {
                selectors.put(c.type(), c.string());
            }
            if (target < attrStart || target >= Math.max(attrEnd, attrStart + Nla.HEADER_LENGTH)) {
                continue;
            }
            String here = path.isEmpty() ? c.name() : path + " > " + c.name();
            if (target < c.valueIndex()) {
                return here;
            }
            AttributeSpace child = space.child(c.type(), selectors::get);
            if (child == null && c.isNestedFlag()) {
                child = AttributeSpace.unnamed(c.name());
            }
            if (child == null) {
                return here;
            }
            String inner = walk(buf, c.valueIndex(), attrEnd, target, child, here);
            return inner != null ? inner : here;
        }
        return null;
    }
}

package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.U32Options;
import dev.jnetlink.codec.tc.kind.U32Selector;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The u32 classifier: {@code tc filter add ... u32 match ip dst 10.0.0.2/32 [match ...]
 * (flowid 1:10 | action ...)}. Matches are packed into 32-bit keys as iproute2 6.1's
 * {@code f_u32.c} packs them, so the request is {@code tc}'s bytes; the IP matches assume a
 * 20-byte IPv4 header, as {@code tc}'s do.
 */
public final class U32 implements FilterSpec {
    private final List<U32Selector.Key> keys = new ArrayList<>();
    private Integer classId;
    private final List<ActionSpec> actions = new ArrayList<>();

    private U32() {
    }

    /** @return a filter matching every packet until matches are added ({@code u32 match u32 0 0}) */
    public static U32 match() {
        return new U32();
    }

    /**
     * @param prefix e.g. {@code 10.0.0.2/32} ({@code match ip dst PREFIX})
     * @return this filter
     */
    public U32 ipDst(String prefix) {
        return ipPrefix(prefix, 16);
    }

    /**
     * @param prefix e.g. {@code 10.0.0.0/24} ({@code match ip src PREFIX})
     * @return this filter
     */
    public U32 ipSrc(String prefix) {
        return ipPrefix(prefix, 12);
    }

    /** @param protocol IP protocol number ({@code match ip protocol 6 0xff}) @return this filter */
    public U32 ipProtocol(int protocol) {
        return u8(protocol, 0xff, 9);
    }

    /** @param port destination port ({@code match ip dport 80 0xffff}) @return this filter */
    public U32 ipDport(int port) {
        return u16(port, 0xffff, 22);
    }

    /** @param port source port ({@code match ip sport 80 0xffff}) @return this filter */
    public U32 ipSport(int port) {
        return u16(port, 0xffff, 20);
    }

    /**
     * @param value the 32 bits to match
     * @param mask which of them
     * @param offset from the network header, a multiple of 4 ({@code match u32 VAL MASK at OFF})
     * @return this filter
     */
    public U32 u32(int value, int mask, int offset) {
        pack(value, mask, offset);
        return this;
    }

    /**
     * @param classId the class matching packets go to ({@code flowid 1:10})
     * @return this filter
     */
    public U32 flowid(String classId) {
        this.classId = TcHandle.parse(classId);
        return this;
    }

    /**
     * @param action an action to run on matching packets ({@code action mirred ...})
     * @return this filter
     */
    public U32 action(ActionSpec action) {
        actions.add(action);
        return this;
    }

    @Override
    public String kind() {
        return "u32";
    }

    @Override
    public List<ActionSpec> actions() {
        return List.copyOf(actions);
    }

    @Override
    public TcOptions options(ToIntFunction<String> ifindex) {
        List<U32Selector.Key> k = keys.isEmpty() ? List.of(new U32Selector.Key(0, 0, 0, 0)) : keys;
        int flags = classId != null || !actions.isEmpty() ? U32Selector.TERMINAL : 0;
        return new U32Options(null, new U32Selector(flags, 0, 0, 0, 0, 0, 0, k), null, classId, null,
                null, null, Actions.of(actions, ifindex), null, null, null, List.of());
    }

    private U32 ipPrefix(String prefix, int offset) {
        int slash = prefix.indexOf('/');
        String addr = slash < 0 ? prefix : prefix.substring(0, slash);
        int len;
        try {
            len = slash < 0 ? 32 : Integer.parseInt(prefix.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad prefix length in \"" + prefix + "\"", e);
        }
        if (len < 0 || len > 32) {
            throw new IllegalArgumentException("IPv4 prefix length must be 0 to 32 in \"" + prefix + "\"");
        }
        InetAddress a;
        try {
            a = IpAddresses.parse(addr);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an IPv4 address: \"" + addr + "\"", e);
        }
        if (!(a instanceof Inet4Address)) {
            throw new IllegalArgumentException("not an IPv4 address: \"" + addr + "\"");
        }
        byte[] b = a.getAddress();
        int value = (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff);
        int mask = len == 0 ? 0 : -1 << (32 - len);
        pack(value, mask, offset);
        return this;
    }

    private U32 u8(int value, int mask, int offset) {
        if ((value & ~0xff) != 0 || (mask & ~0xff) != 0) {
            throw new IllegalArgumentException("u8 match value and mask must be 0 to 0xff");
        }
        int shift = 24 - 8 * (offset & 3);
        pack(value << shift, mask << shift, offset & ~3);
        return this;
    }

    private U32 u16(int value, int mask, int offset) {
        if ((value & ~0xffff) != 0 || (mask & ~0xffff) != 0) {
            throw new IllegalArgumentException("u16 match value and mask must be 0 to 0xffff");
        }
        if ((offset & 1) != 0) {
            throw new IllegalArgumentException("u16 match offset must be even, got " + offset);
        }
        int shift = (offset & 3) == 0 ? 16 : 0;
        pack(value << shift, mask << shift, offset & ~3);
        return this;
    }

    /** {@code pack_key}: merges with a key at the same offset, as tc does. */
    private void pack(int value, int mask, int offset) {
        if (offset % 4 != 0) {
            throw new IllegalArgumentException("u32 match offset must be a multiple of 4, got " + offset);
        }
        value &= mask;
        for (int i = 0; i < keys.size(); i++) {
            U32Selector.Key k = keys.get(i);
            if (k.off() == offset && k.offmask() == 0) {
                if (((value ^ k.val()) & (mask & k.mask())) != 0) {
                    throw new IllegalArgumentException("u32 matches at offset " + offset + " contradict");
                }
                keys.set(i, new U32Selector.Key(k.mask() | mask, k.val() | value, offset, 0));
                return;
            }
        }
        if (keys.size() >= 128) {
            throw new IllegalArgumentException("u32 takes at most 128 keys");
        }
        keys.add(new U32Selector.Key(mask, value, offset, 0));
    }
}

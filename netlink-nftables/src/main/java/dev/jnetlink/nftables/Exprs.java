package dev.jnetlink.nftables;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.nftables.codec.Data;
import dev.jnetlink.nftables.codec.Verdict;
import dev.jnetlink.nftables.codec.expr.Bitwise;
import dev.jnetlink.nftables.codec.expr.Cmp;
import dev.jnetlink.nftables.codec.expr.Counter;
import dev.jnetlink.nftables.codec.expr.Ct;
import dev.jnetlink.nftables.codec.expr.Fib;
import dev.jnetlink.nftables.codec.expr.Immediate;
import dev.jnetlink.nftables.codec.expr.Limit;
import dev.jnetlink.nftables.codec.expr.Log;
import dev.jnetlink.nftables.codec.expr.Lookup;
import dev.jnetlink.nftables.codec.expr.Masq;
import dev.jnetlink.nftables.codec.expr.Meta;
import dev.jnetlink.nftables.codec.expr.Nat;
import dev.jnetlink.nftables.codec.expr.Payload;
import dev.jnetlink.nftables.codec.expr.Redir;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The expressions nft emits for each statement, with the attributes it sets: what
 * {@link RuleSpec.Builder} strings together. Register 1 is where loads go, as nft uses it.
 */
final class Exprs {
    static final int REG_VERDICT = 0;
    static final int REG_1 = 1;
    static final int REG_2 = 2;
    /** {@code NFT_REG32_01}: the second 32-bit word of register 1, a concatenation's port. */
    static final int REG32_01 = 9;

    private Exprs() {
    }

    static Meta metaLoad(int key) {
        return new Meta(key, REG_1, null, List.of());
    }

    static Payload load(int base, int offset, int len) {
        return new Payload(REG_1, base, offset, len, null, null, null, null, List.of());
    }

    static Cmp cmp(int op, Bytes value) {
        return new Cmp(REG_1, op, Data.value(value), List.of());
    }

    static Bitwise mask(int len, Bytes mask) {
        return new Bitwise(REG_1, REG_1, null, len, Data.value(mask), Data.value(Bytes.of(new byte[len])),
                null, List.of());
    }

    static Immediate value(int reg, Bytes value) {
        return new Immediate(reg, Data.value(value), List.of());
    }

    static Immediate verdict(Verdict v) {
        return new Immediate(REG_VERDICT, Data.verdict(v), List.of());
    }

    static Counter counter() {
        return new Counter(null, null, List.of());
    }

    static Fib fibDaddrType() {
        return new Fib(Fib.Values.F_DADDR, Fib.Values.RESULT_ADDRTYPE, REG_1, List.of());
    }

    static Ct ctLoad(int key) {
        return new Ct(key, REG_1, null, null, List.of());
    }

    static Nat nat(int type, int family, boolean address, boolean port) {
        return new Nat(type, family, address ? REG_1 : null, null, port ? (address ? REG_2 : REG_1) : null,
                null, port ? Nat.Values.RANGE_PROTO_SPECIFIED : null, List.of());
    }

    static Masq masq(boolean ports) {
        return ports ? new Masq(Nat.Values.RANGE_PROTO_SPECIFIED, REG_1, REG_2, List.of())
                : new Masq(null, null, null, List.of());
    }

    static Redir redir() {
        return new Redir(REG_1, null, Nat.Values.RANGE_PROTO_SPECIFIED, List.of());
    }

    static Lookup lookup(String set, Integer dreg) {
        return new Lookup(REG_1, dreg, set, null, null, List.of());
    }

    static Limit limit(long rate, long unitSeconds, int burst) {
        return new Limit(rate, unitSeconds, burst, Limit.Values.TYPE_PACKETS, 0, List.of());
    }

    static Log log(String prefix) {
        return new Log(prefix, null, null, null, null, null, List.of());
    }

    /** @return a 32-bit value in host order, as nft compares fib results and ct state bits */
    static Bytes hostU32(int v) {
        return Bytes.of(ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(v).array());
    }

    /** @return a port in network order */
    static Bytes port(int port) {
        return Bytes.of((byte) (port >> 8), (byte) port);
    }

    /** @return an interface name as nft compares it: 16 bytes, NUL padded */
    static Bytes ifname(String name) {
        byte[] b = new byte[16];
        byte[] n = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        System.arraycopy(n, 0, b, 0, n.length);
        return Bytes.of(b);
    }
}

package dev.jnetlink.nftables.codec;

import dev.jnetlink.codec.AttributeSpace;
import dev.jnetlink.codec.NetlinkFamily;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.ByteOrder;

/**
 * nfnetlink ({@code NETLINK_NETFILTER}) as a {@link NetlinkFamily}, with its nf_tables
 * subsystem: message types {@code NFNL_MSG_BATCH_BEGIN}/{@code END} and
 * {@code NFT_MSG_*}, every one with the 4-byte {@link NfGenMsg} header, attribute values in
 * network byte order.
 */
public final class Nfnetlink {
    /** {@code NETLINK_NETFILTER}. */
    public static final int PROTOCOL = 12;
    /** {@code NFNL_SUBSYS_NFTABLES}: the high byte of nf_tables message types. */
    public static final int SUBSYS_NFTABLES = 10;
    /** {@code NFNL_MSG_BATCH_BEGIN}: opens a transaction. */
    public static final int BATCH_BEGIN = 0x10;
    /** {@code NFNL_MSG_BATCH_END}: commits it. */
    public static final int BATCH_END = 0x11;
    /** {@code NFNLGRP_NFTABLES}: the multicast group of ruleset changes ({@code nft monitor}). */
    public static final int GROUP_NFTABLES = 7;

    /** Attributes of a batch marker ({@code NFNL_BATCH_*}). */
    public static final class Batch {
        public static final int UNSPEC = 0;
        /** {@code NFNL_BATCH_GENID}: apply only if the ruleset is still at this generation. */
        public static final int GENID = 1;

        /** Names of the {@code NFNL_BATCH_*} attributes. */
        public static final AttributeSpace SPACE = AttributeSpace.of("NFNL_BATCH", Batch.class,
                ByteOrder.BIG_ENDIAN);

        private Batch() {
        }
    }

    /**
     * @param nftMsg an {@link NftMsg} constant
     * @return the {@code nlmsg_type}: the subsystem in the high byte
     */
    public static int type(int nftMsg) {
        return (SUBSYS_NFTABLES << 8) | nftMsg;
    }

    /** The family: batch markers and every nf_tables message type, named and laid out. */
    public static final NetlinkFamily FAMILY = describe();

    private static NetlinkFamily describe() {
        NetlinkFamily.Builder b = NetlinkFamily.builder("nfnetlink", PROTOCOL, ByteOrder.BIG_ENDIAN)
                .message(BATCH_BEGIN, "NFNL_MSG_BATCH_BEGIN", "nfgenmsg", NfGenMsg.SIZE, Batch.SPACE)
                .message(BATCH_END, "NFNL_MSG_BATCH_END", "nfgenmsg", NfGenMsg.SIZE, Batch.SPACE);
        for (Field f : NftMsg.class.getDeclaredFields()) {
            if (f.getType() != int.class || !Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            int msg;
            try {
                msg = f.getInt(null);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            b.message(type(msg), "NFT_MSG_" + f.getName(), "nfgenmsg", NfGenMsg.SIZE, spaceOf(f.getName()));
        }
        return b.build();
    }

    // The object a message type is about decides its attributes: NEWRULE, GETRULE, DELRULE and
    // DESTROYRULE all carry NFTA_RULE_*.
    private static AttributeSpace spaceOf(String msg) {
        if (msg.contains("SETELEM")) {
            return NftaSetElemList.SPACE;
        }
        if (msg.contains("TABLE") && !msg.contains("FLOWTABLE")) {
            return NftaTable.SPACE;
        }
        if (msg.contains("CHAIN")) {
            return NftaChain.SPACE;
        }
        if (msg.contains("RULE")) {
            return NftaRule.SPACE;
        }
        if (msg.contains("SET")) {
            return NftaSet.SPACE;
        }
        if (msg.endsWith("GEN")) {
            return NftaGen.SPACE;
        }
        return null; // objects, flowtables, traces: not modelled, names only
    }

    private Nfnetlink() {
    }
}

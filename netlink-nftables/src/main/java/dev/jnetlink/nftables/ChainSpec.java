package dev.jnetlink.nftables;

import dev.jnetlink.nftables.codec.Chain;
import dev.jnetlink.nftables.codec.ChainHook;
import java.util.List;
import java.util.Objects;

/**
 * A chain to add: a regular chain (only rules jump to it) or a base chain (packets enter it at
 * a hook). Built and checked before any request:
 * <pre>{@code
 * ChainSpec pre = ChainSpec.base(nat, "prerouting").type(ChainType.NAT).hook(Hook.PREROUTING)
 *         .priority(-100).policy(Policy.ACCEPT).build();
 * ChainSpec docker = ChainSpec.regular(nat, "docker");
 * }</pre>
 *
 * @param table the table
 * @param name the chain's name
 * @param type the base chain's type, null for a regular chain
 * @param hook the base chain's hook, null for a regular chain
 * @param priority the base chain's priority (lower runs first)
 * @param policy the base chain's policy
 * @param device the device of a {@code netdev} base chain, else null
 */
public record ChainSpec(TableSpec table, String name, ChainType type, Hook hook, int priority,
        Policy policy, String device) {
    /** nft's standard priority {@code dstnat}: destination NAT. */
    public static final int PRIORITY_DSTNAT = -100;
    /** nft's standard priority {@code srcnat}: source NAT. */
    public static final int PRIORITY_SRCNAT = 100;
    /** nft's standard priority {@code filter}. */
    public static final int PRIORITY_FILTER = 0;

    /**
     * @param table the table
     * @param name the name
     * @param type type, or null for a regular chain
     * @param hook hook, or null for a regular chain
     * @param priority priority
     * @param policy policy, or null for a regular chain
     * @param device device of a netdev chain, else null
     * @throws IllegalArgumentException if the combination is one the kernel refuses: a nat
     *     chain on a hook nat cannot use, a base chain without its hook or type, a hook of
     *     another family, a netdev chain without its device
     */
    public ChainSpec {
        Objects.requireNonNull(table, "table");
        Names.check("chain name", name);
        if ((type == null) != (hook == null)) {
            throw new IllegalArgumentException("chain " + table.name() + "/" + name + ": a base chain"
                    + " needs both a type and a hook, a regular chain neither");
        }
        if (hook != null) {
            boolean netdevHook = hook == Hook.INGRESS || hook == Hook.EGRESS;
            if (netdevHook != (table.family() == TableFamily.NETDEV)) {
                throw new IllegalArgumentException("chain " + table.name() + "/" + name + ": hook "
                        + hook + " is not a hook of " + table.family() + " tables");
            }
            if (!type.hooks().contains(hook)) {
                throw new IllegalArgumentException("chain " + table.name() + "/" + name + ": a "
                        + type + " chain cannot hook " + hook + " (a " + type + " chain hooks "
                        + String.join(", ", type.hooks().stream().map(Hook::nftName).toList()) + ")");
            }
            if (type == ChainType.NAT && table.family() != TableFamily.IP
                    && table.family() != TableFamily.IP6 && table.family() != TableFamily.INET) {
                throw new IllegalArgumentException("chain " + table.name() + "/" + name
                        + ": nat chains exist in ip, ip6 and inet tables, not " + table.family());
            }
            if ((table.family() == TableFamily.NETDEV) != (device != null)) {
                throw new IllegalArgumentException("chain " + table.name() + "/" + name + ": "
                        + (device == null ? "a netdev chain needs its device" : "only netdev chains name a device"));
            }
            if (policy == null) {
                throw new IllegalArgumentException("chain " + table.name() + "/" + name
                        + ": a base chain needs a policy");
            }
        } else if (policy != null || device != null || priority != 0) {
            throw new IllegalArgumentException("chain " + table.name() + "/" + name
                    + ": a regular chain has no policy, priority or device");
        }
    }

    /**
     * Equivalent to {@code nft add chain FAMILY TABLE NAME}.
     *
     * @param table the table
     * @param name the name
     * @return a regular chain
     */
    public static ChainSpec regular(TableSpec table, String name) {
        return new ChainSpec(table, name, null, null, 0, null, null);
    }

    /**
     * Starts a base chain: {@code nft add chain FAMILY TABLE NAME '{ type T hook H priority P;
     * policy accept; }'}.
     *
     * @param table the table
     * @param name the name
     * @return a builder (policy accept, priority 0 unless set)
     */
    public static Builder base(TableSpec table, String name) {
        return new Builder(table, name);
    }

    /**
     * The spec of a chain as the kernel listed it, to add it again elsewhere (a copy of a
     * ruleset).
     *
     * @param listed a chain from {@link Nft#listChains()} or {@link Ruleset#chains()}
     * @return its spec
     * @throws IllegalArgumentException if its family, type or hook is one this library does
     *     not know
     */
    public static ChainSpec of(dev.jnetlink.nftables.codec.Chain listed) {
        TableFamily family = TableFamily.of(listed.header().family());
        if (family == null) {
            throw new IllegalArgumentException("chain " + listed.table() + "/" + listed.name()
                    + " is of table family " + listed.header().family() + ", which this library does not know");
        }
        TableSpec table = new TableSpec(family, listed.table());
        if (listed.hook() == null) {
            return regular(table, listed.name());
        }
        ChainType type = ChainType.of(listed.type());
        Hook hook = listed.hook().hook() == null ? null : Hook.of(family, listed.hook().hook());
        if (type == null || hook == null) {
            throw new IllegalArgumentException("chain " + table.name() + "/" + listed.name() + " has type "
                    + listed.type() + " and hook " + listed.hook().hook() + ", which this library does not know");
        }
        return new ChainSpec(table, listed.name(), type, hook,
                listed.hook().priority() == null ? 0 : listed.hook().priority(),
                listed.policy() != null && listed.policy() == 0 ? Policy.DROP : Policy.ACCEPT, listed.hook().device());
    }

    /** @return true for a base chain */
    public boolean isBase() {
        return hook != null;
    }

    /** @return the {@code NFT_MSG_NEWCHAIN} record, with the attributes nft sends */
    Chain toRecord() {
        ChainHook h = hook == null ? null : new ChainHook(hook.number(), priority, device, List.of());
        return new Chain(table.toRecord().header(), table.name(), name, null,
                type == null ? null : type.nftName(), policy == null ? null : policy.code(), h,
                null, null, null, null, null, List.of());
    }

    /** @return {@code TABLE/NAME}, as errors name the chain */
    @Override
    public String toString() {
        return table.name() + "/" + name;
    }

    /** Builds a base chain. */
    public static final class Builder {
        private final TableSpec table;
        private final String name;
        private ChainType type;
        private Hook hook;
        private int priority;
        private Policy policy = Policy.ACCEPT;
        private String device;

        private Builder(TableSpec table, String name) {
            this.table = table;
            this.name = name;
        }

        /**
         * @param type {@code type filter|nat|route}
         * @return this builder
         */
        public Builder type(ChainType type) {
            this.type = type;
            return this;
        }

        /**
         * @param hook {@code hook prerouting|input|...}
         * @return this builder
         */
        public Builder hook(Hook hook) {
            this.hook = hook;
            return this;
        }

        /**
         * @param priority {@code priority N}; nft's names: {@link #PRIORITY_DSTNAT} -100,
         *     {@link #PRIORITY_SRCNAT} 100, {@link #PRIORITY_FILTER} 0
         * @return this builder
         */
        public Builder priority(int priority) {
            this.priority = priority;
            return this;
        }

        /**
         * @param policy {@code policy accept|drop}
         * @return this builder
         */
        public Builder policy(Policy policy) {
            this.policy = policy;
            return this;
        }

        /**
         * @param device {@code device NAME} of a netdev chain
         * @return this builder
         */
        public Builder device(String device) {
            this.device = device;
            return this;
        }

        /**
         * @return the chain
         * @throws IllegalArgumentException as {@link ChainSpec#ChainSpec} says
         */
        public ChainSpec build() {
            if (type == null || hook == null) {
                throw new IllegalArgumentException("chain " + table.name() + "/" + name
                        + ": a base chain needs a type and a hook");
            }
            return new ChainSpec(table, name, type, hook, priority, policy, device);
        }
    }
}

package dev.jnetlink.rtnl.link;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.MacAddress;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.kind.MacvlanInfo;
import dev.jnetlink.codec.link.kind.MacvlanMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Macvlan} and {@link Macvtap} share: a parent, a mode, the passthru
 * {@code nopromisc} flag, the source-mode MAC list and the broadcast queue length. The request
 * is written as {@code ip link add link PARENT name NAME ... type macvlan mode MODE [nopromisc]
 * [macaddr set MAC...] [bcqueuelen N]} sends it.
 */
public abstract class MacvlanBase extends StackedLinkSpec {
    /**
     * The table of {@link MacvlanInfo} in the order {@code ip link add} sends it: the MAC list
     * and the queue length as it parses them, mode and flags after.
     */
    private static final AttributeSetCodec<MacvlanInfo> REQUEST = MacvlanInfo.CODEC
            .withRequestOrder("macaddrMode", "macaddrData", "bcQueueLen", "mode", "flags");

    private final MacvlanMode mode;
    private final boolean noPromisc;
    private final List<MacAddress> sourceMacs;
    private final Integer bcQueueLen;

    /** @param b the validated builder */
    protected MacvlanBase(Builder<?> b) {
        super(b);
        this.mode = b.mode;
        this.noPromisc = b.noPromisc;
        this.sourceMacs = b.sourceMacs == null ? null : List.copyOf(b.sourceMacs);
        this.bcQueueLen = b.bcQueueLen;
    }

    /** @return the mode, or null for the kernel's default (vepa) */
    public MacvlanMode mode() {
        return mode;
    }

    /** @return true for {@code nopromisc} (passthru only) */
    public boolean noPromisc() {
        return noPromisc;
    }

    /** @return the source MACs of source mode, or null when not set */
    public List<MacAddress> sourceMacs() {
        return sourceMacs;
    }

    /** @return the requested broadcast queue length ({@code bcqueuelen}), or null */
    public Integer bcQueueLen() {
        return bcQueueLen;
    }

    @Override
    public void checkReference(LinkRef ref, Link link) {
        super.checkReference(ref, link);
        if (ref.equals(parent())) {
            if (mtu() != null && link.mtu() != null && mtu() > link.mtu()) {
                throw new IllegalArgumentException(kind() + " " + name() + ": MTU " + mtu()
                        + " is larger than its parent " + link.name() + "'s MTU " + link.mtu());
            }
        }
    }

    @Override
    protected boolean hasInfoData() {
        return mode != null || noPromisc || sourceMacs != null || bcQueueLen != null;
    }

    /**
     * The {@code IFLA_INFO_DATA} this spec sends, as the record {@code ip -d link show}'s reply
     * decodes to, with only the options set; a source-MAC list is sent as
     * {@code macaddr set MAC...} ({@link MacvlanInfo#MACADDR_SET}).
     *
     * @return the macvlan's data
     */
    public MacvlanInfo toInfo() {
        return MacvlanInfo.builder()
                .mode(mode == null ? null : mode.value())
                .flags(noPromisc ? MacvlanInfo.FLAG_NOPROMISC : null)
                .macaddrMode(sourceMacs == null ? null : MacvlanInfo.MACADDR_SET)
                .macaddrData(sourceMacs)
                .bcQueueLen(bcQueueLen)
                .build();
    }

    @Override
    protected void writeInfoData(MessageWriter w, SpecContext ctx) {
        REQUEST.encode(w, toInfo());
    }

    @Override
    public String toString() {
        return kind() + " " + name() + " link " + parent() + (mode == null ? "" : " mode " + mode.ipName());
    }

    /**
     * The options of a macvlan or macvtap.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> extends StackedLinkSpec.Builder<B> {
        private MacvlanMode mode;
        private boolean noPromisc;
        private List<MacAddress> sourceMacs;
        private Integer bcQueueLen;

        /**
         * @param name the link's name
         * @param parent the parent, or null to set later
         */
        protected Builder(String name, LinkRef parent) {
            super(name, parent);
        }

        /** @param spec copies its values */
        protected Builder(MacvlanBase spec) {
            super(spec);
            this.mode = spec.mode;
            this.noPromisc = spec.noPromisc;
            this.sourceMacs = spec.sourceMacs == null ? null : new ArrayList<>(spec.sourceMacs);
            this.bcQueueLen = spec.bcQueueLen;
        }

        /**
         * @param mode {@code mode private|vepa|bridge|passthru|source}
         * @return this builder
         */
        public B mode(MacvlanMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return self();
        }

        /**
         * Passthru without putting the parent in promiscuous mode ({@code nopromisc}).
         *
         * @return this builder
         */
        public B noPromisc() {
            this.noPromisc = true;
            return self();
        }

        /**
         * The MACs a source-mode device receives from ({@code mode source macaddr set MAC...}).
         *
         * @param macs the source MACs
         * @return this builder
         */
        public B sourceMacs(List<MacAddress> macs) {
            this.sourceMacs = new ArrayList<>(macs);
            return self();
        }

        /**
         * @param macs the source MACs as text
         * @return this builder
         */
        public B sourceMacs(String... macs) {
            List<MacAddress> l = new ArrayList<>(macs.length);
            for (String m : macs) {
                l.add(MacAddress.parse(m));
            }
            return sourceMacs(l);
        }

        /**
         * @param length {@code bcqueuelen N}: the broadcast queue length to ask for
         * @return this builder
         */
        public B bcQueueLen(int length) {
            this.bcQueueLen = length;
            return self();
        }

        /**
         * Checks the macvlan options; concrete builders call it from {@code build()}.
         *
         * @param kind the kind, for messages
         * @throws IllegalArgumentException saying what is wrong
         */
        protected final void validate(String kind) {
            validateStacked(kind);
            if (noPromisc && mode != MacvlanMode.PASSTHRU) {
                throw new IllegalArgumentException(kind + " " + name() + ": nopromisc is only"
                        + " valid in passthru mode, mode is " + (mode == null ? "unset" : mode.ipName()));
            }
            if (sourceMacs != null) {
                if (mode != MacvlanMode.SOURCE) {
                    throw new IllegalArgumentException(kind + " " + name() + ": source MACs need"
                            + " mode source, mode is " + (mode == null ? "unset" : mode.ipName()));
                }
                for (MacAddress m : sourceMacs) {
                    validateMac(Objects.requireNonNull(m, "source MAC"));
                }
            }
            validateTxqlen(bcQueueLen, "bcqueuelen");
        }
    }
}

package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.tc.kind.MatchallOptions;

/** The classifiers' {@code skip_hw}/{@code skip_sw} flags ({@code TCA_CLS_FLAGS_*}), which exclude each other. */
final class ClsFlags {
    private ClsFlags() {
    }

    /**
     * @param kind the classifier, for the message
     * @param flags the flags set so far
     * @param flag {@link MatchallOptions#SKIP_HW} or {@link MatchallOptions#SKIP_SW}
     * @return the flags with it
     * @throws IllegalArgumentException when both would be set, as the kernel refuses
     */
    static int with(String kind, int flags, int flag) {
        if ((flags | flag) == (MatchallOptions.SKIP_HW | MatchallOptions.SKIP_SW)) {
            throw new IllegalArgumentException(kind + " skip_hw and skip_sw are mutually exclusive");
        }
        return flags | flag;
    }
}

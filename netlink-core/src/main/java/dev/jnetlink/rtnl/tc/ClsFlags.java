package dev.jnetlink.rtnl.tc;

/** The classifiers' {@code skip_hw}/{@code skip_sw} flags ({@code TCA_CLS_FLAGS_*}), which exclude each other. */
final class ClsFlags {
    /** {@code TCA_CLS_FLAGS_SKIP_HW}: not in hardware ({@code skip_hw}). */
    static final int SKIP_HW = 1;
    /** {@code TCA_CLS_FLAGS_SKIP_SW}: only in hardware ({@code skip_sw}). */
    static final int SKIP_SW = 2;

    private ClsFlags() {
    }

    /**
     * @param kind the classifier, for the message
     * @param flags the flags set so far
     * @param flag {@link #SKIP_HW} or {@link #SKIP_SW}
     * @return the flags with it
     * @throws IllegalArgumentException when both would be set, as the kernel refuses
     */
    static int with(String kind, int flags, int flag) {
        if ((flags | flag) == (SKIP_HW | SKIP_SW)) {
            throw new IllegalArgumentException(kind + " skip_hw and skip_sw are mutually exclusive");
        }
        return flags | flag;
    }
}

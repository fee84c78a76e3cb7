package dev.jnetlink.socket;

/**
 * The running kernel cannot do what was asked: typically a link kind whose module is not
 * built or cannot be loaded ({@code EOPNOTSUPP} from {@code RTM_NEWLINK}). The message says
 * which feature: {@code RTM_NEWLINK d0: EOPNOTSUPP (Operation not supported): Unknown device type
 * (this kernel lacks link kind dummy: module not available)}.
 */
public class KernelLacksFeatureException extends NetlinkException {
    private static final long serialVersionUID = 1L;

    private final String feature;

    /**
     * @param feature what is missing, e.g. {@code link kind dummy}
     * @param cause the kernel's refusal
     */
    public KernelLacksFeatureException(String feature, NetlinkException cause) {
        this(feature, "module not available", cause);
    }

    /**
     * @param feature what is missing, e.g. {@code bridge VLAN filtering}
     * @param reason why, e.g. {@code the kernel was built without CONFIG_BRIDGE_VLAN_FILTERING}
     *     (a build option, which no module load can add)
     * @param cause the kernel's refusal
     */
    public KernelLacksFeatureException(String feature, String reason, NetlinkException cause) {
        super(cause.errno(), cause.operation(), cause.object(), cause.kernelMessage(),
                cause.attribute(), "this kernel lacks " + feature + ": " + reason, cause);
        this.feature = feature;
    }

    /** @return what is missing, e.g. {@code link kind dummy} */
    public String feature() {
        return feature;
    }
}

package dev.jnetlink.codec.link;

/**
 * Kind-specific link details: the decoded {@code IFLA_INFO_DATA} of a kind (veth, vlan,
 * bridge, ...) or the {@code IFLA_INFO_SLAVE_DATA} of a port (bridge port, bond slave).
 * Each {@link LinkKind} decodes its own; a kind nobody registered decodes to
 * {@link RawLinkInfoData}.
 */
public interface LinkInfoData {
}

package dev.jnetlink.codec.link.kind;

import dev.jnetlink.codec.AttributeSpace;

/**
 * Attributes in a bond port's {@code IFLA_INFO_SLAVE_DATA} ({@code IFLA_BOND_SLAVE_*}, through
 * Linux 6.18).
 */
public final class IflaBondSlave {
    public static final int UNSPEC = 0;
    public static final int STATE = 1;
    public static final int MII_STATUS = 2;
    public static final int LINK_FAILURE_COUNT = 3;
    public static final int PERM_HWADDR = 4;
    public static final int QUEUE_ID = 5;
    public static final int AD_AGGREGATOR_ID = 6;
    public static final int AD_ACTOR_OPER_PORT_STATE = 7;
    public static final int AD_PARTNER_OPER_PORT_STATE = 8;
    public static final int PRIO = 9;
    public static final int ACTOR_PORT_PRIO = 10;
    public static final int AD_CHURN_ACTOR_STATE = 11;
    public static final int AD_CHURN_PARTNER_STATE = 12;

    /** Names of the {@code IFLA_BOND_SLAVE_*} attributes. */
    public static final AttributeSpace SPACE = AttributeSpace.of("IFLA_BOND_SLAVE",
            IflaBondSlave.class);

    private IflaBondSlave() {
    }
}

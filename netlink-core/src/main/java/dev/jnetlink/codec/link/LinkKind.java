package dev.jnetlink.codec.link;

import dev.jnetlink.codec.AttributeSpace;
import dev.jnetlink.codec.ValueCodec;

/**
 * A link kind's codec: how its {@code IFLA_INFO_DATA} (and, for kinds that have ports, the
 * ports' {@code IFLA_INFO_SLAVE_DATA}) decode and encode. This is the extension point for link
 * kinds: implementations are found with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/dev.jnetlink.codec.link.LinkKind}) in the library's class loader or
 * a thread's context class loader, or added with {@link LinkKinds#loadFrom} or
 * {@link LinkKinds#register} (see {@link LinkKinds}). The built-in kinds and the bridge module
 * use it the same way.
 */
public interface LinkKind {
    /** @return the kind as {@code IFLA_INFO_KIND} carries it, e.g. {@code "vlan"} */
    String name();

    /**
     * @return the codec of {@code IFLA_INFO_DATA} for this kind, or null if the kind has none
     *     (its data, if the kernel ever sends some, is then kept raw)
     */
    ValueCodec<? extends LinkInfoData> dataCodec();

    /** @return the names of the attributes inside {@code IFLA_INFO_DATA}, or null */
    AttributeSpace dataSpace();

    /**
     * @return the codec of {@code IFLA_INFO_SLAVE_DATA} of links enslaved to a master of
     *     this kind, or null
     */
    default ValueCodec<? extends LinkInfoData> slaveDataCodec() {
        return null;
    }

    /** @return the names of the attributes inside {@code IFLA_INFO_SLAVE_DATA}, or null */
    default AttributeSpace slaveDataSpace() {
        return null;
    }
}

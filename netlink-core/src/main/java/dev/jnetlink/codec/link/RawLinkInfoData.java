package dev.jnetlink.codec.link;

import dev.jnetlink.codec.RawAttribute;
import java.util.List;

/**
 * {@code IFLA_INFO_DATA} (or {@code IFLA_INFO_SLAVE_DATA}) of a kind with no registered
 * {@link LinkKind}: its attributes as they came, so nothing is lost and a user can still read
 * them by type.
 *
 * @param attributes the nested attributes, in order
 */
public record RawLinkInfoData(List<RawAttribute> attributes) implements LinkInfoData {
    /** @param attributes the nested attributes, copied */
    public RawLinkInfoData {
        attributes = List.copyOf(attributes);
    }
}

package dev.jnetlink.nftables.codec.expr;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.RawAttribute;
import java.util.List;

/**
 * An expression the library does not model ({@code reject}, {@code quota}, {@code dynset},
 * ...), or a modelled one carrying attributes beside its name and data: kept as it came.
 *
 * @param name {@code NFTA_EXPR_NAME}
 * @param data the payload of {@code NFTA_EXPR_DATA}, its attributes as they came, or null if
 *     there was none
 * @param unknown attributes beside the name and data
 */
public record RawExpression(String name, Bytes data, List<RawAttribute> unknown) implements Expression {
}

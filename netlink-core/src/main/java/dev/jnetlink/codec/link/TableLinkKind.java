package dev.jnetlink.codec.link;

import dev.jnetlink.codec.AttributeSetCodec;
import dev.jnetlink.codec.AttributeSpace;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.ValueCodecs;
import java.util.Objects;

/**
 * A {@link LinkKind} whose {@code IFLA_INFO_DATA} is one attribute set decoded by an
 * {@link AttributeSetCodec} table: what almost every kind is. A kind subclasses it with a
 * public no-argument constructor (for {@link java.util.ServiceLoader}), nested in the record it
 * decodes to, so the kind and its record are one file:
 *
 * <pre>{@code
 * public record VlanInfo(...) implements LinkInfoData {
 *     public static final AttributeSetCodec<VlanInfo> CODEC = ...;
 *
 *     public static final class VlanKind extends TableLinkKind {
 *         public VlanKind() {
 *             super("vlan", CODEC);
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>The services file names it by its binary name,
 * {@code dev.jnetlink.codec.link.kind.VlanInfo$VlanKind}.
 */
public abstract class TableLinkKind implements LinkKind {
    private final String name;
    private final ValueCodec<? extends LinkInfoData> data;
    private final AttributeSpace dataSpace;
    private final ValueCodec<? extends LinkInfoData> slaveData;
    private final AttributeSpace slaveDataSpace;

    /**
     * @param name {@code IFLA_INFO_KIND}
     * @param data the {@code IFLA_INFO_DATA} table, or null if the kind has none
     * @param <D> the data record
     */
    protected <D extends Record & LinkInfoData> TableLinkKind(String name,
            AttributeSetCodec<D> data) {
        this(name, data, null);
    }

    /**
     * @param name {@code IFLA_INFO_KIND}
     * @param data the {@code IFLA_INFO_DATA} table, or null
     * @param slaveData the {@code IFLA_INFO_SLAVE_DATA} table of this kind's ports, or null
     * @param <D> the data record
     * @param <S> the port data record
     */
    protected <D extends Record & LinkInfoData, S extends Record & LinkInfoData> TableLinkKind(
            String name, AttributeSetCodec<D> data, AttributeSetCodec<S> slaveData) {
        this.name = Objects.requireNonNull(name, "name");
        this.data = data == null ? null : ValueCodecs.nested(data);
        this.dataSpace = data == null ? null : data.space();
        this.slaveData = slaveData == null ? null : ValueCodecs.nested(slaveData);
        this.slaveDataSpace = slaveData == null ? null : slaveData.space();
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final ValueCodec<? extends LinkInfoData> dataCodec() {
        return data;
    }

    @Override
    public final AttributeSpace dataSpace() {
        return dataSpace;
    }

    @Override
    public final ValueCodec<? extends LinkInfoData> slaveDataCodec() {
        return slaveData;
    }

    @Override
    public final AttributeSpace slaveDataSpace() {
        return slaveDataSpace;
    }

    @Override
    public String toString() {
        return "LinkKind[" + name + "]";
    }
}

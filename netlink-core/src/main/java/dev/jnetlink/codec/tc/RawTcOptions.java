package dev.jnetlink.codec.tc;

import dev.jnetlink.codec.Bytes;
import java.util.Objects;

/**
 * {@code TCA_OPTIONS} of a kind this library has no codec for, kept as the bytes the kernel
 * sent so that decode then encode gives them back.
 *
 * @param payload the attribute's payload
 */
public record RawTcOptions(Bytes payload) implements TcOptions {
    /** @param payload the attribute's payload */
    public RawTcOptions {
        Objects.requireNonNull(payload, "payload");
    }
}

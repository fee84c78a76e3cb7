package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.tc.QdiscKind;
import dev.jnetlink.codec.tc.TcOptions;

/**
 * The qdiscs that only hold filters, at {@code ffff:} under {@code ffff:fff1}: {@code ingress}
 * and {@code clsact}. Neither has options (the kernel sends an empty {@code TCA_OPTIONS},
 * kept raw).
 */
public abstract class IngressKind implements QdiscKind {
    private final String name;

    IngressKind(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final ValueCodec<? extends TcOptions> qdiscOptions() {
        return null;
    }

    /** {@code ingress}: filters on received traffic. */
    public static final class Ingress extends IngressKind {
        /** For {@link java.util.ServiceLoader}. */
        public Ingress() {
            super("ingress");
        }
    }

    /** {@code clsact}: filters on received and sent traffic. */
    public static final class Clsact extends IngressKind {
        /** For {@link java.util.ServiceLoader}. */
        public Clsact() {
            super("clsact");
        }
    }
}

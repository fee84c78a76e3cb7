package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.tc.TcOptions;

/**
 * The qdiscs that hold filters on a device's received (and, clsact, sent) traffic:
 * {@code tc qdisc add dev DEV ingress} and {@code tc qdisc add dev DEV clsact}. They always
 * sit at handle {@code ffff:} under {@code ffff:fff1}; {@link Qdiscs#add(String, Ingress)}
 * places them there.
 */
public final class Ingress implements QdiscSpec {
    private static final Ingress INGRESS = new Ingress("ingress");
    private static final Ingress CLSACT = new Ingress("clsact");
    private final String kind;

    private Ingress(String kind) {
        this.kind = kind;
    }

    /** @return the {@code ingress} qdisc */
    public static Ingress ingress() {
        return INGRESS;
    }

    /** @return the {@code clsact} qdisc */
    public static Ingress clsact() {
        return CLSACT;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public TcOptions options() {
        return null;
    }
}

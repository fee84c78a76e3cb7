package dev.jnetlink.rtnl.view.tc;

import dev.jnetlink.codec.tc.TcOptions;
import java.util.List;

/**
 * {@code ingress} and {@code clsact} as {@code q_ingress.c} and {@code q_clsact.c} print them:
 * {@code ---------------- } for ingress, nothing for clsact.
 */
public final class IngressView implements TcKindView {
    /** For {@link java.util.ServiceLoader}. */
    public IngressView() {
    }

    @Override
    public List<String> qdiscKinds() {
        return List.of("ingress", "clsact");
    }

    @Override
    public void printQdisc(TcOptions options, TcPrinter out) {
        if (out.kind().equals("ingress")) {
            out.append("---------------- ");
        }
    }
}

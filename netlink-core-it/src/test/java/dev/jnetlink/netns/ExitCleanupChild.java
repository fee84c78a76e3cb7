package dev.jnetlink.netns;

import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;

/**
 * The program {@link ExitCleanupIT} starts and stops: it makes things to be removed at exit,
 * says {@code READY} and waits to be signalled.
 *
 * <pre>
 * namespaces PREFIX N   N named namespaces PREFIX0.. (NetNs.createDeletedOnExit)
 * link NAMESPACE        a veth pair exit0/exit1 in that named namespace (Links.addDeletedOnExit)
 * churn PREFIX          namespaces PREFIX0, PREFIX1, ... as fast as it can, until stopped
 * </pre>
 */
public final class ExitCleanupChild {
    private ExitCleanupChild() {
    }

    /**
     * @param args the mode and its arguments
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "namespaces" -> {
                for (int i = 0; i < Integer.parseInt(args[2]); i++) {
                    NetNs.createDeletedOnExit(args[1] + i).close();
                }
            }
            case "link" -> {
                NetNs ns = NetNs.open(args[1]);
                Rtnl rtnl = Rtnl.openIn(ns);
                rtnl.links().addDeletedOnExit(Veth.pair("exit0", "exit1"));
            }
            case "churn" -> {
                System.out.println("READY");
                System.out.flush();
                for (int i = 0; ; i++) {
                    try {
                        NetNs.createDeletedOnExit(args[1] + i).close();
                    } catch (IllegalStateException exiting) {
                        System.out.println("REFUSED " + exiting.getMessage());
                        Thread.sleep(60_000);
                    }
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(60_000);
    }
}

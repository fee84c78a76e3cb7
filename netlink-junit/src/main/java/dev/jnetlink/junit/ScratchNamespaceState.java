package dev.jnetlink.junit;

/**
 * The links, addresses and routes of a failed test's scratch namespaces, added to the failure
 * as a suppressed exception so that Surefire, Failsafe and IDEs print it under the failure's
 * stack trace. It carries no stack trace of its own.
 */
public final class ScratchNamespaceState extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param state the namespaces' state, as {@link NamespaceState} prints it
     */
    public ScratchNamespaceState(String state) {
        super("state of the scratch namespaces when the test failed (ip addr; ip route; ip -6 route):\n" + state,
                null, false, false);
    }
}

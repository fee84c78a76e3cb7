package dev.jnetlink.rtnl.view;

/**
 * One show command of a tool (iproute2, net-tools, bridge-utils), read through a client and
 * printed exactly as the tool prints it. Views are immutable: options return a new view.
 */
public interface TextView {
    /**
     * @return the command this view prints the output of, e.g. {@code ip -d link show dev eth0}
     *     (without {@code ip netns exec}: the client decides the namespace)
     */
    String command();

    /**
     * Reads what the command shows (one or a few dumps on the client's socket) and formats it.
     *
     * @return what the command prints, byte for byte: every line ends with a newline, trailing
     *     blanks are kept where the tool prints them, and nothing at all is returned where the
     *     tool prints nothing
     */
    String text();
}

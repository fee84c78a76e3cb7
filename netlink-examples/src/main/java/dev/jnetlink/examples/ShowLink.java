package dev.jnetlink.examples;

import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.OperState;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.socket.NotFoundException;
import java.io.PrintStream;

/**
 * {@code java -jar netlink-examples.jar link NAME}: opens a client in the caller's namespace,
 * gets one link by name and prints its index, name, MTU and state. A program run once per call
 * (a CNI plugin, a hook), as the benchmark's W0 measures it from JVM start to answer; see
 * README "Cold start" for the class-data archive that makes it fast. Like
 * {@code ip -o link show dev NAME}, shorter.
 */
final class ShowLink {
    private ShowLink() {
    }

    /**
     * Equivalent to {@code ip -o link show dev NAME} (index, name, MTU and operational state).
     *
     * @param out where to print
     * @param name the link
     * @return {@link Main#PASSED}, or {@link Main#FAILED} if there is no such link
     */
    static int run(PrintStream out, String name) {
        try (Rtnl rtnl = Rtnl.open()) {
            Link l = rtnl.links().get(name);
            // A StringBuilder, not +: each shape of string concatenation costs a fresh JVM
            // method-handle spinning the class-data archive does not keep (about 10 classes).
            out.println(new StringBuilder().append(l.index()).append(": ").append(l.name())
                    .append(": mtu ").append(l.mtu()).append(" state ")
                    .append(l.operState() == null ? OperState.UNKNOWN : OperState.of(l.operState())));
            return Main.PASSED;
        } catch (NotFoundException e) {
            out.println("link " + name + ": " + e.getMessage());
            return Main.FAILED;
        }
    }
}

package dev.jnetlink.rtnl.view.tc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jnetlink.junit.ReferenceTools;
import dev.jnetlink.junit.ScratchNamespaces;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.netns.Sysctls;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.rtnl.view.TextView;
import dev.jnetlink.socket.KernelLacksFeatureException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the tc parity tests share: a scratch namespace joined to a peer by {@code v0}
 * (10.9.0.1/24) and {@code v0p} (10.9.0.2/24), IPv6 off in both (its router and listener reports
 * would move the counters at any moment); {@code tc} run in it; parts of the setup a kernel may
 * lack (left out, and their tests skip with the kernel's reason); and the comparisons with
 * {@code tc} while counters may move: a text view once it reads the same twice around the tool's
 * run, the decoded values once they hold still around {@code tc -j}'s.
 */
final class TcLab implements AutoCloseable {
    /** A part of the setup. */
    interface Part {
        void make() throws Exception;
    }

    /** Seconds an action's times may move between two reads. */
    private static final long TICKS = 5;
    private static final Pattern TIMES = Pattern.compile("(installed|used|firstused|expires) (\\d+) sec");

    private final ScratchNamespaces scratch = new ScratchNamespaces();
    private final NetNs ns;
    private final NetNs peer;
    private final Rtnl rtnl;
    private final Map<String, RuntimeException> lacking = new HashMap<>();

    /**
     * @param name the prefix of the namespace's name
     * @param peerName the prefix of the peer's
     */
    TcLab(String name, String peerName) {
        Rtnl client = null;
        try {
            ns = scratch.named(name);
            peer = scratch.named(peerName);
            client = Rtnl.openIn(ns);
            for (NetNs n : List.of(ns, peer)) {
                n.sysctls().setAll(Map.of(Sysctls.ipv6Conf("all", "disable_ipv6"), "1",
                        Sysctls.ipv6Conf("default", "disable_ipv6"), "1"));
            }
            client.links().setUp("lo");
            client.links().add(Veth.pair("v0", "v0p").peerNetns(peer));
            client.links().setUp("v0");
            client.addresses().add("v0", "10.9.0.1/24");
            try (Rtnl p = Rtnl.openIn(peer)) {
                p.links().setUp("v0p");
                p.addresses().add("v0p", "10.9.0.2/24");
            }
        } catch (RuntimeException e) {
            if (client != null) {
                client.close();
            }
            scratch.close();
            throw e;
        }
        rtnl = client;
    }

    /** @return the client of the namespace */
    Rtnl rtnl() {
        return rtnl;
    }

    /** Pings {@code v0} from the peer a few times, so that counters on the way are not all zero. */
    void ping() {
        try {
            ReferenceTools.run("ip", "netns", "exec", peer.name(), "ping", "-c", "3", "-i", "0.2", "-W", "1",
                    "10.9.0.1");
        } catch (RuntimeException e) {
            // traffic only makes the counters non-zero; the views are compared either way
        }
    }

    @Override
    public void close() {
        try {
            rtnl.close();
        } finally {
            scratch.close();
        }
    }

    /**
     * Makes a part of the setup; if the kernel lacks a kind it needs, the part is left out and
     * {@link #present} rethrows why.
     *
     * @param what the part's name
     * @param part what makes it
     */
    void optional(String what, Part part) {
        try {
            part.make();
        } catch (KernelLacksFeatureException e) {
            lacking.put(what, e);
        } catch (Exception e) {
            throw new AssertionError(what, e);
        }
    }

    /** @param what parts a test needs @throws KernelLacksFeatureException if one was left out */
    void present(String... what) {
        for (String w : what) {
            RuntimeException why = lacking.get(w);
            if (why != null) {
                throw why;
            }
        }
    }

    /** @param args {@code tc}'s arguments @return what {@code tc -n NS ARGS} printed */
    String tc(String... args) {
        List<String> cmd = new ArrayList<>(List.of("tc", "-n", ns.name()));
        cmd.addAll(List.of(args));
        return ReferenceTools.run(cmd.toArray(String[]::new));
    }

    /** @param args {@code tc}'s arguments @return what {@code tc -j -s -d ARGS} printed, parsed */
    JsonNode tcJson(String... args) {
        try {
            return TcJson.JSON.readTree(tc(with(args, "-j", "-s", "-d")));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * @param view the library's view
     * @param args the same command's arguments to {@code tc}
     * @return the view's text, asserted equal to the tool's
     */
    String assertSameAs(TextView view, String... args) {
        String ours = null;
        String theirs = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            ours = view.text();
            theirs = tc(args);
            String again = view.text();
            if (sameButForTicks(ours, theirs) || ours.equals(again) && attempt >= 2) {
                break;
            }
            sleep();
        }
        if (!sameButForTicks(ours, theirs)) {
            assertThat(ours).as(view.command()).isEqualTo(theirs);
        }
        return ours;
    }

    /**
     * The view and its {@code -s}, {@code -d} and {@code -s -d} forms equal {@code tc}'s.
     *
     * @param plain the view
     * @param stats it with statistics
     * @param details it with details
     * @param both it with both
     * @param args the command's arguments to {@code tc}, without the options
     * @return the plain view's text
     */
    String assertSameEveryWay(TextView plain, TextView stats, TextView details, TextView both, String... args) {
        String text = assertSameAs(plain, args);
        assertSameAs(stats, with(args, "-s"));
        assertSameAs(details, with(args, "-d"));
        assertSameAs(both, with(args, "-s", "-d"));
        return text;
    }

    private static String[] with(String[] args, String... options) {
        List<String> all = new ArrayList<>(List.of(options));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    /**
     * @return whether the texts are equal, but for an action's times ({@code installed 88 sec})
     *     that may tick between the library's read and the tool's by up to {@link #TICKS}
     *     seconds (several under the VM's emulation)
     */
    static boolean sameButForTicks(String ours, String theirs) {
        if (ours.equals(theirs)) {
            return true;
        }
        Matcher a = TIMES.matcher(ours);
        Matcher b = TIMES.matcher(theirs);
        if (!a.replaceAll("$1 N sec").equals(b.replaceAll("$1 N sec"))) {
            return false;
        }
        a.reset();
        b.reset();
        while (a.find() && b.find()) {
            if (Math.abs(Long.parseLong(a.group(2)) - Long.parseLong(b.group(2))) > TICKS) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every field {@code tc -j -s -d} prints equals the library's decoded value (see
     * {@link TcJson#diff}; the times of actions may differ by {@link #TICKS} seconds).
     *
     * @param what the command, for the message
     * @param ours the library's objects as tc's JSON
     * @param args the command's arguments to {@code tc}
     */
    void assertJsonParity(String what, Supplier<List<ObjectNode>> ours, String... args) {
        List<String> diff = List.of();
        for (int attempt = 0; attempt < 10; attempt++) {
            List<ObjectNode> before = ours.get();
            JsonNode theirs = tcJson(args);
            List<ObjectNode> after = ours.get();
            diff = TcJson.diff(what, theirs, TcJson.JSON.valueToTree(before),
                    Map.of("installed", TICKS, "last_used", TICKS, "first_used", TICKS));
            if (diff.isEmpty() || before.equals(after) && attempt >= 2) {
                break;
            }
            sleep();
        }
        assertThat(diff).as(what).isEmpty();
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

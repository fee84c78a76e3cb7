package dev.jnetlink.rtnl.view.tc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jnetlink.junit.ReferenceTools;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.view.TextView;
import dev.jnetlink.socket.KernelLacksFeatureException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the tc parity tests share for one namespace: {@code tc} run in it, parts of the setup a
 * kernel may lack (left out, and their tests skip with the kernel's reason), and the comparisons
 * with {@code tc} while counters may move: a text view once it reads the same twice around the
 * tool's run, the decoded values once they hold still around {@code tc -j}'s.
 */
final class TcParity {
    /** A part of the setup. */
    interface Part {
        void make() throws Exception;
    }

    /** Seconds an action's times may move between two reads. */
    private static final long TICKS = 5;
    private static final Pattern TIMES = Pattern.compile("(installed|used|firstused|expires) (\\d+) sec");

    private final NetNs ns;
    private final Map<String, RuntimeException> lacking = new HashMap<>();

    /** @param ns the namespace {@code tc} runs in */
    TcParity(NetNs ns) {
        this.ns = Objects.requireNonNull(ns, "ns");
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
        List<String> cmd = new ArrayList<>(List.of("-j", "-s", "-d"));
        cmd.addAll(List.of(args));
        try {
            return TcJson.JSON.readTree(tc(cmd.toArray(String[]::new)));
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

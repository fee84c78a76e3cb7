package dev.jnetlink.nftables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jnetlink.junit.ReferenceTools;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the {@code nft} program for tests, inside a named namespace ({@code ip netns exec NS nft
 * ...}): the reference peer the parity tests compare the library against. Every test that
 * runs nft goes through here and {@link ReferenceTools}, so a machine without it skips them
 * with one line naming the package (and fails them in strict mode). Tests only; the library never starts a process.
 */
final class NftTool {
    private static final ObjectMapper JSON = new ObjectMapper();

    private NftTool() {
    }

    /** Skips the calling test (fails it in strict mode) if there is no nft to compare with. */
    static void require() {
        ReferenceTools.require("nft");
    }

    /**
     * @param netns a named namespace
     * @param args nft's arguments
     * @return its standard output
     */
    static String run(String netns, String... args) {
        require();
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", netns, "nft"));
        cmd.addAll(List.of(args));
        return ReferenceTools.run(cmd.toArray(String[]::new));
    }

    /**
     * Applies a ruleset file from the test resources: {@code nft -f FILE}.
     *
     * @param netns a named namespace
     * @param resource e.g. {@code rulesets/builder.nft}
     */
    static void apply(String netns, String resource) {
        try (InputStream in = NftTool.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            Path f = Files.createTempFile("jnl-ruleset-", ".nft");
            try {
                Files.write(f, in.readAllBytes());
                run(netns, "-f", f.toString());
            } finally {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * @param netns a named namespace
     * @return {@code nft -j list ruleset}'s objects, without the metainfo (which names nft's
     *     version) and without handles: they are the kernel's numbering, not the ruleset, and a
     *     batch the kernel replays after loading a module (a first nat chain in a VM) takes new
     *     ones
     */
    static ArrayNode jsonRuleset(String netns) {
        try {
            JsonNode root = JSON.readTree(run(netns, "-j", "list", "ruleset"));
            ArrayNode out = JSON.createArrayNode();
            for (JsonNode n : root.get("nftables")) {
                if (!n.has("metainfo")) {
                    out.add(withoutHandles(n));
                }
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError("nft -j printed no JSON", e);
        }
    }

    private static JsonNode withoutHandles(JsonNode n) {
        if (n instanceof ObjectNode o) {
            o.remove("handle");
            o.forEach(NftTool::withoutHandles);
        } else if (n instanceof ArrayNode a) {
            a.forEach(NftTool::withoutHandles);
        }
        return n;
    }
}

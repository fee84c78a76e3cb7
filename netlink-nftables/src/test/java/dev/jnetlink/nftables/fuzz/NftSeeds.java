package dev.jnetlink.nftables.fuzz;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.nftables.codec.Nfnetlink;
import dev.jnetlink.nftables.codec.NftMsg;
import dev.jnetlink.testing.GoldenBytes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The nf_tables fuzz targets' seeds, cut from {@code golden/nft/*.hex}: whole datagrams for
 * {@code nftReceiveBuffer}, single messages for the message targets. Written as seed files:
 * <pre>
 * java -cp ... dev.jnetlink.nftables.fuzz.NftSeeds netlink-nftables/src/test/resources/dev/jnetlink/nftables/fuzz/NftDecoderFuzzTestInputs
 * </pre>
 */
public final class NftSeeds {
    private NftSeeds() {
    }

    /** @return target method name to its named seeds */
    static Map<String, Map<String, byte[]>> seeds() {
        Map<String, Map<String, byte[]>> out = new LinkedHashMap<>();
        for (String t : List.of("nftReceiveBuffer", "nftRuleMessage", "nftSetElementsMessage")) {
            out.put(t, new LinkedHashMap<>());
        }
        for (String resource : goldens()) {
            GoldenBytes g = GoldenBytes.load(resource);
            String base = resource.substring(resource.lastIndexOf('/') + 1).replace(".hex", "");
            for (int i = 0; i < g.size(); i++) {
                String name = base + "-" + i;
                out.get("nftReceiveBuffer").put(name, g.bytes(i));
                ByteBuf buf = g.buffer(i);
                try {
                    MessageCursor c = new MessageCursor().reset(buf);
                    for (int k = 0; c.next(); k++) {
                        String target = c.type() == Nfnetlink.type(NftMsg.NEWRULE) ? "nftRuleMessage"
                                : c.type() == Nfnetlink.type(NftMsg.NEWSETELEM) ? "nftSetElementsMessage"
                                : null;
                        if (target != null) {
                            out.get(target).put(name + "-" + k,
                                    ByteBufUtil.getBytes(buf, c.offset(), c.length()));
                        }
                    }
                } finally {
                    buf.release();
                }
            }
        }
        return out;
    }

    private static List<String> goldens() {
        try {
            Path root = Path.of(NftSeeds.class.getClassLoader().getResource("golden/nft").toURI());
            try (var files = Files.list(root)) {
                return files.map(f -> "golden/nft/" + f.getFileName())
                        .filter(f -> f.endsWith(".hex")).sorted().toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the nft golden files", e);
        }
    }

    /**
     * Writes the seeds as files, one directory per target.
     *
     * @param args the inputs directory
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        for (var target : seeds().entrySet()) {
            Path dir = Files.createDirectories(root.resolve(target.getKey()));
            for (var seed : target.getValue().entrySet()) {
                Files.write(dir.resolve("seed-" + seed.getKey()), seed.getValue());
            }
        }
    }
}

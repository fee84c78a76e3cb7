package dev.jnetlink.bridge.fuzz;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.Rtm;
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
 * The bridge fuzz targets' seeds, cut from {@code golden/bridge/*.hex}: whole datagrams for
 * {@code bridgeReceiveBuffer}, single messages for the message targets. Written as seed files
 * (the same way as core's {@code SeedCorpus}):
 * <pre>
 * java -cp ... dev.jnetlink.bridge.fuzz.BridgeSeeds netlink-bridge/src/test/resources/dev/jnetlink/bridge/fuzz/BridgeDecoderFuzzTestInputs
 * </pre>
 */
public final class BridgeSeeds {
    private BridgeSeeds() {
    }

    /** @return target method name to its named seeds */
    static Map<String, Map<String, byte[]>> seeds() {
        Map<String, Map<String, byte[]>> out = new LinkedHashMap<>();
        for (String t : List.of("bridgeReceiveBuffer", "bridgeLinkMessage", "fdbMessage")) {
            out.put(t, new LinkedHashMap<>());
        }
        for (String resource : goldens()) {
            GoldenBytes g = GoldenBytes.load(resource);
            String base = resource.substring(resource.lastIndexOf('/') + 1).replace(".hex", "");
            for (int i = 0; i < g.size(); i++) {
                String name = base + "-" + i;
                out.get("bridgeReceiveBuffer").put(name, g.bytes(i));
                ByteBuf buf = g.buffer(i);
                try {
                    MessageCursor c = new MessageCursor().reset(buf);
                    for (int k = 0; c.next(); k++) {
                        String target = switch (c.type()) {
                            case Rtm.NEWLINK, Rtm.DELLINK, Rtm.SETLINK -> "bridgeLinkMessage";
                            case Rtm.NEWNEIGH, Rtm.DELNEIGH -> "fdbMessage";
                            default -> null;
                        };
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
            Path root = Path.of(BridgeSeeds.class.getClassLoader().getResource("golden/bridge").toURI());
            try (var files = Files.list(root)) {
                return files.map(f -> "golden/bridge/" + f.getFileName())
                        .filter(f -> f.endsWith(".hex")).sorted().toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the bridge golden files", e);
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

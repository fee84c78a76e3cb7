package dev.jnetlink.bench.codec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Reads a kernel reply kept in {@code src/main/resources/captures/}, in the golden-file format
 * {@code tools/capture-golden} writes: {@code #} starts a comment, {@code ## } a section, the
 * rest are hex pairs. Each file here holds one section: one netlink message.
 */
final class Captures {
    private Captures() {
    }

    /**
     * @param name e.g. {@code link-veth.hex}
     * @return the message's bytes
     */
    static byte[] load(String name) {
        String resource = "captures/" + name;
        try (InputStream in = Captures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no capture on the classpath: " + resource);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int hash = line.indexOf('#');
                String hex = (hash >= 0 ? line.substring(0, hash) : line).replaceAll("\\s+", "");
                out.writeBytes(HexFormat.of().parseHex(hex));
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

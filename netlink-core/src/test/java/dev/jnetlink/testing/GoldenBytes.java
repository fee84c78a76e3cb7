package dev.jnetlink.testing;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads a golden file written by {@code tools/capture-golden}: sections that start with
 * {@code ## } each hold one datagram as hex pairs; {@code #} starts a comment anywhere on a line.
 */
public final class GoldenBytes {
    private final String resource;
    private final List<String> titles;
    private final List<byte[]> sections;

    private GoldenBytes(String resource, List<String> titles, List<byte[]> sections) {
        this.resource = resource;
        this.titles = titles;
        this.sections = sections;
    }

    /**
     * @param resource classpath path, e.g. {@code golden/link/veth-create.hex}
     * @return the file's sections
     */
    public static GoldenBytes load(String resource) {
        try (InputStream in = GoldenBytes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden file on the classpath: " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> titles = new ArrayList<>();
            List<byte[]> sections = new ArrayList<>();
            ByteArrayOutputStream cur = null;
            for (String line : text.split("\n")) {
                if (line.startsWith("## ")) {
                    if (cur != null) {
                        sections.add(cur.toByteArray());
                    }
                    titles.add(line.substring(3).trim());
                    cur = new ByteArrayOutputStream();
                    continue;
                }
                int hash = line.indexOf('#');
                String hex = (hash >= 0 ? line.substring(0, hash) : line).replaceAll("\\s+", "");
                if (hex.isEmpty()) {
                    continue;
                }
                if (cur == null) {
                    throw new IllegalArgumentException(resource + ": bytes before the first ## section");
                }
                cur.writeBytes(HexFormat.of().parseHex(hex));
            }
            if (cur != null) {
                sections.add(cur.toByteArray());
            }
            return new GoldenBytes(resource, titles, sections);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return how many datagrams the file holds */
    public int size() {
        return sections.size();
    }

    /**
     * @param index 0-based
     * @return that datagram's bytes
     */
    public byte[] bytes(int index) {
        return sections.get(index).clone();
    }

    /**
     * @param index 0-based
     * @return that datagram in a new heap buffer (release it, or let the leak detector say so)
     */
    public ByteBuf buffer(int index) {
        return Unpooled.wrappedBuffer(bytes(index));
    }

    /**
     * @param titlePrefix e.g. {@code "sendmsg"}
     * @return the first datagram whose section title starts with it
     */
    public byte[] first(String titlePrefix) {
        for (int i = 0; i < titles.size(); i++) {
            if (titles.get(i).startsWith(titlePrefix)) {
                return bytes(i);
            }
        }
        throw new IllegalArgumentException(resource + " has no section starting with " + titlePrefix);
    }

    /**
     * @param index 0-based
     * @return the section's title, e.g. {@code sendmsg 1: 92 bytes}
     */
    public String title(int index) {
        return titles.get(index);
    }
}

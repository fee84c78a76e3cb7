package dev.jnetlink.fuzz;

import dev.jnetlink.codec.AttributeCursor;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.link.IfInfoMsg;
import dev.jnetlink.codec.link.Ifla;
import dev.jnetlink.testing.GoldenBytes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed inputs of each fuzz target, cut from the captured goldens: whole datagrams for
 * {@code receiveBuffer}, single messages for the message targets, {@code IFLA_LINKINFO}
 * payloads for {@code linkInfo}. {@link DecoderSeedTest} feeds them (and their truncations)
 * to the targets in every build; {@link #main} writes them as the fuzzer's seed files:
 * <pre>
 * ./mvnw -q -o -pl netlink-core test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp netlink-core/target/test-classes:netlink-core/target/classes:$(cat /tmp/cp.txt) \
 *     dev.jnetlink.fuzz.SeedCorpus netlink-core/src/test/resources/dev/jnetlink/fuzz/DecoderFuzzTestInputs
 * </pre>
 * Every golden file of every family is used; a family merged later adds its message types
 * to the switch in {@link #seeds()}.
 */
public final class SeedCorpus {
    /** @return every golden capture ({@code golden/FAMILY/*.hex} on the test classpath) */
    static List<String> goldens() {
        try {
            Path root = Path.of(SeedCorpus.class.getClassLoader().getResource("golden").toURI());
            try (var files = Files.walk(root)) {
                return files.filter(f -> f.toString().endsWith(".hex"))
                        .map(f -> "golden/" + root.relativize(f).toString().replace('\\', '/'))
                        .sorted().toList();
            }
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot list the golden files", e);
        }
    }

    private SeedCorpus() {
    }

    /** @return target method name to its named seeds */
    static Map<String, Map<String, byte[]>> seeds() {
        Map<String, Map<String, byte[]>> out = new LinkedHashMap<>();
        for (String t : List.of("receiveBuffer", "linkMessage", "addressMessage", "routeMessage",
                "neighbourMessage", "ruleMessage", "nsidMessage", "qdiscMessage", "tcClassMessage",
                "filterMessage", "nexthopMessage", "linkInfo", "errorMessage",
                "doneMessage")) {
            out.put(t, new LinkedHashMap<>());
        }
        for (String resource : goldens()) {
            GoldenBytes g = GoldenBytes.load(resource);
            String base = resource.substring(resource.lastIndexOf('/') + 1).replace(".hex", "");
            for (int i = 0; i < g.size(); i++) {
                String name = base + "-" + i;
                byte[] datagram = g.bytes(i);
                out.get("receiveBuffer").put(name, datagram);
                ByteBuf buf = g.buffer(i);
                try {
                    MessageCursor c = new MessageCursor().reset(buf);
                    int k = 0;
                    while (c.next()) {
                        byte[] msg = ByteBufUtil.getBytes(buf, c.offset(), c.length());
                        String target = switch (c.type()) {
                            case NlMsg.ERROR -> "errorMessage";
                            case NlMsg.DONE -> "doneMessage";
                            case Rtm.NEWLINK, Rtm.DELLINK, Rtm.GETLINK, Rtm.SETLINK -> "linkMessage";
                            case Rtm.NEWADDR, Rtm.DELADDR, Rtm.GETADDR -> "addressMessage";
                            case Rtm.NEWROUTE, Rtm.DELROUTE, Rtm.GETROUTE -> "routeMessage";
                            case Rtm.NEWNEIGH, Rtm.DELNEIGH, Rtm.GETNEIGH -> "neighbourMessage";
                            case Rtm.NEWRULE, Rtm.DELRULE, Rtm.GETRULE -> "ruleMessage";
                            case Rtm.NEWNSID, Rtm.DELNSID, Rtm.GETNSID -> "nsidMessage";
                            case Rtm.NEWQDISC, Rtm.DELQDISC, Rtm.GETQDISC -> "qdiscMessage";
                            case Rtm.NEWTCLASS, Rtm.DELTCLASS, Rtm.GETTCLASS -> "tcClassMessage";
                            case Rtm.NEWTFILTER, Rtm.DELTFILTER, Rtm.GETTFILTER -> "filterMessage";
                            case Rtm.NEWNEXTHOP, Rtm.DELNEXTHOP, Rtm.GETNEXTHOP -> "nexthopMessage";
                            default -> null;
                        };
                        if (target != null) {
                            out.get(target).put(name + "-" + k, msg);
                        }
                        if ("linkMessage".equals(target) && c.payloadLength() >= IfInfoMsg.SIZE) {
                            for (byte[] info : linkInfos(c)) {
                                out.get("linkInfo").put(name + "-" + k + "-linkinfo", info);
                            }
                        }
                        k++;
                    }
                } finally {
                    buf.release();
                }
            }
        }
        return out;
    }

    private static List<byte[]> linkInfos(MessageCursor c) {
        List<byte[]> out = new ArrayList<>();
        AttributeCursor a = c.attributes(IfInfoMsg.SIZE, Ifla.SPACE);
        while (a.next()) {
            if (a.type() == Ifla.LINKINFO) {
                out.add(ByteBufUtil.getBytes(a.buffer(), a.valueIndex(), a.length()));
            }
        }
        return out;
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

package dev.jnetlink.rtnl.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.LinkCodec;
import dev.jnetlink.testing.GoldenBytes;
import dev.jnetlink.testing.GoldenMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tunnel kinds' {@code ip -d link show} details, printed from each captured reply, are the
 * line {@code ip -d link show dev X} printed for it in the VM ({@code X-show.txt} beside the
 * capture), byte for byte.
 */
class TunnelViewGoldenTest {
    /** The capture namespace: p0 (index 3) and p2 (index 5) are veth ends. */
    private static final LinkNames NAMES = LinkNames.named(
            Map.of(1, "lo", 2, "p1", 3, "p0", 4, "p3", 5, "p2")::get);

    @ParameterizedTest
    @ValueSource(strings = {"gre", "gre-external", "gretap", "ipip", "ipip-external", "sit", "ip6tnl",
        "ip6tnl-inherit", "ip6gre", "ip6gretap", "geneve", "geneve6", "geneve-external"})
    void detailsLineIsIps(String name) {
        List<Link> links = GoldenMessages.of(GoldenBytes.load("golden/link/" + name + "-show.hex"),
                Rtm.NEWLINK).stream().map(m -> GoldenMessages.decode(m, LinkCodec::decode)).toList();
        StringBuilder ours = new StringBuilder();
        new LinkPrinter(NAMES, Map::of).print(links.get(0), true, true, true, ours);
        String kind = links.get(0).kind();
        String theirs = text("golden/link/" + name + "-show.txt").lines()
                .filter(l -> l.startsWith("    " + kind + " ")).findFirst().orElseThrow();
        assertThat(ours.toString().lines().filter(l -> l.startsWith("    " + kind + " ")))
                .containsExactly(theirs);
    }

    private static String text(String resource) {
        try (InputStream in = TunnelViewGoldenTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

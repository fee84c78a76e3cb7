package dev.jnetlink.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.link.Ifla;
import dev.jnetlink.codec.link.LinkInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every seed of every fuzz target, and every truncation of it (each prefix, byte by byte),
 * through the {@link DecodeHarness} properties: the captured kernel messages cut anywhere
 * raise only {@code DecodeException}, and whatever still decodes round-trips.
 */
class DecoderSeedTest {
    private static final Map<String, Consumer<byte[]>> TARGETS = Map.ofEntries(
            Map.entry("receiveBuffer", (Consumer<byte[]>) DecodeHarness::receiveBuffer),
            Map.entry("linkMessage", (Consumer<byte[]>) d -> DecodeHarness.message(DecodeHarness.LINK, d)),
            Map.entry("addressMessage", (Consumer<byte[]>) d -> DecodeHarness.message(DecodeHarness.ADDRESS, d)),
            Map.entry("routeMessage", (Consumer<byte[]>) d -> DecodeHarness.message(DecodeHarness.ROUTE, d)),
            Map.entry("neighbourMessage", (Consumer<byte[]>) d -> DecodeHarness.message(DecodeHarness.NEIGHBOUR, d)),
            Map.entry("ruleMessage", (Consumer<byte[]>) d -> DecodeHarness.message(DecodeHarness.RULE, d)),
            Map.entry("nsidMessage", (Consumer<byte[]>) d -> DecodeHarness.message(DecodeHarness.NSID, d)),
            Map.entry("nexthopMessage", (Consumer<byte[]>) d -> DecodeHarness.message(DecodeHarness.NEXTHOP, d)),
            Map.entry("linkInfo", (Consumer<byte[]>) d -> DecodeHarness.attribute(LinkInfo.CODEC, Ifla.SPACE, Ifla.LINKINFO, d)),
            Map.entry("errorMessage", (Consumer<byte[]>) d -> DecodeHarness.message(DecodeHarness.ERROR, d)),
            Map.entry("doneMessage", (Consumer<byte[]>) d -> DecodeHarness.message(DecodeHarness.DONE, d)));

    @TestFactory
    Stream<DynamicTest> seedsAndTheirTruncations() {
        var seeds = SeedCorpus.seeds();
        assertThat(seeds.keySet()).containsExactlyInAnyOrderElementsOf(TARGETS.keySet());
        List<DynamicTest> tests = new ArrayList<>();
        for (var target : seeds.entrySet()) {
            assertThat(target.getValue()).as("seeds of " + target.getKey()).isNotEmpty();
            Consumer<byte[]> run = TARGETS.get(target.getKey());
            for (var seed : target.getValue().entrySet()) {
                byte[] bytes = seed.getValue();
                tests.add(DynamicTest.dynamicTest(target.getKey() + " " + seed.getKey()
                        + " (" + bytes.length + " bytes and every prefix)", () -> {
                            for (int n = bytes.length; n >= 0; n--) {
                                run.accept(Arrays.copyOf(bytes, n));
                            }
                        }));
            }
        }
        return tests.stream();
    }
}

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
            Map.entry("receiveBuffer", DecodeHarness::receiveBuffer),
            Map.entry("linkMessage", d -> DecodeHarness.message(DecodeHarness.LINK, d)),
            Map.entry("addressMessage", d -> DecodeHarness.message(DecodeHarness.ADDRESS, d)),
            Map.entry("routeMessage", d -> DecodeHarness.message(DecodeHarness.ROUTE, d)),
            Map.entry("neighbourMessage", d -> DecodeHarness.message(DecodeHarness.NEIGHBOUR, d)),
            Map.entry("ruleMessage", d -> DecodeHarness.message(DecodeHarness.RULE, d)),
            Map.entry("nsidMessage", d -> DecodeHarness.message(DecodeHarness.NSID, d)),
            Map.entry("qdiscMessage", d -> DecodeHarness.message(DecodeHarness.QDISC, d)),
            Map.entry("tcClassMessage", d -> DecodeHarness.message(DecodeHarness.TC_CLASS, d)),
            Map.entry("filterMessage", d -> DecodeHarness.message(DecodeHarness.FILTER, d)),
            Map.entry("nexthopMessage", d -> DecodeHarness.message(DecodeHarness.NEXTHOP, d)),
            Map.entry("linkInfo", d -> DecodeHarness.attribute(LinkInfo.CODEC, Ifla.SPACE, Ifla.LINKINFO, d)),
            Map.entry("errorMessage", d -> DecodeHarness.message(DecodeHarness.ERROR, d)),
            Map.entry("doneMessage", d -> DecodeHarness.message(DecodeHarness.DONE, d)));

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

package dev.jnetlink.bridge.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.fuzz.DecodeHarness;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bridge seed and every truncation of it (each prefix, byte by byte) through the
 * {@link DecodeHarness} properties.
 */
class BridgeDecoderSeedTest {
    private static final Map<String, Consumer<byte[]>> TARGETS = Map.of(
            "bridgeReceiveBuffer", d -> DecodeHarness.receiveBuffer(BridgeFamilies.ALL, d),
            "bridgeLinkMessage", d -> DecodeHarness.message(BridgeFamilies.BRIDGE_LINK, d),
            "fdbMessage", d -> DecodeHarness.message(BridgeFamilies.FDB, d));

    @TestFactory
    Stream<DynamicTest> seedsAndTheirTruncations() {
        var seeds = BridgeSeeds.seeds();
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

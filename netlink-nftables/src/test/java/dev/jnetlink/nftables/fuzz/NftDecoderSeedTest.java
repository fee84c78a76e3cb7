package dev.jnetlink.nftables.fuzz;

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

/** Every nf_tables seed and every truncation of it through the {@link DecodeHarness} properties. */
class NftDecoderSeedTest {
    private static final Map<String, Consumer<byte[]>> TARGETS = Map.of(
            "nftReceiveBuffer", d -> DecodeHarness.receiveBuffer(NftFamilies.ALL, d),
            "nftRuleMessage", d -> DecodeHarness.message(NftFamilies.RULE, d),
            "nftSetElementsMessage", d -> DecodeHarness.message(NftFamilies.SET_ELEMENTS, d));

    @TestFactory
    Stream<DynamicTest> seedsAndTheirTruncations() {
        var seeds = NftSeeds.seeds();
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

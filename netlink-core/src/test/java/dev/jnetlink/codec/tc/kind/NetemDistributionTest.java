package dev.jnetlink.codec.tc.kind;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The generated tables equal the {@code .dist} files Debian's iproute2 ships (built by the same
 * generators at package build time). Without those files the comparison skips;
 * {@code TcKindsRequestGoldenTest} still holds {@code paretonormal} to the bytes {@code tc} sent.
 */
class NetemDistributionTest {
    private static final List<Path> DIRS = List.of(Path.of("/usr/lib/x86_64-linux-gnu/tc"),
            Path.of("/usr/lib/aarch64-linux-gnu/tc"), Path.of("/usr/lib/tc"), Path.of("/usr/lib64/tc"));

    @ParameterizedTest
    @EnumSource(NetemDistribution.class)
    void equalsTheFileIproute2Ships(NetemDistribution d) throws IOException {
        String name = d.name().toLowerCase() + ".dist";
        Path file = DIRS.stream().map(p -> p.resolve(name)).filter(Files::isReadable).findFirst().orElse(null);
        Assumptions.assumeTrue(file != null, name + " not found (apt-get install iproute2)");
        short[] theirs = parse(file);
        short[] ours = d.table();
        assertThat(ours).hasSize(NetemDistribution.SIZE);
        for (int i = 0; i < ours.length; i++) {
            assertThat(ours[i]).as("%s value %d", name, i).isEqualTo(theirs[i]);
        }
    }

    @Test
    void payloadIsTheTableInHostOrder() {
        short[] t = NetemDistribution.PARETO.table();
        assertThat(NetemDistribution.PARETO.payload().length()).isEqualTo(2 * NetemDistribution.SIZE);
        assertThat(NetemDistribution.PARETO.payload().getInt(0, java.nio.ByteOrder.nativeOrder()) & 0xffff)
                .isEqualTo(t[0] & 0xffff);
        // the table is the inverse of a cumulative function: it never falls
        for (NetemDistribution d : NetemDistribution.values()) {
            short[] v = d.table();
            for (int i = 1; i < v.length; i++) {
                assertThat(v[i]).as("%s %d", d, i).isGreaterThanOrEqualTo(v[i - 1]);
            }
        }
    }

    @Test
    void erfMatchesKnownValues() {
        assertThat(NetemDistribution.erf(0)).isEqualTo(0.0);
        assertThat(NetemDistribution.erf(0.5)).isCloseTo(0.5204998778130465, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(NetemDistribution.erf(-1)).isCloseTo(-0.8427007929497149, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(NetemDistribution.erf(3)).isCloseTo(0.9999779095030014, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(NetemDistribution.erf(7)).isEqualTo(1.0);
    }

    /** As {@code tc}'s {@code get_distribution}: whitespace-separated numbers, # comments. */
    private static short[] parse(Path file) throws IOException {
        return toShorts(Files.readAllLines(file).stream().filter(l -> !l.startsWith("#"))
                .flatMap(l -> Arrays.stream(l.trim().split("\\s+"))).filter(s -> !s.isEmpty())
                .mapToInt(Integer::parseInt).toArray());
    }

    private static short[] toShorts(int[] v) {
        short[] s = new short[v.length];
        for (int i = 0; i < v.length; i++) {
            s[i] = (short) v[i];
        }
        return s;
    }
}

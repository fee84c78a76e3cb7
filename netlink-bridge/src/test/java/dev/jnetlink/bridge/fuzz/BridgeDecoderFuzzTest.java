package dev.jnetlink.bridge.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.jnetlink.fuzz.DecodeHarness;

/**
 * Fuzz targets for the bridge module's decoders, with the properties of core's
 * {@link DecodeHarness}: only {@code DecodeException} escapes, and whatever decodes re-encodes
 * to an equal value. Seeds ({@code src/test/resources/dev/jnetlink/bridge/fuzz/
 * BridgeDecoderFuzzTestInputs/METHOD/}) are cut from the bridge goldens by
 * {@link BridgeSeeds#main}; {@link BridgeDecoderSeedTest} adds every truncation. The long run,
 * one target per JVM, 10 million inputs (the {@code fuzz} profile of the root pom):
 * <pre>
 * ./mvnw -o -pl netlink-core,netlink-bridge -am test -Pfuzz -Dtest='BridgeDecoderFuzzTest#fdbMessage' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class BridgeDecoderFuzzTest {

    /** A whole datagram: each AF_BRIDGE link or FDB message, errors and the dump's end. */
    @FuzzTest
    void bridgeReceiveBuffer(byte[] data) {
        DecodeHarness.withinCpuLimit(() -> DecodeHarness.receiveBuffer(BridgeFamilies.ALL, data));
    }

    /** One AF_BRIDGE {@code RTM_NEWLINK}: {@code BridgeLinkCodec.decode} and back. */
    @FuzzTest
    void bridgeLinkMessage(byte[] data) {
        DecodeHarness.withinCpuLimit(() -> DecodeHarness.message(BridgeFamilies.BRIDGE_LINK, data));
    }

    /** One AF_BRIDGE {@code RTM_NEWNEIGH}: {@code FdbCodec.decode} and back. */
    @FuzzTest
    void fdbMessage(byte[] data) {
        DecodeHarness.withinCpuLimit(() -> DecodeHarness.message(BridgeFamilies.FDB, data));
    }
}

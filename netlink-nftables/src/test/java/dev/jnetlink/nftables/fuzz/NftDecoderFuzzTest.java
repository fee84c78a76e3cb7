package dev.jnetlink.nftables.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.jnetlink.fuzz.DecodeHarness;

/**
 * Fuzz targets for the nf_tables decoders, with the properties of core's
 * {@link DecodeHarness}: only {@code DecodeException} escapes, and whatever decodes re-encodes
 * to an equal value. Seeds ({@code src/test/resources/dev/jnetlink/nftables/fuzz/
 * NftDecoderFuzzTestInputs/METHOD/}) are cut from the nft goldens by {@link NftSeeds#main};
 * {@link NftDecoderSeedTest} adds every truncation. The long run, one target per JVM, 10
 * million inputs:
 * <pre>
 * ./mvnw -o -pl netlink-nftables -am test -Pfuzz -Dtest='NftDecoderFuzzTest#nftRuleMessage' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class NftDecoderFuzzTest {

    /** A whole datagram: a listing, a batch, echoes, errors and the dump's end. */
    @FuzzTest
    void nftReceiveBuffer(byte[] data) {
        DecodeHarness.withinCpuLimit(() -> DecodeHarness.receiveBuffer(NftFamilies.ALL, data));
    }

    /** One {@code NFT_MSG_NEWRULE}: expressions, modelled and raw, and back. */
    @FuzzTest
    void nftRuleMessage(byte[] data) {
        DecodeHarness.withinCpuLimit(() -> DecodeHarness.message(NftFamilies.RULE, data));
    }

    /** One {@code NFT_MSG_NEWSETELEM}: keys, intervals, map values, and back. */
    @FuzzTest
    void nftSetElementsMessage(byte[] data) {
        DecodeHarness.withinCpuLimit(() -> DecodeHarness.message(NftFamilies.SET_ELEMENTS, data));
    }
}

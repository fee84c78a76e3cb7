package dev.jnetlink.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.jnetlink.codec.link.Ifla;
import dev.jnetlink.codec.link.LinkInfo;

/**
 * Fuzz targets for every decode entry point, all checking the properties of
 * {@link DecodeHarness}.
 *
 * <p>In the regular build these run as ordinary tests over their seed inputs
 * ({@code src/test/resources/dev/jnetlink/fuzz/DecoderFuzzTestInputs/METHOD/}: the captured
 * goldens, split per message, and every crash ever found, kept as a regression input).
 * {@link DecoderSeedTest} adds every truncation of every golden.
 *
 * <p>The long run fuzzes one target per JVM (a Jazzer rule), 10 million inputs each, each
 * input limited to one second of CPU time ({@link DecodeHarness#withinCpuLimit}; libFuzzer's
 * wall-clock {@code -timeout=1} fired on this shared 2-core machine whenever the fuzzer was
 * descheduled, on inputs that decode in microseconds, so it is 30 s and catches hangs only);
 * the {@code fuzz} profile sets that up:
 * <pre>
 * ./mvnw -o -pl netlink-core test -Pfuzz -Dtest='DecoderFuzzTest#linkMessage'
 * ./mvnw -o -pl netlink-core test -Pfuzz -Dtest='DecoderFuzzTest#linkMessage' -Dfuzz.runs=100000000 -Dfuzz.duration=8h
 * </pre>
 * Inputs Jazzer finds interesting go to {@code netlink-core/.cifuzz-corpus/} (not committed);
 * a crashing input is written into the inputs directory above, where it stays as a
 * regression test once the bug is fixed.
 */
class DecoderFuzzTest {

    /** A whole datagram: framing by {@code MessageCursor}, each message to its family. */
    @FuzzTest
    void receiveBuffer(byte[] data) {
        DecodeHarness.withinCpuLimit(() -> DecodeHarness.receiveBuffer(data));
    }

    /** One {@code RTM_NEWLINK}: {@code LinkCodec.decode} and back. */
    @FuzzTest
    void linkMessage(byte[] data) {
        DecodeHarness.withinCpuLimit(() -> DecodeHarness.message(DecodeHarness.LINK, data));
    }

    /** One {@code RTM_NEWADDR}: {@code AddressCodec.decode} and back. */
    @FuzzTest
    void addressMessage(byte[] data) {
        DecodeHarness.withinCpuLimit(() -> DecodeHarness.message(DecodeHarness.ADDRESS, data));
    }

    /** One {@code RTM_NEWROUTE}: {@code RouteCodec.decode} and back, {@code RTA_MULTIPATH} too. */
    @FuzzTest
    void routeMessage(byte[] data) {
        DecodeHarness.withinCpuLimit(() -> DecodeHarness.message(DecodeHarness.ROUTE, data));
    }

    /** One {@code RTM_NEWNEXTHOP}: {@code NextHopObjectCodec.decode} and back, groups too. */
    @FuzzTest
    void nexthopMessage(byte[] data) {
        DecodeHarness.withinCpuLimit(() -> DecodeHarness.message(DecodeHarness.NEXTHOP, data));
    }

    /** One {@code RTM_NEWNEIGH}: {@code NeighbourCodec.decode} and back. */
    @FuzzTest
    void neighbourMessage(byte[] data) {
        DecodeHarness.withinCpuLimit(() -> DecodeHarness.message(DecodeHarness.NEIGHBOUR, data));
    }

    /** One {@code RTM_NEWRULE}: {@code RuleCodec.decode} and back. */
    @FuzzTest
    void ruleMessage(byte[] data) {
        DecodeHarness.withinCpuLimit(() -> DecodeHarness.message(DecodeHarness.RULE, data));
    }

    /** One {@code RTM_NEWQDISC}: {@code TcCodec.decode}, the qdisc kinds' options, and back. */
    @FuzzTest
    void qdiscMessage(byte[] data) {
        DecodeHarness.withinCpuLimit(() -> DecodeHarness.message(DecodeHarness.QDISC, data));
    }

    /** One {@code RTM_NEWTCLASS}: {@code TcCodec.decode}, the class options, and back. */
    @FuzzTest
    void tcClassMessage(byte[] data) {
        DecodeHarness.withinCpuLimit(() -> DecodeHarness.message(DecodeHarness.TC_CLASS, data));
    }

    /** One {@code RTM_NEWTFILTER}: {@code TcCodec.decode}, classifier options, actions, and back. */
    @FuzzTest
    void filterMessage(byte[] data) {
        DecodeHarness.withinCpuLimit(() -> DecodeHarness.message(DecodeHarness.FILTER, data));
    }

    /** One {@code RTM_NEWNSID}: {@code NsIdCodec.decode} and back. */
    @FuzzTest
    void nsidMessage(byte[] data) {
        DecodeHarness.withinCpuLimit(() -> DecodeHarness.message(DecodeHarness.NSID, data));
    }

    /**
     * The payload of {@code IFLA_LINKINFO}: the nested set, the kind registry and the kinds'
     * {@code IFLA_INFO_DATA} codecs.
     */
    @FuzzTest
    void linkInfo(byte[] data) {
        DecodeHarness.withinCpuLimit(() -> DecodeHarness.attribute(LinkInfo.CODEC, Ifla.SPACE,
                Ifla.LINKINFO, data));
    }

    /** One {@code NLMSG_ERROR}: {@code ErrorReply.decode}, extended-ack attributes included. */
    @FuzzTest
    void errorMessage(byte[] data) {
        DecodeHarness.withinCpuLimit(() -> DecodeHarness.message(DecodeHarness.ERROR, data));
    }

    /** One {@code NLMSG_DONE}: {@code ErrorReply.decodeDone}. */
    @FuzzTest
    void doneMessage(byte[] data) {
        DecodeHarness.withinCpuLimit(() -> DecodeHarness.message(DecodeHarness.DONE, data));
    }
}

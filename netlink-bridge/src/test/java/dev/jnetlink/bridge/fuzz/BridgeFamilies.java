package dev.jnetlink.bridge.fuzz;

import dev.jnetlink.bridge.codec.BridgeLinkCodec;
import dev.jnetlink.bridge.codec.FdbCodec;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.fuzz.DecodeHarness;
import dev.jnetlink.fuzz.DecodeHarness.Family;
import java.util.List;

/** The AF_BRIDGE message families, for core's {@link DecodeHarness}. */
final class BridgeFamilies {
    /** Bridge ports and bridges as {@code bridge link} sees them: {@code IFLA_PROTINFO}, VLANs. */
    static final Family<?> BRIDGE_LINK = Family.payload("bridge link", BridgeLinkCodec::decode,
            BridgeLinkCodec::encode, Rtm.NEWLINK, Rtm.DELLINK, Rtm.SETLINK);
    /** Forwarding database entries: {@code ndmsg} with {@code NDA_*}, family AF_BRIDGE. */
    static final Family<?> FDB = Family.payload("fdb", FdbCodec::decode, FdbCodec::encode,
            Rtm.NEWNEIGH, Rtm.DELNEIGH);
    /** What a bridge module datagram may hold. */
    static final List<Family<?>> ALL =
            List.of(BRIDGE_LINK, FDB, DecodeHarness.ERROR, DecodeHarness.DONE);

    private BridgeFamilies() {
    }
}

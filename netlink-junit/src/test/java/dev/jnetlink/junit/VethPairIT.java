package dev.jnetlink.junit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;
import org.junit.jupiter.api.Test;

/** The downstream test the README shows, from {@code @NetlinkTest} on (ReadmeExampleTest keeps them equal). */
// README example begins
@NetlinkTest
class VethPairIT {
    @Test
    void thePeerLandsInTheOtherNamespace(@Scratch("a") Rtnl a, @Scratch("b") NetNs b, @Scratch("b") Rtnl inB) {
        a.links().add(Veth.pair("a0", "b0").peerNetns(b));
        inB.addresses().add("b0", "10.0.0.2/24");
        inB.links().setUp("b0");
        assertTrue(inB.links().get("b0").isUp());
        assertFalse(a.links().exists("b0"));
    }
}
// README example ends

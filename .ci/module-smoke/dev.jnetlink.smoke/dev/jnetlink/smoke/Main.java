package dev.jnetlink.smoke;

import dev.jnetlink.bridge.Bridge;
import dev.jnetlink.bridge.Bridges;
import dev.jnetlink.bridge.codec.BridgeInfo;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.netns.NetNs;
import dev.jnetlink.nftables.Nft;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.view.IpLinkShow;

/**
 * Uses each module's API from the module path in a namespace of its own: a namespace (libc
 * through jnr-ffi), a bridge (the bridge module's link kind, found as a service), its
 * {@code ip -d link show} details (the bridge module's KindView), and an nftables listing.
 */
public final class Main {
    public static void main(String[] args) {
        if (Main.class.getModule().getName() == null) {
            throw new AssertionError("not on the module path");
        }
        try (NetNs ns = NetNs.createAnonymous(); Rtnl rtnl = Rtnl.openIn(ns); Nft nft = Nft.openIn(ns)) {
            Bridges.of(rtnl).create(Bridge.named("br0"));
            Link br0 = rtnl.links().get("br0");
            check(br0.data(BridgeInfo.class) != null, "br0 decoded without BridgeInfo: " + br0);
            String details = IpLinkShow.of(rtnl).details().dev("br0").text();
            check(details.contains("bridge forward_delay"), "no bridge details in:\n" + details);
            check(nft.listTables().isEmpty(), "tables in a fresh namespace");
            System.out.println("module path: " + Rtnl.class.getModule() + ", "
                    + Bridge.class.getModule() + ", " + Nft.class.getModule());
            System.out.print(details);
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}

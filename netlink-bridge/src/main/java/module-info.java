/**
 * Linux bridges over rtnetlink: bridge devices, ports, FDB, VLANs, and the {@code bridge ... show}
 * and {@code brctl show} views. Plugs the {@code bridge} link kind and its {@code ip -d} details
 * into {@code dev.jnetlink.core} as services, the way any third party would.
 */
module dev.jnetlink.bridge {
    requires transitive dev.jnetlink.core;

    exports dev.jnetlink.bridge;
    exports dev.jnetlink.bridge.codec;
    exports dev.jnetlink.bridge.view;

    provides dev.jnetlink.codec.link.LinkKind with dev.jnetlink.bridge.codec.BridgeKind;
    provides dev.jnetlink.rtnl.view.KindView with
            dev.jnetlink.bridge.view.BridgeKindView,
            dev.jnetlink.bridge.view.BridgePortKindView;
}

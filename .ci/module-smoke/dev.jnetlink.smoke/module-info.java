// A consumer of the published modules on the module path (.ci/module-path-smoke).
module dev.jnetlink.smoke {
    requires dev.jnetlink.core;
    requires dev.jnetlink.bridge;
    requires dev.jnetlink.nftables;
}

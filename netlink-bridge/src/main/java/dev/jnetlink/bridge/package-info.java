/**
 * Linux bridges, in-process: what {@code brctl}, {@code ip link ... type bridge} and
 * {@code bridge link/fdb/vlan} do, over rtnetlink with no subprocess. Plugs the
 * {@code bridge} link kind into netlink-core through core's public {@code LinkKind}
 * extension point ({@link dev.jnetlink.bridge.codec.BridgeKind}, found by
 * {@link java.util.ServiceLoader}), so with this module on the class path every core link
 * dump decodes bridge settings ({@link dev.jnetlink.bridge.codec.BridgeInfo}) and port
 * settings ({@link dev.jnetlink.bridge.codec.BridgePortInfo}).
 *
 * <h2>Scenario S2: docker0 with a container's veth, like {@code brctl show} shows it</h2>
 * <pre>{@code
 * try (NetNs c1 = NetNs.create("c1"); Rtnl host = Rtnl.open()) {
 *     Bridges bridges = Bridges.of(host);
 *     bridges.create(Bridge.named("docker0")                       // ip link add docker0 type bridge
 *             .options(BridgeOptions.builder().stp(false).build())
 *             .up());
 *     host.links().add(Veth.pair("veth1", "eth0").peerNetns(c1));  // the container's end goes in c1
 *     bridges.addPort("docker0", "veth1");                         // brctl addif docker0 veth1
 *     host.links().setUp("veth1");
 *     System.out.print(BrctlShow.of(host).text());                 // brctl show
 *     // bridge name  bridge id           STP enabled  interfaces
 *     // docker0      8000.0242ac110001   no           veth1
 * }
 * }</pre>
 *
 * <h2>Ports, FDB and VLANs</h2>
 * <pre>{@code
 * bridges.setPortOptions("veth1", PortOptions.builder().cost(10).learning(false).build());
 *                                                 // bridge link set dev veth1 cost 10 learning off
 * bridges.fdb().add(FdbSpec.builder("02:42:ac:11:00:02", "veth1").master().build());
 *                                                 // bridge fdb add 02:42:ac:11:00:02 dev veth1 master static
 * bridges.change("docker0", BridgeOptions.builder().vlanFiltering(true).build());
 * bridges.vlans().add("veth1", VlanSpec.of(10).withPvid().withUntagged());
 *                                                 // bridge vlan add dev veth1 vid 10 pvid untagged
 * System.out.print(BridgeVlanShow.of(rtnl).text()); // bridge vlan show
 * }</pre>
 *
 * <h2>Text views</h2>
 * {@code dev.jnetlink.bridge.view} prints what {@code bridge link/fdb/vlan show} and
 * {@code brctl show} print, byte for byte, and adds the {@code bridge} and {@code bridge_slave}
 * details to core's {@code ip -d link show} view.
 *
 * <h2>Units and ranges</h2>
 * The kernel keeps bridge timers in centiseconds ({@code clock_t}); this API takes and returns
 * {@link java.time.Duration}s and refuses durations that are not whole centiseconds.
 * {@code ip} takes centiseconds ({@code forward_delay 400} is 4 s), {@code brctl} seconds.
 * Options are checked against the kernel's ranges when built ({@link BridgeOptions},
 * {@link PortOptions}, {@link VlanSpec}, {@link FdbSpec}), before any request; what only the
 * kernel can judge comes back as a {@link dev.jnetlink.socket.NetlinkException} with the
 * errno, the request, the object and the kernel's extended-ack text.
 *
 * <h2>Kernel features</h2>
 * VLAN filtering needs {@code CONFIG_BRIDGE_VLAN_FILTERING}; a kernel without it refuses
 * VLAN requests and the {@code vlan_filtering} option with
 * {@link dev.jnetlink.socket.KernelLacksFeatureException}, and silently ignores
 * {@code vlan_protocol} and {@code vlan_default_pvid}.
 */
package dev.jnetlink.bridge;

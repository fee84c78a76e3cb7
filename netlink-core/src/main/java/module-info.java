/**
 * jnetlink's core: the netlink codec, sockets and request engine, network namespaces, and the
 * rtnetlink client ({@link dev.jnetlink.rtnl.Rtnl}) with its text views and monitor.
 *
 * <p>Every package is API except {@code dev.jnetlink.internal} (not exported) and
 * {@code dev.jnetlink.internal.ffi} (exported only so that jnr-ffi's generated class can
 * implement its libc binding; not API). Link kinds ({@link dev.jnetlink.codec.link.LinkKind})
 * and their {@code ip -d} details ({@link dev.jnetlink.rtnl.view.KindView}) are services: a
 * module adds its own with {@code provides}, a jar on the class path with
 * {@code META-INF/services}.
 */
module dev.jnetlink.core {
    requires transitive io.netty.buffer;
    requires org.jnrproject.ffi;
    // SocketCalls calls jffi, the engine under jnr-ffi, directly (no generated class on the
    // first request).
    requires org.jnrproject.jffi;
    requires org.jnrproject.enxio;
    requires org.jnrproject.constants;
    requires org.slf4j;
    // jnr-ffi (an automatic module, without a descriptor of its own) generates its bindings
    // with ASM, whose jars are explicit modules: an automatic module's requirements are not
    // known, so nothing would resolve them on the module path. Named here so that a consumer's
    // `requires dev.jnetlink.core` is enough. Not used by the library's own code.
    requires org.objectweb.asm;
    requires org.objectweb.asm.commons;
    requires org.objectweb.asm.tree;
    requires org.objectweb.asm.tree.analysis;
    requires org.objectweb.asm.util;
    // netty (automatic module) reaches sun.misc.Unsafe for its direct buffers' addresses;
    // without this, on the module path it would not see it and prefer heap buffers.
    requires jdk.unsupported;

    exports dev.jnetlink.codec;
    exports dev.jnetlink.codec.addr;
    exports dev.jnetlink.codec.link;
    exports dev.jnetlink.codec.link.kind;
    exports dev.jnetlink.codec.neigh;
    exports dev.jnetlink.codec.nexthop;
    exports dev.jnetlink.codec.nsid;
    exports dev.jnetlink.codec.route;
    exports dev.jnetlink.codec.rule;
    exports dev.jnetlink.codec.tc;
    exports dev.jnetlink.codec.tc.kind;
    exports dev.jnetlink.diag;
    exports dev.jnetlink.netns;
    exports dev.jnetlink.rtnl;
    exports dev.jnetlink.rtnl.link;
    exports dev.jnetlink.rtnl.monitor;
    exports dev.jnetlink.rtnl.tc;
    exports dev.jnetlink.rtnl.view;
    exports dev.jnetlink.rtnl.view.tc;
    exports dev.jnetlink.socket;
    // jnr-ffi implements LibC in a class loader of its own (an unnamed module); the interface's
    // package must be exported for that class to be defined. Not API.
    exports dev.jnetlink.internal.ffi;

    uses dev.jnetlink.codec.link.LinkKind;
    uses dev.jnetlink.rtnl.view.KindView;
    uses dev.jnetlink.codec.tc.QdiscKind;
    uses dev.jnetlink.codec.tc.FilterKind;
    uses dev.jnetlink.codec.tc.ActionKind;
    uses dev.jnetlink.rtnl.view.tc.TcKindView;

    provides dev.jnetlink.codec.link.LinkKind with
            dev.jnetlink.codec.link.kind.VethInfo.VethKind,
            dev.jnetlink.codec.link.kind.MacvlanInfo.MacvlanKind,
            dev.jnetlink.codec.link.kind.MacvlanInfo.MacvtapKind,
            dev.jnetlink.codec.link.kind.IpvlanInfo.IpvlanKind,
            dev.jnetlink.codec.link.kind.IpvlanInfo.IpvtapKind,
            dev.jnetlink.codec.link.kind.VlanInfo.VlanKind,
            dev.jnetlink.codec.link.kind.BondInfo.BondKind,
            dev.jnetlink.codec.link.kind.VrfInfo.VrfKind,
            dev.jnetlink.codec.link.kind.VxlanInfo.VxlanKind,
            dev.jnetlink.codec.link.kind.TunInfo.TunKind,
            dev.jnetlink.codec.link.kind.GreInfo.GreKind,
            dev.jnetlink.codec.link.kind.GreInfo.GretapKind,
            dev.jnetlink.codec.link.kind.GreInfo.Ip6greKind,
            dev.jnetlink.codec.link.kind.GreInfo.Ip6gretapKind,
            dev.jnetlink.codec.link.kind.IpTunnelInfo.IpipKind,
            dev.jnetlink.codec.link.kind.IpTunnelInfo.SitKind,
            dev.jnetlink.codec.link.kind.IpTunnelInfo.Ip6tnlKind,
            dev.jnetlink.codec.link.kind.GeneveInfo.GeneveKind;
    provides dev.jnetlink.rtnl.view.KindView with
            dev.jnetlink.rtnl.view.MacvlanView,
            dev.jnetlink.rtnl.view.IpvlanView,
            dev.jnetlink.rtnl.view.VlanView,
            dev.jnetlink.rtnl.view.BondView,
            dev.jnetlink.rtnl.view.VrfView,
            dev.jnetlink.rtnl.view.VxlanView,
            dev.jnetlink.rtnl.view.TunView,
            dev.jnetlink.rtnl.view.GreView,
            dev.jnetlink.rtnl.view.IpTunnelView,
            dev.jnetlink.rtnl.view.GeneveView;
    provides dev.jnetlink.codec.tc.QdiscKind with
            dev.jnetlink.codec.tc.kind.HtbKind,
            dev.jnetlink.codec.tc.kind.TbfKind,
            dev.jnetlink.codec.tc.kind.PrioKind,
            dev.jnetlink.codec.tc.kind.PfifoFastKind,
            dev.jnetlink.codec.tc.kind.FifoKind.Pfifo,
            dev.jnetlink.codec.tc.kind.FifoKind.Bfifo,
            dev.jnetlink.codec.tc.kind.FifoKind.PfifoHeadDrop,
            dev.jnetlink.codec.tc.kind.IngressKind.Ingress,
            dev.jnetlink.codec.tc.kind.IngressKind.Clsact,
            dev.jnetlink.codec.tc.kind.NetemKind,
            dev.jnetlink.codec.tc.kind.FqCodelKind,
            dev.jnetlink.codec.tc.kind.FqKind,
            dev.jnetlink.codec.tc.kind.SfqKind,
            dev.jnetlink.codec.tc.kind.HfscKind;
    provides dev.jnetlink.codec.tc.FilterKind with
            dev.jnetlink.codec.tc.kind.U32Kind,
            dev.jnetlink.codec.tc.kind.MatchallKind,
            dev.jnetlink.codec.tc.kind.FwKind,
            dev.jnetlink.codec.tc.kind.FlowerKind,
            dev.jnetlink.codec.tc.kind.BasicKind,
            dev.jnetlink.codec.tc.kind.BpfKind;
    provides dev.jnetlink.codec.tc.ActionKind with
            dev.jnetlink.codec.tc.kind.MirredKind,
            dev.jnetlink.codec.tc.kind.GactKind,
            dev.jnetlink.codec.tc.kind.PoliceKind,
            dev.jnetlink.codec.tc.kind.SkbeditKind;
    provides dev.jnetlink.rtnl.view.tc.TcKindView with
            dev.jnetlink.rtnl.view.tc.HtbView,
            dev.jnetlink.rtnl.view.tc.TbfView,
            dev.jnetlink.rtnl.view.tc.FifoView,
            dev.jnetlink.rtnl.view.tc.PrioView,
            dev.jnetlink.rtnl.view.tc.IngressView,
            dev.jnetlink.rtnl.view.tc.NetemView,
            dev.jnetlink.rtnl.view.tc.U32View,
            dev.jnetlink.rtnl.view.tc.MirredView,
            dev.jnetlink.rtnl.view.tc.FqCodelView,
            dev.jnetlink.rtnl.view.tc.FqView,
            dev.jnetlink.rtnl.view.tc.SfqView,
            dev.jnetlink.rtnl.view.tc.MatchallView,
            dev.jnetlink.rtnl.view.tc.FwView,
            dev.jnetlink.rtnl.view.tc.BasicView,
            dev.jnetlink.rtnl.view.tc.FlowerView,
            dev.jnetlink.rtnl.view.tc.GactView,
            dev.jnetlink.rtnl.view.tc.PoliceView,
            dev.jnetlink.rtnl.view.tc.SkbeditView,
            dev.jnetlink.rtnl.view.tc.HfscView,
            dev.jnetlink.rtnl.view.tc.BpfView;
}

package dev.jnetlink.rtnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.OperState;
import dev.jnetlink.junit.NetlinkTest;
import dev.jnetlink.junit.Scratch;
import dev.jnetlink.rtnl.link.Veth;
import dev.jnetlink.socket.AlreadyExistsException;
import dev.jnetlink.socket.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The foundation's end-to-end proof: link dump, get, up/down, create, delete, in a scratch namespace. */
@NetlinkTest
class LinkBasicsIT {
    @Scratch
    private Rtnl rtnl;

    @Test
    void aNewNamespaceHasOnlyLoopbackDown() {
        List<Link> links = rtnl.links().list();
        assertThat(links).extracting(Link::name).containsExactly("lo");
        Link lo = links.get(0);
        assertThat(lo.index()).isEqualTo(1);
        assertThat(lo.isUp()).isFalse();
        assertThat(lo.mtu()).isEqualTo(65536);
        assertThat(lo.deviceType()).isEqualTo(772);
        assertThat(lo.address().toString()).isEqualTo("00:00:00:00:00:00");
        assertThat(lo.unknown()).isEmpty();
    }

    @Test
    void createsListsSetsUpAndDeletesAVethPair() {
        rtnl.links().add(Veth.pair("veth1.1", "veth1.2").mtu(1400));

        Link a = rtnl.links().get("veth1.1");
        Link b = rtnl.links().get("veth1.2");
        assertThat(a.kind()).isEqualTo("veth");
        assertThat(a.mtu()).isEqualTo(1400);
        assertThat(b.mtu()).isEqualTo(1500);
        assertThat(a.link()).isEqualTo(b.index());
        assertThat(b.link()).isEqualTo(a.index());
        assertThat(a.address().isEthernet()).isTrue();
        assertThat(a.state()).isEqualTo(OperState.DOWN);
        assertThat(rtnl.links().get(a.index())).isEqualTo(a);

        rtnl.links().setUp("veth1.1");
        rtnl.links().setUp("veth1.2");
        assertThat(rtnl.links().get("veth1.1").isUp()).isTrue();
        List<Link> all = rtnl.links().list();
        assertThat(all).extracting(Link::name).containsExactlyInAnyOrder("lo", "veth1.1", "veth1.2");

        rtnl.links().setDown("veth1.1");
        assertThat(rtnl.links().get("veth1.1").isUp()).isFalse();

        rtnl.links().delete("veth1.1");
        assertThat(rtnl.links().list()).extracting(Link::name).containsExactly("lo");
    }

    @Test
    void errorsNameTheRequestTheObjectAndTheErrno() {
        rtnl.links().add(Veth.pair("dup0", "dup1"));
        assertThatThrownBy(() -> rtnl.links().add(Veth.pair("dup0", "dup2")))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessageStartingWith("RTM_NEWLINK dup0: EEXIST (File exists)");
        assertThatThrownBy(() -> rtnl.links().get("nosuch0"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageStartingWith("RTM_GETLINK nosuch0: ENODEV (No such device)");
        assertThatThrownBy(() -> rtnl.links().setUp("nosuch0"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageStartingWith("RTM_NEWLINK nosuch0: ENODEV (No such device)");
    }
}

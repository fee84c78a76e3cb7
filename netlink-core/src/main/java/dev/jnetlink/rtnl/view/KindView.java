package dev.jnetlink.rtnl.view;

import dev.jnetlink.codec.link.LinkInfoData;
import java.util.List;

/**
 * Prints a link kind's details the way {@code ip -d link show} does after the kind's name
 * (iproute2's {@code print_opt} of a {@code link_util}): {@code mode bridge bcqueuelen 1000 ...}
 * for a macvlan. Found by {@link java.util.ServiceLoader} (file
 * {@code META-INF/services/dev.jnetlink.rtnl.view.KindView}, a public no-argument
 * constructor), so a module that adds a kind adds its view the same way; the bridge module does
 * for {@code bridge} and {@code bridge_slave}.
 */
public interface KindView {
    /**
     * @return the kinds whose {@code IFLA_INFO_DATA} this prints ({@code macvlan}), and for a
     *     master's ports the kind with {@code _slave} appended ({@code bridge_slave}), as
     *     {@code ip} names its printers
     */
    List<String> kinds();

    /**
     * Appends the details, each item followed by a blank as {@code ip} prints them.
     *
     * @param data the decoded {@code IFLA_INFO_DATA} or {@code IFLA_INFO_SLAVE_DATA}; never null
     *     ({@code ip} prints nothing when the kernel sent none)
     * @param links the namespace's links, to name one by index
     * @param out where to append
     */
    void print(LinkInfoData data, LinkNames links, StringBuilder out);
}

package dev.jnetlink.rtnl.view.tc;

import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.FlowerOptions;
import java.net.InetAddress;
import java.util.List;

/**
 * {@code flower} as {@code f_flower.c} prints it, for the keys the codec models: {@code handle
 * 0x1 classid 1:10 }, then one line per key ({@code \n  eth_type ipv4}, {@code \n  ip_proto
 * tcp}, {@code \n  dst_ip 10.0.0.0/8}, {@code \n  dst_port 80}, ...) in tc's order, the offload
 * flags, then the actions.
 */
public final class FlowerView implements TcKindView {
    private static final int ETH_P_IP = 0x0800;
    private static final int ETH_P_IPV6 = 0x86dd;
    private static final int IPPROTO_TCP = 6;
    private static final int IPPROTO_UDP = 17;
    private static final int TC_H_MIN_PRIORITY = 0xffe0;
    private static final int TC_QOPT_MAX_QUEUE = 16;
    private static final int IN_HW = 4;

    /** For {@link java.util.ServiceLoader}. */
    public FlowerView() {
    }

    @Override
    public List<String> filterKinds() {
        return List.of("flower");
    }

    @Override
    public void printFilter(int handle, TcOptions options, TcPrinter out) {
        if (!(options instanceof FlowerOptions o)) {
            return;
        }
        if (handle != 0) {
            out.append("handle 0x").append(Integer.toHexString(handle)).append(' ');
        }
        if (o.classId() != null) {
            int minor = o.classId() & 0xffff;
            if (minor < TC_H_MIN_PRIORITY || minor > TC_H_MIN_PRIORITY + TC_QOPT_MAX_QUEUE - 1) {
                out.append("classid ").append(TcPrinter.classid(o.classId())).append(' ');
            } else {
                out.append("hw_tc ").append(minor - TC_H_MIN_PRIORITY).append(' ');
            }
        }
        if (o.indev() != null) {
            out.append("\n  indev ").append(o.indev());
        }
        if (o.vlanId() != null) {
            out.append("\n  vlan_id ").append(o.vlanId());
        }
        if (o.vlanPrio() != null) {
            out.append("\n  vlan_prio ").append(o.vlanPrio());
        }
        if (o.vlanEthType() != null) {
            out.append("\n  vlan_ethtype ").append(TcFilterShow.protocolName(o.vlanEthType()));
        }
        int ethType = 0;
        if (o.ethType() != null) {
            ethType = o.ethType();
            out.append("\n  eth_type ").append(ethTypeName(ethType));
        }
        int ipProto = 0xff;
        if (o.ipProto() != null) {
            ipProto = o.ipProto();
            out.append("\n  ip_proto ").append(ipProtoName(ipProto));
        }
        if (ethType == ETH_P_IP) {
            address("dst_ip", o.ipv4Dst(), o.ipv4DstMask(), 4, out);
            address("src_ip", o.ipv4Src(), o.ipv4SrcMask(), 4, out);
        } else if (ethType == ETH_P_IPV6) {
            address("dst_ip", o.ipv6Dst(), o.ipv6DstMask(), 16, out);
            address("src_ip", o.ipv6Src(), o.ipv6SrcMask(), 16, out);
        }
        if (ipProto == IPPROTO_TCP) {
            port("dst_port", o.tcpDst(), o.tcpDstMask(), out);
            port("src_port", o.tcpSrc(), o.tcpSrcMask(), out);
        } else if (ipProto == IPPROTO_UDP) {
            port("dst_port", o.udpDst(), o.udpDstMask(), out);
            port("src_port", o.udpSrc(), o.udpSrcMask(), out);
        }
        if (o.flags() != null) {
            TcFilterShow.printOffloadFlags(o.flags(), "\n  ", "", out);
            if ((o.flags() & IN_HW) != 0 && o.inHwCount() != null) {
                out.append(" in_hw_count ").append(Integer.toUnsignedString(o.inHwCount()));
            }
        }
        if (o.actions() != null) {
            TcFilterShow.printActions(o.actions(), out);
        }
    }

    private static String ethTypeName(int ethType) {
        return switch (ethType) {
            case ETH_P_IP -> "ipv4";
            case ETH_P_IPV6 -> "ipv6";
            case 0x0806 -> "arp";
            case 0x8035 -> "rarp";
            default -> String.format("%04x", ethType);
        };
    }

    private static String ipProtoName(int proto) {
        return switch (proto) {
            case IPPROTO_TCP -> "tcp";
            case IPPROTO_UDP -> "udp";
            case 132 -> "sctp";
            case 1 -> "icmp";
            case 58 -> "icmpv6";
            default -> String.format("%02x", proto);
        };
    }

    // flower_print_ip_addr: the address, then /BITS for a prefix shorter than the address, or
    // /MASK for a mask that is not a prefix; nothing unless both are there
    private static void address(String name, InetAddress addr, InetAddress mask, int len, TcPrinter out) {
        if (addr == null || mask == null || addr.getAddress().length != len || mask.getAddress().length != len) {
            return;
        }
        out.append("\n  ").append(name).append(' ').append(IpAddresses.format(addr));
        int bits = prefixLength(mask.getAddress());
        if (bits < 0) {
            out.append('/').append(IpAddresses.format(mask));
        } else if (bits < len * 8) {
            out.append('/').append(bits);
        }
    }

    // __mask_bits: the length of a prefix mask, -1 if the mask is not one (or is all zeros)
    private static int prefixLength(byte[] mask) {
        int bits = 0;
        boolean hole = false;
        for (byte b : mask) {
            for (int j = 7; j >= 0; j--) {
                if (((b >> j) & 1) != 0) {
                    if (hole) {
                        return -1;
                    }
                    bits++;
                } else if (bits != 0) {
                    hole = true;
                } else {
                    return -1;
                }
            }
        }
        return bits;
    }

    // print_masked_be16: the port, and /0xMASK unless the mask is all ones (or absent)
    private static void port(String name, Integer value, Integer mask, TcPrinter out) {
        if (value == null) {
            return;
        }
        out.append("\n  ").append(name).append(' ').append(value);
        if (mask != null && mask != 0xffff) {
            out.append("/0x").append(Integer.toHexString(mask));
        }
    }
}

package dev.jnetlink.rtnl.view;

import dev.jnetlink.codec.link.LinkInfoData;
import dev.jnetlink.codec.link.kind.TunInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code ip -d link show} details of a tun or tap device: {@code type tap pi off vnet_hdr off
 * persist on user alice} ({@code tun_print_opt}; owner and group by name from
 * {@code /etc/passwd} and {@code /etc/group}, as {@code getpwuid} finds them there).
 */
public final class TunView implements KindView {
    @Override
    public List<String> kinds() {
        return List.of("tun");
    }

    @Override
    public void print(LinkInfoData data, LinkNames links, StringBuilder out) {
        if (!(data instanceof TunInfo t)) {
            return;
        }
        if (t.type() != null) {
            int type = t.type();
            out.append("type ").append(type == TunInfo.TUN ? "tun" : type == TunInfo.TAP ? "tap"
                    : "UNKNOWN:" + type).append(' ');
        }
        if (t.pi() != null) {
            out.append("pi ").append(Iproute2.onOff(t.pi() != 0)).append(' ');
        }
        if (t.vnetHdr() != null) {
            out.append("vnet_hdr ").append(Iproute2.onOff(t.vnetHdr() != 0)).append(' ');
        }
        if (t.multiQueue() != null && t.multiQueue() != 0) {
            out.append("multi_queue ");
            if (t.numQueues() != null) {
                out.append("numqueues ").append(Integer.toUnsignedString(t.numQueues())).append(' ');
            }
            if (t.numDisabledQueues() != null) {
                out.append("numdisabled ").append(Integer.toUnsignedString(t.numDisabledQueues())).append(' ');
            }
        }
        if (t.persist() != null) {
            out.append("persist ").append(Iproute2.onOff(t.persist() != 0)).append(' ');
        }
        if (t.owner() != null) {
            out.append("user ").append(nameOf(Path.of("/etc/passwd"), t.owner())).append(' ');
        }
        if (t.group() != null) {
            out.append("group ").append(nameOf(Path.of("/etc/group"), t.group())).append(' ');
        }
    }

    // NAME:x:ID:... -> NAME, or the number when no line has that id
    private static String nameOf(Path database, int id) {
        String number = Integer.toUnsignedString(id);
        try {
            for (String line : Files.readAllLines(database, StandardCharsets.UTF_8)) {
                String[] f = line.split(":", 4);
                if (f.length >= 3 && f[2].equals(number)) {
                    return f[0];
                }
            }
        } catch (IOException e) {
            // no database: the number, as getpwuid failing would give
        }
        return number;
    }
}

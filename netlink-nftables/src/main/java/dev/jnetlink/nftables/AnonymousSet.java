package dev.jnetlink.nftables;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.nftables.codec.Data;
import dev.jnetlink.nftables.codec.NfGenMsg;
import dev.jnetlink.nftables.codec.NftSet;
import dev.jnetlink.nftables.codec.SetDesc;
import dev.jnetlink.nftables.codec.SetElement;
import dev.jnetlink.nftables.codec.SetElements;
import java.util.ArrayList;
import java.util.List;

/**
 * The set nft makes for an inline {@code tcp dport { 22, 80 }}: anonymous, constant, bound to
 * its rule, named {@code __set%d} (the kernel numbers it) and found by its id in the batch.
 *
 * @param table the rule's table
 * @param proto 6 (tcp) or 17 (udp): the field its keys are ports of
 * @param ports the ports, in the order given
 */
record AnonymousSet(TableSpec table, int proto, List<Integer> ports) {
    /** The name nft sends; the kernel replaces {@code %d}. */
    static final String NAME = "__set%d";

    AnonymousSet {
        ports = List.copyOf(ports);
    }

    // nft's userdata: key byte order big-endian, and the key's "typeof" (payload, tcp or udp
    // header, dport), which nft needs to print the set back as ports.
    private Bytes userdata() {
        byte desc = (byte) (proto == 6 ? 8 : 6);
        return Bytes.of(new byte[] {0, 4, 2, 0, 0, 0, 3, 20, 0, 4, 7, 0, 0, 0, 1, 12, 0, 4, desc, 0, 0, 0, 1, 4,
            2, 0, 0, 0});
    }

    NftSet toRecord(int id) {
        return new NftSet(NfGenMsg.of(table.family().number()), table.name(), NAME, null,
                NftSet.F_ANONYMOUS | NftSet.F_CONSTANT, SetKeyType.INET_SERVICE.nftType(),
                SetKeyType.INET_SERVICE.length(), null, null, null, id, null,
                new SetDesc(ports.size(), List.of()), null, null, userdata(), List.of());
    }

    SetElements elementsRecord(int id) {
        List<SetElement> elements = new ArrayList<>();
        for (int p : ports) {
            elements.add(new SetElement(null, null, null, Data.value(Exprs.port(p)), null, null, null, null,
                    List.of()));
        }
        return new SetElements(NfGenMsg.of(table.family().number()), table.name(), NAME, id, elements, List.of());
    }
}

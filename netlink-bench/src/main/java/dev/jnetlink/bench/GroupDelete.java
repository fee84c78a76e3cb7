package dev.jnetlink.bench;

import dev.jnetlink.netns.NetNs;
import dev.jnetlink.rtnl.Links;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.link.Veth;

/**
 * Deleting N veth pairs one by one ({@code ip link del dev X}, N requests) against deleting
 * them as one group ({@code ip link del group G}, one request), in a fresh anonymous namespace.
 * Needs root. Prints the times of each round; nothing is asserted.
 *
 * <pre>
 * java -cp ... dev.jnetlink.bench.GroupDelete [pairs=1000] [rounds=3]
 * </pre>
 */
public final class GroupDelete {
    private static final int GROUP = 4242;

    private GroupDelete() {
    }

    /**
     * @param args pairs and rounds
     */
    public static void main(String[] args) {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        try (NetNs ns = NetNs.createAnonymous(); Rtnl rtnl = Rtnl.openIn(ns)) {
            Links links = rtnl.links();
            System.out.printf("%d veth pairs, kernel %s%n", pairs, System.getProperty("os.version"));
            for (int r = 1; r <= rounds; r++) {
                create(links, pairs);
                long t0 = System.nanoTime();
                for (int i = 0; i < pairs; i++) {
                    links.delete("b" + i);
                }
                long oneByOne = System.nanoTime() - t0;
                check(links);

                create(links, pairs);
                long t1 = System.nanoTime();
                links.deleteGroup(GROUP);
                long group = System.nanoTime() - t1;
                check(links);
                System.out.printf("round %d: one by one %.1f ms, group %.1f ms, %.1fx%n", r,
                        oneByOne / 1e6, group / 1e6, (double) oneByOne / group);
            }
        }
    }

    private static void create(Links links, int pairs) {
        for (int i = 0; i < pairs; i++) {
            links.add(Veth.pair("b" + i, "c" + i).group(GROUP));
        }
    }

    private static void check(Links links) {
        int left = links.list().size();
        if (left != 1) {
            throw new IllegalStateException(left + " links left, expected only lo");
        }
    }
}

package dev.jnetlink.bench.compare;

import java.nio.file.Path;

/**
 * Sizes and paths of one comparison run.
 *
 * @param reps repetitions per workload and peer (the best is reported)
 * @param pairs veth pairs of W2
 * @param routes routes of W3, W4 and events of W5
 * @param samples operations per W6 repetition
 * @param pbSamples operations per W6 repetition through {@code ProcessBuilder}
 * @param idleMillis quiet time that ends a W5 burst
 * @param peersDir where the built peer programs are
 * @param nftRules DNAT rules of N1 and N2
 */
record Settings(int reps, int pairs, int routes, int samples, int pbSamples, int idleMillis,
        Path peersDir, int nftRules) {
    /** Interface group every link the runner or a peer creates is put in. */
    static final int GROUP = 4242;
    /** u32 filters of T1 and T2, on device {@link #TC_DEV}. */
    static final int FILTERS = 10_000;
    /** The device of T1 and T2: one end of a veth pair with an htb qdisc {@code 1:} and class {@code 1:10}. */
    static final String TC_DEV = "t0";

    /**
     * @param w a workload
     * @return links W1 dumps (veth ends, plus {@code lo})
     */
    static int links(Workload w) {
        return w == Workload.W1_1K ? 1000 : 10_000;
    }

    /** @return the C floor of the nftables workloads (libnftnl and libmnl) */
    Path nftProgram() {
        return peersDir.resolve("nftbench");
    }

    /** @return the examples jar, W0's jnetlink program (copied here by netlink-bench/compare) */
    Path examplesJar() {
        return peersDir.resolve("netlink-examples.jar");
    }

    /** @return the class-data archive of the examples jar, made by W0's training run */
    Path examplesArchive() {
        return peersDir.resolve("netlink-examples.jsa");
    }

    /** @return the C floor program, which also makes W5's burst */
    Path cProgram() {
        return peersDir.resolve("nlbench");
    }
}

package dev.jnetlink.bench.compare;

/**
 * The workloads of the comparison, as issues 9, 16 and 17 name them. {@link #W0} (issue 16) is
 * the one timed from outside: each peer's program started fresh in the runner's namespace,
 * which getting {@code lo} leaves as it was, from process start to exit, its whole CPU time
 * beside it.
 */
enum Workload {
    W0("W0", "cold start: a fresh process gets lo, start to exit", false, false),
    W1_1K("W1_1k", "link dump, %L links, decoded", true, true),
    W1_10K("W1_10k", "link dump, %L links, decoded", true, true),
    W2_CREATE("W2_create", "create %P veth pairs", false, false),
    W2_CREATE_NETNS("W2_create_netns", "create %P veth pairs, peer in a second namespace", false, false),
    W2_DELETE_EACH("W2_delete_each", "delete %P veth pairs one by one", false, false),
    W2_DELETE_GROUP("W2_delete_group", "delete %P veth pairs as one group", false, false),
    W3_BATCHED("W3_batched", "install %R IPv4 routes, batched, acked", false, false),
    W3_EACH("W3_each", "install %R IPv4 routes, one request + ack each", false, false),
    W4("W4", "route dump, %R routes, decoded", true, true),
    W5("W5", "burst of %R route events", false, false),
    W6_GET("W6_get", "get link by name (latency)", true, false),
    W6_SETUP("W6_setup", "set link up (latency)", true, false),
    N1("N1", "install %N DNAT rules (one per host port) in one transaction", false, false),
    N2("N2", "list and decode %N DNAT rules", true, true),
    T1("T1", "install %F u32 filters under htb, one request + ack each", false, false),
    T2("T2", "filter dump, %F u32 filters, decoded", true, true);

    private final String id;
    private final String title;
    private final boolean reusesSetup;
    private final boolean readOnly;

    Workload(String id, String title, boolean reusesSetup, boolean readOnly) {
        this.id = id;
        this.title = title;
        this.reusesSetup = reusesSetup;
        this.readOnly = readOnly;
    }

    /** @return the id in the JSON output, e.g. {@code W1_1k} */
    String id() {
        return id;
    }

    /**
     * @param cfg the sizes of the run
     * @return what it does
     */
    String title(Settings cfg) {
        return title.replace("%L", String.format(java.util.Locale.ROOT, "%,d", Settings.links(this)))
                .replace("%P", String.format(java.util.Locale.ROOT, "%,d", cfg.pairs()))
                .replace("%R", String.format(java.util.Locale.ROOT, "%,d", cfg.routes()))
                .replace("%N", String.format(java.util.Locale.ROOT, "%,d", cfg.nftRules()))
                .replace("%F", String.format(java.util.Locale.ROOT, "%,d", Settings.FILTERS));
    }

    /**
     * @return true if the workload leaves the namespace as it found it, so one setup serves
     *     every repetition of a peer; false if each repetition needs a fresh namespace
     */
    boolean reusesSetup() {
        return reusesSetup;
    }

    /**
     * @return true if the workload only reads the namespace (the dumps), so every peer can
     *     run it on the same setup, taking turns
     */
    boolean readOnly() {
        return readOnly;
    }

    /** @return true for the nftables workloads, which have peers and a table of their own */
    boolean nftables() {
        return this == N1 || this == N2;
    }

    static Workload byId(String id) {
        for (Workload w : values()) {
            if (w.id.equalsIgnoreCase(id) || w.name().equalsIgnoreCase(id)) {
                return w;
            }
        }
        throw new IllegalArgumentException("no workload " + id);
    }
}

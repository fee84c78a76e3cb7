/*
 * The C floor of the nftables workloads (N1, N2), with libnftnl and libmnl: what a C program
 * that knows nfnetlink does, no more. Run inside the namespace (ip netns exec NS ...):
 *
 *   nftbench n1 COUNT       install COUNT DNAT rules, one per host port from 10000, in one batch
 *                           (table ip nat, chain docker, then the rules), as `nft -f` would send
 *                           `iifname != "docker0" tcp dport P dnat to 172.17.0.2:80` for each
 *   nftbench n2             list and decode the rules of ip nat docker
 *   nftbench run ARGS...    run a program (nft) and time it: wall clock and its CPU (wait4)
 *
 * Each prints `result seconds=S cpu=C` for the work itself (wall and CPU time of this process,
 * user + system), as the other peers of netlink-bench/compare do.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <libmnl/libmnl.h>
#include <libnftnl/chain.h>
#include <libnftnl/expr.h>
#include <libnftnl/rule.h>
#include <libnftnl/table.h>
#include <linux/netfilter.h>
#include <linux/netfilter/nf_nat.h>
#include <linux/netfilter/nf_tables.h>
#include <linux/netfilter/nfnetlink.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double cpu(int who) {
    struct rusage ru;
    getrusage(who, &ru);
    return ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
}

static void die(const char *what) {
    perror(what);
    exit(1);
}

static struct mnl_socket *open_socket(void) {
    struct mnl_socket *nl = mnl_socket_open(NETLINK_NETFILTER);
    if (nl == NULL || mnl_socket_bind(nl, 0, MNL_SOCKET_AUTOPID) < 0) {
        die("mnl_socket");
    }
    int one = 1;
    setsockopt(mnl_socket_get_fd(nl), SOL_NETLINK, NETLINK_EXT_ACK, &one, sizeof(one));
    return nl;
}

static void add_expr(struct nftnl_rule *r, struct nftnl_expr *e) {
    nftnl_rule_add_expr(r, e);
}

static void add_cmp(struct nftnl_rule *r, uint32_t op, const void *data, uint32_t len) {
    struct nftnl_expr *e = nftnl_expr_alloc("cmp");
    nftnl_expr_set_u32(e, NFTNL_EXPR_CMP_SREG, NFT_REG_1);
    nftnl_expr_set_u32(e, NFTNL_EXPR_CMP_OP, op);
    nftnl_expr_set(e, NFTNL_EXPR_CMP_DATA, data, len);
    add_expr(r, e);
}

static void add_meta(struct nftnl_rule *r, uint32_t key) {
    struct nftnl_expr *e = nftnl_expr_alloc("meta");
    nftnl_expr_set_u32(e, NFTNL_EXPR_META_KEY, key);
    nftnl_expr_set_u32(e, NFTNL_EXPR_META_DREG, NFT_REG_1);
    add_expr(r, e);
}

static void add_immediate(struct nftnl_rule *r, uint32_t reg, const void *data, uint32_t len) {
    struct nftnl_expr *e = nftnl_expr_alloc("immediate");
    nftnl_expr_set_u32(e, NFTNL_EXPR_IMM_DREG, reg);
    nftnl_expr_set(e, NFTNL_EXPR_IMM_DATA, data, len);
    add_expr(r, e);
}

/* iifname != "docker0" tcp dport PORT dnat to 172.17.0.2:80 */
static struct nftnl_rule *dnat_rule(int port) {
    struct nftnl_rule *r = nftnl_rule_alloc();
    nftnl_rule_set_u32(r, NFTNL_RULE_FAMILY, NFPROTO_IPV4);
    nftnl_rule_set_str(r, NFTNL_RULE_TABLE, "nat");
    nftnl_rule_set_str(r, NFTNL_RULE_CHAIN, "docker");
    char ifname[16] = "docker0";
    uint8_t tcp = 6;
    uint16_t dport = htons(port);
    uint32_t addr = htonl(0xac110002); /* 172.17.0.2 */
    uint16_t to = htons(80);
    add_meta(r, NFT_META_IIFNAME);
    add_cmp(r, NFT_CMP_NEQ, ifname, sizeof(ifname));
    add_meta(r, NFT_META_L4PROTO);
    add_cmp(r, NFT_CMP_EQ, &tcp, 1);
    struct nftnl_expr *e = nftnl_expr_alloc("payload");
    nftnl_expr_set_u32(e, NFTNL_EXPR_PAYLOAD_DREG, NFT_REG_1);
    nftnl_expr_set_u32(e, NFTNL_EXPR_PAYLOAD_BASE, NFT_PAYLOAD_TRANSPORT_HEADER);
    nftnl_expr_set_u32(e, NFTNL_EXPR_PAYLOAD_OFFSET, 2);
    nftnl_expr_set_u32(e, NFTNL_EXPR_PAYLOAD_LEN, 2);
    add_expr(r, e);
    add_cmp(r, NFT_CMP_EQ, &dport, 2);
    add_immediate(r, NFT_REG_1, &addr, 4);
    add_immediate(r, NFT_REG_2, &to, 2);
    e = nftnl_expr_alloc("nat");
    nftnl_expr_set_u32(e, NFTNL_EXPR_NAT_TYPE, NFT_NAT_DNAT);
    nftnl_expr_set_u32(e, NFTNL_EXPR_NAT_FAMILY, NFPROTO_IPV4);
    nftnl_expr_set_u32(e, NFTNL_EXPR_NAT_REG_ADDR_MIN, NFT_REG_1);
    nftnl_expr_set_u32(e, NFTNL_EXPR_NAT_REG_PROTO_MIN, NFT_REG_2);
    nftnl_expr_set_u32(e, NFTNL_EXPR_NAT_FLAGS, NF_NAT_RANGE_PROTO_SPECIFIED);
    add_expr(r, e);
    return r;
}

/* One batch: table, chain, COUNT rules; an ack asked of the last rule only, as jnetlink does. */
static void n1(int count) {
    size_t size = 4096 + (size_t) count * 512;
    char *buf = malloc(size);
    double t0 = now(), c0 = cpu(RUSAGE_SELF);
    struct mnl_socket *nl = open_socket();
    uint32_t seq = time(NULL), first = seq;
    struct mnl_nlmsg_batch *b = mnl_nlmsg_batch_start(buf, size);
    nftnl_batch_begin(mnl_nlmsg_batch_current(b), seq++);
    mnl_nlmsg_batch_next(b);
    struct nftnl_table *t = nftnl_table_alloc();
    nftnl_table_set_str(t, NFTNL_TABLE_NAME, "nat");
    struct nlmsghdr *nlh = nftnl_table_nlmsg_build_hdr(mnl_nlmsg_batch_current(b), NFT_MSG_NEWTABLE,
            NFPROTO_IPV4, 0, seq++);
    nftnl_table_nlmsg_build_payload(nlh, t);
    nftnl_table_free(t);
    mnl_nlmsg_batch_next(b);
    struct nftnl_chain *c = nftnl_chain_alloc();
    nftnl_chain_set_str(c, NFTNL_CHAIN_TABLE, "nat");
    nftnl_chain_set_str(c, NFTNL_CHAIN_NAME, "docker");
    nlh = nftnl_chain_nlmsg_build_hdr(mnl_nlmsg_batch_current(b), NFT_MSG_NEWCHAIN, NFPROTO_IPV4,
            NLM_F_CREATE, seq++);
    nftnl_chain_nlmsg_build_payload(nlh, c);
    nftnl_chain_free(c);
    mnl_nlmsg_batch_next(b);
    uint32_t last = 0;
    for (int i = 0; i < count; i++) {
        struct nftnl_rule *r = dnat_rule(10000 + i);
        last = seq;
        nlh = nftnl_rule_nlmsg_build_hdr(mnl_nlmsg_batch_current(b), NFT_MSG_NEWRULE, NFPROTO_IPV4,
                NLM_F_CREATE | NLM_F_APPEND | (i == count - 1 ? NLM_F_ACK : 0), seq++);
        nftnl_rule_nlmsg_build_payload(nlh, r);
        nftnl_rule_free(r);
        mnl_nlmsg_batch_next(b);
    }
    nftnl_batch_end(mnl_nlmsg_batch_current(b), seq++);
    mnl_nlmsg_batch_next(b);
    int sndbuf = (int) mnl_nlmsg_batch_size(b) + 4096;
    if (setsockopt(mnl_socket_get_fd(nl), SOL_SOCKET, SO_SNDBUFFORCE, &sndbuf, sizeof(sndbuf)) < 0) {
        die("SO_SNDBUFFORCE");
    }
    if (mnl_socket_sendto(nl, mnl_nlmsg_batch_head(b), mnl_nlmsg_batch_size(b)) < 0) {
        die("sendto");
    }
    /* Until the ack of the last rule, or an error against the batch itself. */
    char rx[65536];
    for (int done = 0; !done;) {
        int n = mnl_socket_recvfrom(nl, rx, sizeof(rx));
        if (n < 0) {
            die("recvfrom");
        }
        for (struct nlmsghdr *h = (struct nlmsghdr *) rx; mnl_nlmsg_ok(h, n); h = mnl_nlmsg_next(h, &n)) {
            if (h->nlmsg_type != NLMSG_ERROR) {
                continue;
            }
            struct nlmsgerr *err = mnl_nlmsg_get_payload(h);
            if (err->error != 0) {
                fprintf(stderr, "n1: message %u refused: %s\n", h->nlmsg_seq - first, strerror(-err->error));
                exit(1);
            }
            if (h->nlmsg_seq == last) {
                done = 1;
            }
        }
    }
    mnl_nlmsg_batch_stop(b);
    mnl_socket_close(nl);
    double t1 = now(), c1 = cpu(RUSAGE_SELF);
    free(buf);
    printf("result seconds=%.9f cpu=%.9f\n", t1 - t0, c1 - c0);
}

struct decoded {
    struct nftnl_rule **rules;
    int count;
    int capacity;
};

static int keep_rule(const struct nlmsghdr *nlh, void *data) {
    struct decoded *d = data;
    struct nftnl_rule *r = nftnl_rule_alloc();
    if (nftnl_rule_nlmsg_parse(nlh, r) < 0) {
        die("nftnl_rule_nlmsg_parse");
    }
    if (d->count == d->capacity) {
        d->capacity = d->capacity ? d->capacity * 2 : 1024;
        d->rules = realloc(d->rules, d->capacity * sizeof(*d->rules));
    }
    d->rules[d->count++] = r;
    return MNL_CB_OK;
}

/* A dump of ip nat docker, every rule parsed into libnftnl's objects (expressions included). */
static void n2(void) {
    struct decoded d = {0};
    static char rx[131072];
    double t0 = now(), c0 = cpu(RUSAGE_SELF);
    struct mnl_socket *nl = open_socket();
    uint32_t seq = time(NULL);
    char tx[MNL_SOCKET_BUFFER_SIZE];
    struct nftnl_rule *filter = nftnl_rule_alloc();
    nftnl_rule_set_str(filter, NFTNL_RULE_TABLE, "nat");
    nftnl_rule_set_str(filter, NFTNL_RULE_CHAIN, "docker");
    struct nlmsghdr *nlh = nftnl_rule_nlmsg_build_hdr(tx, NFT_MSG_GETRULE, NFPROTO_IPV4, NLM_F_DUMP, seq);
    nftnl_rule_nlmsg_build_payload(nlh, filter);
    nftnl_rule_free(filter);
    if (mnl_socket_sendto(nl, nlh, nlh->nlmsg_len) < 0) {
        die("sendto");
    }
    unsigned int portid = mnl_socket_get_portid(nl);
    int ret;
    do {
        int n = mnl_socket_recvfrom(nl, rx, sizeof(rx));
        if (n < 0) {
            die("recvfrom");
        }
        ret = mnl_cb_run(rx, n, seq, portid, keep_rule, &d);
        if (ret < 0) {
            die("mnl_cb_run");
        }
    } while (ret > 0);
    mnl_socket_close(nl);
    double t1 = now(), c1 = cpu(RUSAGE_SELF);
    for (int i = 0; i < d.count; i++) {
        nftnl_rule_free(d.rules[i]);
    }
    free(d.rules);
    printf("result seconds=%.9f cpu=%.9f rules=%d\n", t1 - t0, c1 - c0, d.count);
}

/* Runs a program with its output discarded, timing it: wall, and the CPU wait4 reports. */
static void run(char **argv) {
    double t0 = now();
    pid_t pid = fork();
    if (pid < 0) {
        die("fork");
    }
    if (pid == 0) {
        if (freopen("/dev/null", "w", stdout) == NULL) {
            _exit(127);
        }
        execvp(argv[0], argv);
        _exit(127);
    }
    int status;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0) {
        die("wait4");
    }
    double t1 = now();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "%s exited with status %d\n", argv[0], status);
        exit(1);
    }
    printf("result seconds=%.9f cpu=%.9f\n", t1 - t0, ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6
            + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6);
}

int main(int argc, char **argv) {
    if (argc >= 3 && strcmp(argv[1], "n1") == 0) {
        n1(atoi(argv[2]));
    } else if (argc == 2 && strcmp(argv[1], "n2") == 0) {
        n2();
    } else if (argc >= 3 && strcmp(argv[1], "run") == 0) {
        run(argv + 2);
    } else {
        fprintf(stderr, "usage: nftbench n1 COUNT | n2 | run PROGRAM ARGS...\n");
        return 2;
    }
    return 0;
}

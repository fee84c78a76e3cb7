/*
 * The C floor: each workload of the comparison over a raw NETLINK_ROUTE socket, no library,
 * a 32 KiB receive buffer. Run inside the namespace under test (ip netns exec NS ...).
 *
 *   nlbench w0 NAME                     get one link and print it (W0: timed from outside)
 *   nlbench w1                          dump every link, decode each into a struct
 *   nlbench w2_create N GROUP [NSPATH]  create N veth pairs vN/pN (peer in NSPATH if given)
 *   nlbench w2_delete_each N            delete v0 .. v(N-1), one request + ack each
 *   nlbench w2_delete_group GROUP       delete every link of GROUP in one request
 *   nlbench w3_batched N | w3_each N    add N routes 11+i/65536.x.y.0/24 via 10.0.0.2 dev veth0
 *   nlbench w4                          dump the IPv4 routes, decode each into a struct
 *   nlbench w5_listen N IDLE_MS         count IPv4 route events until N or IDLE_MS of quiet
 *   nlbench w6_get NAME N | w6_setup NAME N   per-operation latency
 *   nlbench t1 DEV N                    add N u32 filters to DEV's htb 1: (prio 1, protocol ip,
 *                                       match ip dst 10.i/32 flowid 1:10), one request + ack each
 *   nlbench t2 DEV                      dump DEV's filters under 1:, decode each u32 into a struct
 *
 * Prints one line: "result key=value ...", times in seconds, measured around the work only:
 * wall time, and cpu= the process's CPU time over the same work (W6: per iteration).
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_link.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/veth.h>
#include <linux/pkt_cls.h>
#include <linux/pkt_sched.h>
#include <linux/if_ether.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define BUF 32768
#define SOL_NETLINK_ 270

static int fd;
static uint32_t seq = 1;
static char rx[BUF];
static char tx[BUF];

static void die(const char *what, int err) {
    fprintf(stderr, "nlbench: %s: %s\n", what, strerror(err));
    exit(1);
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

/* CPU time of the whole process (every thread), reported beside the wall time. */
static double cpu_now(void) {
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static void open_socket(unsigned groups) {
    fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
    if (fd < 0) die("socket", errno);
    struct sockaddr_nl sa = {.nl_family = AF_NETLINK, .nl_groups = groups};
    if (bind(fd, (struct sockaddr *)&sa, sizeof sa) < 0) die("bind", errno);
    int one = 1;
    setsockopt(fd, SOL_NETLINK_, NETLINK_CAP_ACK, &one, sizeof one);
    setsockopt(fd, SOL_NETLINK_, NETLINK_EXT_ACK, &one, sizeof one);
}

/* ------------------------------------------------------------ building messages */

static struct nlmsghdr *msg_begin(char *at, int type, int flags) {
    struct nlmsghdr *h = (struct nlmsghdr *)at;
    h->nlmsg_len = NLMSG_HDRLEN;
    h->nlmsg_type = type;
    h->nlmsg_flags = NLM_F_REQUEST | flags;
    h->nlmsg_seq = seq++;
    h->nlmsg_pid = 0;
    return h;
}

static void *msg_put(struct nlmsghdr *h, const void *data, int len) {
    void *p = (char *)h + NLMSG_ALIGN(h->nlmsg_len);
    memcpy(p, data, len);
    h->nlmsg_len = NLMSG_ALIGN(h->nlmsg_len) + len;
    return p;
}

static struct rtattr *attr_put(struct nlmsghdr *h, int type, const void *data, int len) {
    struct rtattr *a = (struct rtattr *)((char *)h + NLMSG_ALIGN(h->nlmsg_len));
    a->rta_type = type;
    a->rta_len = RTA_LENGTH(len);
    if (len) memcpy(RTA_DATA(a), data, len);
    h->nlmsg_len = NLMSG_ALIGN(h->nlmsg_len) + RTA_ALIGN(a->rta_len);
    return a;
}

static void attr_u32(struct nlmsghdr *h, int type, uint32_t v) { attr_put(h, type, &v, 4); }
static void attr_str(struct nlmsghdr *h, int type, const char *s) { attr_put(h, type, s, strlen(s) + 1); }
static struct rtattr *nest_begin(struct nlmsghdr *h, int type) { return attr_put(h, type, NULL, 0); }
static void nest_end(struct nlmsghdr *h, struct rtattr *a) { a->rta_len = (char *)h + h->nlmsg_len - (char *)a; }

static void send_buf(const void *buf, size_t len) {
    if (send(fd, buf, len, 0) < 0) die("send", errno);
}

/* Receives one datagram from the kernel; returns its length. */
static int recv_one(void) {
    for (;;) {
        struct sockaddr_nl from;
        struct iovec iov = {rx, sizeof rx};
        struct msghdr m = {.msg_name = &from, .msg_namelen = sizeof from, .msg_iov = &iov, .msg_iovlen = 1};
        ssize_t n = recvmsg(fd, &m, 0);
        if (n < 0) {
            if (errno == EINTR) continue;
            return -errno;
        }
        if (m.msg_flags & MSG_TRUNC) die("recvmsg: datagram truncated", EMSGSIZE);
        if (from.nl_pid != 0) continue;
        return (int)n;
    }
}

/* Waits for acks of sequence numbers [first, first + count); exits on any error. */
static void wait_acks(uint32_t first, int count) {
    for (int pending = count; pending > 0;) {
        int n = recv_one();
        if (n < 0) die("recvmsg", -n);
        for (struct nlmsghdr *h = (struct nlmsghdr *)rx; NLMSG_OK(h, n); h = NLMSG_NEXT(h, n)) {
            if (h->nlmsg_type != NLMSG_ERROR || h->nlmsg_seq - first >= (uint32_t)count) continue;
            struct nlmsgerr *e = NLMSG_DATA(h);
            if (e->error) die("request", -e->error);
            pending--;
        }
    }
}

static void request_ack(struct nlmsghdr *h) {
    h->nlmsg_flags |= NLM_F_ACK;
    send_buf(h, h->nlmsg_len);
    wait_acks(h->nlmsg_seq, 1);
}

/* ------------------------------------------------------------ decoding */

struct link {
    int index, flags, mtu, group, txqlen, operstate, master, link, carrier;
    char name[IFNAMSIZ], kind[32], qdisc[32];
    unsigned char addr[32], brd[32];
    struct rtnl_link_stats64 stats;
};

struct route {
    int family, dst_len, table, protocol, scope, type, oif, priority;
    unsigned char dst[16], gateway[16], prefsrc[16];
};

static void parse(struct rtattr **tb, int max, struct rtattr *a, int len) {
    memset(tb, 0, sizeof(*tb) * (max + 1));
    for (; RTA_OK(a, len); a = RTA_NEXT(a, len))
        if (a->rta_type <= max) tb[a->rta_type] = a;
}

static uint32_t u32(struct rtattr *a) { return *(uint32_t *)RTA_DATA(a); }
static void copy(void *dst, size_t cap, struct rtattr *a) {
    size_t n = RTA_PAYLOAD(a) < cap ? RTA_PAYLOAD(a) : cap;
    memcpy(dst, RTA_DATA(a), n);
}

static void decode_link(struct nlmsghdr *h, struct link *l) {
    struct ifinfomsg *ifi = NLMSG_DATA(h);
    struct rtattr *tb[IFLA_MAX + 1], *info[IFLA_INFO_MAX + 1];
    parse(tb, IFLA_MAX, IFLA_RTA(ifi), IFLA_PAYLOAD(h));
    memset(l, 0, sizeof *l);
    l->index = ifi->ifi_index;
    l->flags = ifi->ifi_flags;
    if (tb[IFLA_IFNAME]) copy(l->name, sizeof l->name - 1, tb[IFLA_IFNAME]);
    if (tb[IFLA_MTU]) l->mtu = u32(tb[IFLA_MTU]);
    if (tb[IFLA_GROUP]) l->group = u32(tb[IFLA_GROUP]);
    if (tb[IFLA_TXQLEN]) l->txqlen = u32(tb[IFLA_TXQLEN]);
    if (tb[IFLA_OPERSTATE]) l->operstate = *(uint8_t *)RTA_DATA(tb[IFLA_OPERSTATE]);
    if (tb[IFLA_MASTER]) l->master = u32(tb[IFLA_MASTER]);
    if (tb[IFLA_LINK]) l->link = u32(tb[IFLA_LINK]);
    if (tb[IFLA_CARRIER]) l->carrier = *(uint8_t *)RTA_DATA(tb[IFLA_CARRIER]);
    if (tb[IFLA_QDISC]) copy(l->qdisc, sizeof l->qdisc - 1, tb[IFLA_QDISC]);
    if (tb[IFLA_ADDRESS]) copy(l->addr, sizeof l->addr, tb[IFLA_ADDRESS]);
    if (tb[IFLA_BROADCAST]) copy(l->brd, sizeof l->brd, tb[IFLA_BROADCAST]);
    if (tb[IFLA_STATS64]) copy(&l->stats, sizeof l->stats, tb[IFLA_STATS64]);
    if (tb[IFLA_LINKINFO]) {
        parse(info, IFLA_INFO_MAX, RTA_DATA(tb[IFLA_LINKINFO]), RTA_PAYLOAD(tb[IFLA_LINKINFO]));
        if (info[IFLA_INFO_KIND]) copy(l->kind, sizeof l->kind - 1, info[IFLA_INFO_KIND]);
    }
}

static void decode_route(struct nlmsghdr *h, struct route *r) {
    struct rtmsg *rtm = NLMSG_DATA(h);
    struct rtattr *tb[RTA_MAX + 1];
    parse(tb, RTA_MAX, RTM_RTA(rtm), RTM_PAYLOAD(h));
    memset(r, 0, sizeof *r);
    r->family = rtm->rtm_family;
    r->dst_len = rtm->rtm_dst_len;
    r->table = tb[RTA_TABLE] ? u32(tb[RTA_TABLE]) : rtm->rtm_table;
    r->protocol = rtm->rtm_protocol;
    r->scope = rtm->rtm_scope;
    r->type = rtm->rtm_type;
    if (tb[RTA_OIF]) r->oif = u32(tb[RTA_OIF]);
    if (tb[RTA_PRIORITY]) r->priority = u32(tb[RTA_PRIORITY]);
    if (tb[RTA_DST]) copy(r->dst, sizeof r->dst, tb[RTA_DST]);
    if (tb[RTA_GATEWAY]) copy(r->gateway, sizeof r->gateway, tb[RTA_GATEWAY]);
    if (tb[RTA_PREFSRC]) copy(r->prefsrc, sizeof r->prefsrc, tb[RTA_PREFSRC]);
}

/* Runs a dump and decodes every message of `type`; returns how many. */
static long dump(struct nlmsghdr *req, int type, void (*decode)(struct nlmsghdr *, void *), void *into,
                 size_t size, long cap) {
    send_buf(req, req->nlmsg_len);
    long count = 0;
    for (;;) {
        int n = recv_one();
        if (n < 0) die("recvmsg", -n);
        for (struct nlmsghdr *h = (struct nlmsghdr *)rx; NLMSG_OK(h, n); h = NLMSG_NEXT(h, n)) {
            if (h->nlmsg_seq != req->nlmsg_seq) continue;
            if (h->nlmsg_type == NLMSG_DONE) return count;
            if (h->nlmsg_type == NLMSG_ERROR) die("dump", -((struct nlmsgerr *)NLMSG_DATA(h))->error);
            if (h->nlmsg_type == type) {
                decode(h, (char *)into + size * (count < cap ? count : cap - 1));
                count++;
            }
        }
    }
}

/* ------------------------------------------------------------ workloads */

#define MAX_OBJECTS 200000

static void w1(void) {
    static struct link links[30000];
    struct nlmsghdr *h = msg_begin(tx, RTM_GETLINK, NLM_F_DUMP);
    struct ifinfomsg ifi = {0};
    msg_put(h, &ifi, sizeof ifi);
    attr_u32(h, IFLA_EXT_MASK, RTEXT_FILTER_VF);
    double t0 = now(), c0 = cpu_now();
    long n = dump(h, RTM_NEWLINK, (void (*)(struct nlmsghdr *, void *))decode_link, links, sizeof links[0], 30000);
    double t1 = now(), c1 = cpu_now();
    printf("result seconds=%.6f cpu=%.6f count=%ld\n", t1 - t0, c1 - c0, n);
}

static void w4(void) {
    static struct route routes[MAX_OBJECTS];
    struct nlmsghdr *h = msg_begin(tx, RTM_GETROUTE, NLM_F_DUMP);
    struct rtmsg rtm = {.rtm_family = AF_INET};
    msg_put(h, &rtm, sizeof rtm);
    double t0 = now(), c0 = cpu_now();
    long n = dump(h, RTM_NEWROUTE, (void (*)(struct nlmsghdr *, void *))decode_route, routes, sizeof routes[0], MAX_OBJECTS);
    double t1 = now(), c1 = cpu_now();
    printf("result seconds=%.6f cpu=%.6f count=%ld\n", t1 - t0, c1 - c0, n);
}

static void veth_request(struct nlmsghdr *h, int i, int group, int nsfd) {
    char name[IFNAMSIZ], peer[IFNAMSIZ];
    snprintf(name, sizeof name, "v%d", i);
    snprintf(peer, sizeof peer, "p%d", i);
    struct ifinfomsg ifi = {0};
    msg_put(h, &ifi, sizeof ifi);
    attr_str(h, IFLA_IFNAME, name);
    attr_u32(h, IFLA_GROUP, group);
    struct rtattr *info = nest_begin(h, IFLA_LINKINFO);
    attr_put(h, IFLA_INFO_KIND, "veth", 4);
    struct rtattr *data = nest_begin(h, IFLA_INFO_DATA);
    struct rtattr *p = nest_begin(h, VETH_INFO_PEER);
    msg_put(h, &ifi, sizeof ifi);
    attr_str(h, IFLA_IFNAME, peer);
    if (nsfd >= 0) attr_u32(h, IFLA_NET_NS_FD, nsfd);
    nest_end(h, p);
    nest_end(h, data);
    nest_end(h, info);
}

static void w2_create(int n, int group, const char *nspath) {
    int nsfd = -1;
    if (nspath && (nsfd = open(nspath, O_RDONLY | O_CLOEXEC)) < 0) die(nspath, errno);
    double t0 = now(), c0 = cpu_now();
    for (int i = 0; i < n; i++) {
        struct nlmsghdr *h = msg_begin(tx, RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL);
        veth_request(h, i, group, nsfd);
        request_ack(h);
    }
    double t1 = now(), c1 = cpu_now();
    printf("result seconds=%.6f cpu=%.6f count=%d\n", t1 - t0, c1 - c0, n);
}

static void w2_delete_each(int n) {
    double t0 = now(), c0 = cpu_now();
    for (int i = 0; i < n; i++) {
        char name[IFNAMSIZ];
        snprintf(name, sizeof name, "v%d", i);
        struct nlmsghdr *h = msg_begin(tx, RTM_DELLINK, 0);
        struct ifinfomsg ifi = {0};
        msg_put(h, &ifi, sizeof ifi);
        attr_str(h, IFLA_IFNAME, name);
        request_ack(h);
    }
    double t1 = now(), c1 = cpu_now();
    printf("result seconds=%.6f cpu=%.6f count=%d\n", t1 - t0, c1 - c0, n);
}

static void w2_delete_group(int group) {
    double t0 = now(), c0 = cpu_now();
    struct nlmsghdr *h = msg_begin(tx, RTM_DELLINK, 0);
    struct ifinfomsg ifi = {0};
    msg_put(h, &ifi, sizeof ifi);
    attr_u32(h, IFLA_GROUP, group);
    request_ack(h);
    double t1 = now(), c1 = cpu_now();
    printf("result seconds=%.6f cpu=%.6f\n", t1 - t0, c1 - c0);
}

static void get_link(const char *name, struct link *l) {
    struct nlmsghdr *h = msg_begin(tx, RTM_GETLINK, 0);
    struct ifinfomsg ifi = {0};
    msg_put(h, &ifi, sizeof ifi);
    attr_u32(h, IFLA_EXT_MASK, RTEXT_FILTER_VF);
    attr_str(h, IFLA_IFNAME, name);
    send_buf(h, h->nlmsg_len);
    for (;;) {
        int n = recv_one();
        if (n < 0) die("recvmsg", -n);
        struct nlmsghdr *r = (struct nlmsghdr *)rx;
        if (!NLMSG_OK(r, n) || r->nlmsg_seq != h->nlmsg_seq) continue;
        if (r->nlmsg_type == NLMSG_ERROR) die(name, -((struct nlmsgerr *)NLMSG_DATA(r))->error);
        decode_link(r, l);
        return;
    }
}

static int ifindex(const char *name) {
    struct link l;
    get_link(name, &l);
    return l.index;
}

/* W0, timed from outside (process start to exit): one link, printed. */
static void w0(const char *name) {
    struct link l;
    get_link(name, &l);
    printf("%d: %s: mtu %d state %d\n", l.index, l.name, l.mtu, l.operstate);
}

static void route_request(struct nlmsghdr *h, int i, int oif) {
    struct rtmsg rtm = {.rtm_family = AF_INET, .rtm_dst_len = 24, .rtm_table = RT_TABLE_MAIN,
                        .rtm_protocol = RTPROT_BOOT, .rtm_scope = RT_SCOPE_UNIVERSE, .rtm_type = RTN_UNICAST};
    msg_put(h, &rtm, sizeof rtm);
    unsigned char dst[4] = {11 + i / 65536, i / 256 % 256, i % 256, 0}, gw[4] = {10, 0, 0, 2};
    attr_put(h, RTA_DST, dst, 4);
    attr_put(h, RTA_GATEWAY, gw, 4);
    attr_u32(h, RTA_OIF, oif);
}

/* Batched: as many requests as fit in 32 KiB per sendmsg, all acknowledged, then the next. */
static void w3(int n, int batched) {
    int oif = ifindex("veth0");
    int rcvbuf = 4 << 20;
    setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &rcvbuf, sizeof rcvbuf);
    double t0 = now(), c0 = cpu_now();
    for (int i = 0; i < n;) {
        size_t off = 0;
        uint32_t first = seq;
        int count = 0;
        do {
            struct nlmsghdr *h = msg_begin(tx + off, RTM_NEWROUTE, NLM_F_CREATE | NLM_F_EXCL | NLM_F_ACK);
            route_request(h, i + count, oif);
            off += NLMSG_ALIGN(h->nlmsg_len);
            count++;
        } while (batched && i + count < n && off + 256 < sizeof tx);
        send_buf(tx, off);
        wait_acks(first, count);
        i += count;
    }
    double t1 = now(), c1 = cpu_now();
    printf("result seconds=%.6f cpu=%.6f count=%d\n", t1 - t0, c1 - c0, n);
}

/* Default receive buffer, as a plain reader would have it. */
static void w5_listen(long expected, int idle_ms) {
    long delivered = 0, overruns = 0;
    printf("ready\n");
    fflush(stdout);
    double c0 = cpu_now();
    struct pollfd p = {fd, POLLIN, 0};
    for (;;) {
        int r = poll(&p, 1, delivered ? idle_ms : 60000);
        if (r == 0) break;
        int n = recv_one();
        if (n == -ENOBUFS) {
            overruns++;
            continue;
        }
        if (n < 0) die("recvmsg", -n);
        for (struct nlmsghdr *h = (struct nlmsghdr *)rx; NLMSG_OK(h, n); h = NLMSG_NEXT(h, n)) {
            if (h->nlmsg_type == RTM_NEWROUTE) {
                struct route rt;
                decode_route(h, &rt);
                delivered++;
            }
        }
        if (delivered >= expected) break;
    }
    printf("result delivered=%ld overruns=%ld cpu=%.6f\n", delivered, overruns, cpu_now() - c0);
}

static int cmp(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static void report(double *t, int n, double cpu) {
    qsort(t, n, sizeof *t, cmp);
    printf("result p50=%.9f p99=%.9f cpu=%.9f\n", t[n / 2], t[(int)(n * 0.99)], cpu);
}

static void set_flags(const char *name, unsigned flags) {
    struct nlmsghdr *h = msg_begin(tx, RTM_NEWLINK, 0);
    struct ifinfomsg ifi = {.ifi_flags = flags, .ifi_change = IFF_UP};
    msg_put(h, &ifi, sizeof ifi);
    attr_str(h, IFLA_IFNAME, name);
    request_ack(h);
}

static void w6(const char *name, int n, int setup) {
    double *t = malloc(sizeof *t * n);
    double c0 = cpu_now();
    for (int i = 0; i < n; i++) {
        if (setup) set_flags(name, 0);
        double t0 = now();
        if (setup) set_flags(name, IFF_UP);
        else ifindex(name);
        t[i] = now() - t0;
    }
    report(t, n, (cpu_now() - c0) / n); /* per iteration, W6_setup's untimed "down" included */
}

/* ------------------------------------------------------------ traffic control (T1, T2) */

struct u32_filter {
    uint32_t handle, parent, info, classid, hash, divisor, flags;
    int nkeys;
    char kind[16];
    struct tc_u32_key keys[4];
};

/* T1's filter i: what "tc filter add dev DEV parent 1: protocol ip prio 1 u32 match ip dst
 * 10.(i/65536).(i/256%256).(i%256)/32 flowid 1:10" sends. */
static void u32_request(struct nlmsghdr *h, int ifindex_, int i) {
    struct tcmsg t = {.tcm_family = AF_UNSPEC, .tcm_ifindex = ifindex_, .tcm_parent = 0x10000,
                      .tcm_info = TC_H_MAKE(1u << 16, htons(ETH_P_IP))};
    msg_put(h, &t, sizeof t);
    attr_str(h, TCA_KIND, "u32");
    struct rtattr *opt = nest_begin(h, TCA_OPTIONS);
    attr_u32(h, TCA_U32_CLASSID, 0x10010);
    struct {
        struct tc_u32_sel sel;
        struct tc_u32_key key;
    } s = {{.flags = TC_U32_TERMINAL, .nkeys = 1}, {.mask = 0xffffffff, .off = 16}};
    s.key.val = htonl(0x0a000000u | (uint32_t)i);
    attr_put(h, TCA_U32_SEL, &s, sizeof s);
    nest_end(h, opt);
}

static void t1(const char *dev, int n) {
    int oif = ifindex(dev);
    double t0 = now(), c0 = cpu_now();
    for (int i = 0; i < n; i++) {
        struct nlmsghdr *h = msg_begin(tx, RTM_NEWTFILTER, NLM_F_CREATE | NLM_F_EXCL);
        u32_request(h, oif, i);
        request_ack(h);
    }
    double t1_ = now(), c1 = cpu_now();
    printf("result seconds=%.6f cpu=%.6f count=%d\n", t1_ - t0, c1 - c0, n);
}

static void decode_u32(struct nlmsghdr *h, struct u32_filter *f) {
    struct tcmsg *t = NLMSG_DATA(h);
    struct rtattr *tb[TCA_MAX + 1], *ub[TCA_U32_MAX + 1];
    memset(f, 0, sizeof *f);
    f->handle = t->tcm_handle;
    f->parent = t->tcm_parent;
    f->info = t->tcm_info;
    parse(tb, TCA_MAX, TCA_RTA(t), h->nlmsg_len - NLMSG_LENGTH(sizeof *t));
    if (tb[TCA_KIND]) copy(f->kind, sizeof f->kind, tb[TCA_KIND]);
    if (!tb[TCA_OPTIONS]) return;
    parse(ub, TCA_U32_MAX, RTA_DATA(tb[TCA_OPTIONS]), RTA_PAYLOAD(tb[TCA_OPTIONS]));
    if (ub[TCA_U32_CLASSID]) f->classid = u32(ub[TCA_U32_CLASSID]);
    if (ub[TCA_U32_HASH]) f->hash = u32(ub[TCA_U32_HASH]);
    if (ub[TCA_U32_DIVISOR]) f->divisor = u32(ub[TCA_U32_DIVISOR]);
    if (ub[TCA_U32_FLAGS]) f->flags = u32(ub[TCA_U32_FLAGS]);
    if (ub[TCA_U32_SEL] && RTA_PAYLOAD(ub[TCA_U32_SEL]) >= sizeof(struct tc_u32_sel)) {
        struct tc_u32_sel *sel = RTA_DATA(ub[TCA_U32_SEL]);
        f->nkeys = sel->nkeys < 4 ? sel->nkeys : 4;
        memcpy(f->keys, sel->keys, f->nkeys * sizeof(struct tc_u32_key));
    }
}

static void t2(const char *dev) {
    static struct u32_filter filters[MAX_OBJECTS];
    int oif = ifindex(dev); /* before the request: it uses the same buffer */
    struct nlmsghdr *h = msg_begin(tx, RTM_GETTFILTER, NLM_F_DUMP);
    struct tcmsg t = {.tcm_family = AF_UNSPEC, .tcm_ifindex = oif, .tcm_parent = 0x10000};
    msg_put(h, &t, sizeof t);
    double t0 = now(), c0 = cpu_now();
    long n = dump(h, RTM_NEWTFILTER, (void (*)(struct nlmsghdr *, void *))decode_u32, filters, sizeof filters[0],
                  MAX_OBJECTS);
    double t1_ = now(), c1 = cpu_now();
    printf("result seconds=%.6f cpu=%.6f count=%ld\n", t1_ - t0, c1 - c0, n);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: nlbench WORKLOAD ARGS (see the source)\n");
        return 2;
    }
    const char *w = argv[1];
    int a = argc > 2 ? atoi(argv[2]) : 0;
    open_socket(strcmp(w, "w5_listen") == 0 ? RTMGRP_IPV4_ROUTE : 0);
    if (!strcmp(w, "w0")) w0(argv[2]);
    else if (!strcmp(w, "w1")) w1();
    else if (!strcmp(w, "w2_create")) w2_create(a, atoi(argv[3]), argc > 4 ? argv[4] : NULL);
    else if (!strcmp(w, "w2_delete_each")) w2_delete_each(a);
    else if (!strcmp(w, "w2_delete_group")) w2_delete_group(a);
    else if (!strcmp(w, "w3_batched")) w3(a, 1);
    else if (!strcmp(w, "w3_each")) w3(a, 0);
    else if (!strcmp(w, "w4")) w4();
    else if (!strcmp(w, "w5_listen")) w5_listen(a, atoi(argv[3]));
    else if (!strcmp(w, "w6_get")) w6(argv[2], atoi(argv[3]), 0);
    else if (!strcmp(w, "w6_setup")) w6(argv[2], atoi(argv[3]), 1);
    else if (!strcmp(w, "t1")) t1(argv[2], atoi(argv[3]));
    else if (!strcmp(w, "t2")) t2(argv[2]);
    else {
        fprintf(stderr, "nlbench: unknown workload %s\n", w);
        return 2;
    }
    return 0;
}

/*
 * libnl-route-3: each workload of the comparison the way a libnl program does it. Run inside
 * the namespace under test (ip netns exec NS ...). Same command line and output as the C
 * floor (peers/c/nlbench.c); w2_delete_group and w3_batched are missing because libnl has no
 * call for them (rtnl_link_delete needs a name or index; requests are sent one at a time).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/if.h>
#include <linux/rtnetlink.h>
#include <netlink/cache.h>
#include <netlink/netlink.h>
#include <netlink/route/link.h>
#include <netlink/route/link/veth.h>
#include <netlink/route/route.h>
#include <netlink/msg.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static struct nl_sock *sk;

static void check(int err, const char *what) {
    if (err < 0) {
        fprintf(stderr, "nlbench-libnl: %s: %s\n", what, nl_geterror(err));
        exit(1);
    }
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

static void w1(void) {
    struct nl_cache *cache;
    double t0 = now(), c0 = cpu_now();
    check(rtnl_link_alloc_cache(sk, AF_UNSPEC, &cache), "rtnl_link_alloc_cache");
    double t1 = now(), c1 = cpu_now();
    printf("result seconds=%.6f cpu=%.6f count=%d\n", t1 - t0, c1 - c0, nl_cache_nitems(cache));
    nl_cache_free(cache);
}

static void w4(void) {
    struct nl_cache *cache;
    double t0 = now(), c0 = cpu_now();
    check(rtnl_route_alloc_cache(sk, AF_INET, 0, &cache), "rtnl_route_alloc_cache");
    double t1 = now(), c1 = cpu_now();
    printf("result seconds=%.6f cpu=%.6f count=%d\n", t1 - t0, c1 - c0, nl_cache_nitems(cache));
    nl_cache_free(cache);
}

static void w2_create(int n, int group, const char *nspath) {
    int nsfd = -1;
    if (nspath && (nsfd = open(nspath, O_RDONLY | O_CLOEXEC)) < 0) {
        perror(nspath);
        exit(1);
    }
    double t0 = now(), c0 = cpu_now();
    for (int i = 0; i < n; i++) {
        char name[IFNAMSIZ], peer_name[IFNAMSIZ];
        snprintf(name, sizeof name, "v%d", i);
        snprintf(peer_name, sizeof peer_name, "p%d", i);
        struct rtnl_link *link = rtnl_link_veth_alloc();
        struct rtnl_link *peer = rtnl_link_veth_get_peer(link);
        rtnl_link_set_name(link, name);
        rtnl_link_set_group(link, group);
        rtnl_link_set_name(peer, peer_name);
        if (nsfd >= 0) rtnl_link_set_ns_fd(peer, nsfd);
        check(rtnl_link_add(sk, link, NLM_F_CREATE | NLM_F_EXCL), "rtnl_link_add");
        rtnl_link_put(peer);
        rtnl_link_veth_release(link);
    }
    double t1 = now(), c1 = cpu_now();
    printf("result seconds=%.6f cpu=%.6f count=%d\n", t1 - t0, c1 - c0, n);
}

static void w2_delete_each(int n) {
    double t0 = now(), c0 = cpu_now();
    for (int i = 0; i < n; i++) {
        char name[IFNAMSIZ];
        snprintf(name, sizeof name, "v%d", i);
        struct rtnl_link *link = rtnl_link_alloc();
        rtnl_link_set_name(link, name);
        check(rtnl_link_delete(sk, link), "rtnl_link_delete");
        rtnl_link_put(link);
    }
    double t1 = now(), c1 = cpu_now();
    printf("result seconds=%.6f cpu=%.6f count=%d\n", t1 - t0, c1 - c0, n);
}

static void w3_each(int n) {
    struct rtnl_link *veth0;
    check(rtnl_link_get_kernel(sk, 0, "veth0", &veth0), "rtnl_link_get_kernel veth0");
    int oif = rtnl_link_get_ifindex(veth0);
    struct nl_addr *gw;
    check(nl_addr_parse("10.0.0.2", AF_INET, &gw), "nl_addr_parse");
    double t0 = now(), c0 = cpu_now();
    for (int i = 0; i < n; i++) {
        char text[32];
        snprintf(text, sizeof text, "%d.%d.%d.0/24", 11 + i / 65536, i / 256 % 256, i % 256);
        struct nl_addr *dst;
        check(nl_addr_parse(text, AF_INET, &dst), "nl_addr_parse");
        struct rtnl_route *r = rtnl_route_alloc();
        rtnl_route_set_family(r, AF_INET);
        rtnl_route_set_table(r, RT_TABLE_MAIN);
        rtnl_route_set_protocol(r, RTPROT_BOOT);
        rtnl_route_set_scope(r, RT_SCOPE_UNIVERSE);
        rtnl_route_set_type(r, RTN_UNICAST);
        check(rtnl_route_set_dst(r, dst), "rtnl_route_set_dst");
        struct rtnl_nexthop *nh = rtnl_route_nh_alloc();
        rtnl_route_nh_set_gateway(nh, gw);
        rtnl_route_nh_set_ifindex(nh, oif);
        rtnl_route_add_nexthop(r, nh);
        check(rtnl_route_add(sk, r, NLM_F_EXCL), "rtnl_route_add");
        rtnl_route_put(r);
        nl_addr_put(dst);
    }
    double t1 = now(), c1 = cpu_now();
    printf("result seconds=%.6f cpu=%.6f count=%d\n", t1 - t0, c1 - c0, n);
}

static long delivered;

static void on_object(struct nl_object *obj, void *arg) {
    (void)arg;
    if (rtnl_route_get_family((struct rtnl_route *)obj) == AF_INET) delivered++;
}

static int on_message(struct nl_msg *msg, void *arg) {
    if (nlmsg_hdr(msg)->nlmsg_type == RTM_NEWROUTE) nl_msg_parse(msg, on_object, arg);
    return NL_OK;
}

/* Events decoded into rtnl_route objects; libnl reports ENOBUFS as -NLE_NOMEM. */
static void w5_listen(long expected, int idle_ms) {
    long overruns = 0;
    nl_socket_disable_seq_check(sk);
    nl_socket_modify_cb(sk, NL_CB_VALID, NL_CB_CUSTOM, on_message, NULL);
    check(nl_socket_add_membership(sk, RTNLGRP_IPV4_ROUTE), "nl_socket_add_membership");
    printf("ready\n");
    fflush(stdout);
    double c0 = cpu_now();
    struct pollfd p = {nl_socket_get_fd(sk), POLLIN, 0};
    while (delivered < expected) {
        if (poll(&p, 1, delivered ? idle_ms : 60000) == 0) break;
        int err = nl_recvmsgs_default(sk);
        if (err == -NLE_NOMEM) overruns++;
        else check(err, "nl_recvmsgs_default");
    }
    printf("result delivered=%ld overruns=%ld cpu=%.6f\n", delivered, overruns, cpu_now() - c0);
}

static int cmp(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static void w6(const char *name, int n, int setup) {
    double *t = malloc(sizeof *t * n);
    struct rtnl_link *orig;
    check(rtnl_link_get_kernel(sk, 0, name, &orig), "rtnl_link_get_kernel");
    struct rtnl_link *up = rtnl_link_alloc(), *down = rtnl_link_alloc();
    rtnl_link_set_flags(up, IFF_UP);
    rtnl_link_unset_flags(down, IFF_UP);
    double c0 = cpu_now();
    for (int i = 0; i < n; i++) {
        if (setup) check(rtnl_link_change(sk, orig, down, 0), "rtnl_link_change down");
        double t0 = now();
        if (setup) {
            check(rtnl_link_change(sk, orig, up, 0), "rtnl_link_change up");
        } else {
            struct rtnl_link *l;
            check(rtnl_link_get_kernel(sk, 0, name, &l), "rtnl_link_get_kernel");
            rtnl_link_put(l);
        }
        t[i] = now() - t0;
    }
    double cpu = (cpu_now() - c0) / n; /* per iteration, W6_setup's untimed "down" included */
    qsort(t, n, sizeof *t, cmp);
    printf("result p50=%.9f p99=%.9f cpu=%.9f\n", t[n / 2], t[(int)(n * 0.99)], cpu);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: nlbench-libnl WORKLOAD ARGS (see peers/c/nlbench.c)\n");
        return 2;
    }
    const char *w = argv[1];
    int a = argc > 2 ? atoi(argv[2]) : 0;
    sk = nl_socket_alloc();
    check(nl_connect(sk, NETLINK_ROUTE), "nl_connect");
    if (!strcmp(w, "w1")) w1();
    else if (!strcmp(w, "w2_create")) w2_create(a, atoi(argv[3]), argc > 4 ? argv[4] : NULL);
    else if (!strcmp(w, "w2_delete_each")) w2_delete_each(a);
    else if (!strcmp(w, "w3_each")) w3_each(a);
    else if (!strcmp(w, "w4")) w4();
    else if (!strcmp(w, "w5_listen")) w5_listen(a, atoi(argv[3]));
    else if (!strcmp(w, "w6_get")) w6(argv[2], atoi(argv[3]), 0);
    else if (!strcmp(w, "w6_setup")) w6(argv[2], atoi(argv[3]), 1);
    else {
        fprintf(stderr, "nlbench-libnl: no %s\n", w);
        return 2;
    }
    nl_socket_free(sk);
    return 0;
}

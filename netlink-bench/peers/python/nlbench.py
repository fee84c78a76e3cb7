#!/usr/bin/python3
"""pyroute2: each workload of the comparison the way a Python program does it. Run inside the
namespace under test (ip netns exec NS ...) with Debian's python3 (python3-pyroute2). Same
command line and output as the C floor (peers/c/nlbench.c); w3_batched is missing because
IPRoute sends one request at a time and waits for its answer.
"""
import select
import sys
import time

from pyroute2 import IPRoute
from pyroute2.netlink.exceptions import NetlinkError
from pyroute2.netlink.rtnl import RTMGRP_IPV4_ROUTE

now = time.monotonic
cpu_now = time.process_time  # the process's CPU time, every thread


def w1(ipr):
    t0, c0 = now(), cpu_now()
    links = list(ipr.get_links())
    t1, c1 = now(), cpu_now()
    print(f"result seconds={t1 - t0:.6f} cpu={c1 - c0:.6f} count={len(links)}")


def w4(ipr):
    t0, c0 = now(), cpu_now()
    routes = list(ipr.get_routes(family=2, table=None))
    t1, c1 = now(), cpu_now()
    print(f"result seconds={t1 - t0:.6f} cpu={c1 - c0:.6f} count={len(routes)}")


def w2_create(ipr, n, group, nspath=None):
    peer_ns = nspath.rsplit("/", 1)[1] if nspath else None
    t0, c0 = now(), cpu_now()
    for i in range(n):
        peer = {"ifname": f"p{i}", "net_ns_fd": peer_ns} if peer_ns else f"p{i}"
        ipr.link("add", ifname=f"v{i}", kind="veth", peer=peer, group=group)
    t1, c1 = now(), cpu_now()
    print(f"result seconds={t1 - t0:.6f} cpu={c1 - c0:.6f} count={n}")


def w2_delete_each(ipr, n):
    t0, c0 = now(), cpu_now()
    for i in range(n):
        ipr.link("del", ifname=f"v{i}")
    t1, c1 = now(), cpu_now()
    print(f"result seconds={t1 - t0:.6f} cpu={c1 - c0:.6f} count={n}")


def w2_delete_group(ipr, group):
    t0, c0 = now(), cpu_now()
    ipr.link("del", group=group)
    t1, c1 = now(), cpu_now()
    print(f"result seconds={t1 - t0:.6f} cpu={c1 - c0:.6f}")


def w3_each(ipr, n):
    oif = ipr.link_lookup(ifname="veth0")[0]
    t0, c0 = now(), cpu_now()
    for i in range(n):
        ipr.route("add", dst=f"{11 + i // 65536}.{i // 256 % 256}.{i % 256}.0/24",
                  gateway="10.0.0.2", oif=oif, proto="boot")
    t1, c1 = now(), cpu_now()
    print(f"result seconds={t1 - t0:.6f} cpu={c1 - c0:.6f} count={n}")


def w5_listen(ipr, expected, idle_ms):
    """Events decoded by IPRoute.get(); a receive error (ENOBUFS) would surface as OSError."""
    ipr.bind(groups=RTMGRP_IPV4_ROUTE)
    print("ready", flush=True)
    c0 = cpu_now()
    delivered = overruns = 0
    wait = 60.0
    while delivered < expected:
        ready, _, _ = select.select([ipr.fileno()], [], [], wait)
        if not ready:
            break
        try:
            for msg in ipr.get():
                if msg["event"] == "RTM_NEWROUTE":
                    delivered += 1
                    wait = idle_ms / 1000
        except OSError as e:
            if e.errno == 105:
                overruns += 1
                continue
            raise
    print(f"result delivered={delivered} overruns={overruns} cpu={cpu_now() - c0:.6f}")


def w6(ipr, name, n, setup):
    index = ipr.link_lookup(ifname=name)[0]
    t = []
    c0 = cpu_now()
    for _ in range(n):
        if setup:
            ipr.link("set", index=index, state="down")
        t0 = now()
        if setup:
            ipr.link("set", index=index, state="up")
        else:
            ipr.link("get", ifname=name)
        t.append(now() - t0)
    cpu = (cpu_now() - c0) / n  # per iteration, W6_setup's untimed "down" included
    t.sort()
    print(f"result p50={t[n // 2]:.9f} p99={t[int(n * 0.99)]:.9f} cpu={cpu:.9f}")


def main(argv):
    if len(argv) < 2:
        print("usage: nlbench.py WORKLOAD ARGS (see peers/c/nlbench.c)", file=sys.stderr)
        return 2
    w, a = argv[1], argv[2:]
    with IPRoute() as ipr:
        try:
            if w == "w1":
                w1(ipr)
            elif w == "w2_create":
                w2_create(ipr, int(a[0]), int(a[1]), a[2] if len(a) > 2 else None)
            elif w == "w2_delete_each":
                w2_delete_each(ipr, int(a[0]))
            elif w == "w2_delete_group":
                w2_delete_group(ipr, int(a[0]))
            elif w == "w3_each":
                w3_each(ipr, int(a[0]))
            elif w == "w4":
                w4(ipr)
            elif w == "w5_listen":
                w5_listen(ipr, int(a[0]), int(a[1]))
            elif w == "w6_get":
                w6(ipr, a[0], int(a[1]), False)
            elif w == "w6_setup":
                w6(ipr, a[0], int(a[1]), True)
            else:
                print(f"nlbench.py: no {w}", file=sys.stderr)
                return 2
        except NetlinkError as e:
            print(f"nlbench.py: {w}: {e}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

// vishvananda/netlink: each workload of the comparison the way a Go program does it. Run
// inside the namespace under test (ip netns exec NS ...). Same command line and output as the
// C floor (peers/c/nlbench.c); w2_delete_group and w3_batched are missing because the library
// has no call for them (every request waits for its answer).
package main

import (
	"fmt"
	"net"
	"os"
	"sort"
	"strconv"
	"time"

	"github.com/vishvananda/netlink"
	"github.com/vishvananda/netlink/nl"
	"golang.org/x/sys/unix"
)

func check(err error, what string) {
	if err != nil {
		fmt.Fprintf(os.Stderr, "nlbench-go: %s: %v\n", what, err)
		os.Exit(1)
	}
}

// cpuNow is the process's CPU time (every thread, the runtime's included), in seconds.
func cpuNow() float64 {
	var ts unix.Timespec
	check(unix.ClockGettime(unix.CLOCK_PROCESS_CPUTIME_ID, &ts), "clock_gettime")
	return float64(ts.Sec) + float64(ts.Nsec)/1e9
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	check(err, s)
	return n
}

func w1() {
	t0, c0 := time.Now(), cpuNow()
	links, err := netlink.LinkList()
	d, cpu := time.Since(t0), cpuNow()-c0
	check(err, "LinkList")
	fmt.Printf("result seconds=%.6f cpu=%.6f count=%d\n", d.Seconds(), cpu, len(links))
}

func w4() {
	t0, c0 := time.Now(), cpuNow()
	routes, err := netlink.RouteListFiltered(netlink.FAMILY_V4, &netlink.Route{Table: unix.RT_TABLE_UNSPEC},
		netlink.RT_FILTER_TABLE)
	d, cpu := time.Since(t0), cpuNow()-c0
	check(err, "RouteListFiltered")
	fmt.Printf("result seconds=%.6f cpu=%.6f count=%d\n", d.Seconds(), cpu, len(routes))
}

func w2Create(n, group int, nspath string) {
	var ns interface{}
	if nspath != "" {
		fd, err := unix.Open(nspath, unix.O_RDONLY|unix.O_CLOEXEC, 0)
		check(err, nspath)
		ns = netlink.NsFd(fd)
	}
	t0, c0 := time.Now(), cpuNow()
	for i := 0; i < n; i++ {
		veth := &netlink.Veth{LinkAttrs: netlink.LinkAttrs{Name: fmt.Sprintf("v%d", i), Group: uint32(group)},
			PeerName: fmt.Sprintf("p%d", i), PeerNamespace: ns}
		check(netlink.LinkAdd(veth), "LinkAdd")
	}
	d, cpu := time.Since(t0), cpuNow()-c0
	fmt.Printf("result seconds=%.6f cpu=%.6f count=%d\n", d.Seconds(), cpu, n)
}

// LinkDel takes a Link with its index (else it looks the name up first): list them before.
func w2DeleteEach(n int) {
	all, err := netlink.LinkList()
	check(err, "LinkList")
	byName := map[string]netlink.Link{}
	for _, l := range all {
		byName[l.Attrs().Name] = l
	}
	t0, c0 := time.Now(), cpuNow()
	for i := 0; i < n; i++ {
		check(netlink.LinkDel(byName[fmt.Sprintf("v%d", i)]), "LinkDel")
	}
	d, cpu := time.Since(t0), cpuNow()-c0
	fmt.Printf("result seconds=%.6f cpu=%.6f count=%d\n", d.Seconds(), cpu, n)
}

func w3Each(n int) {
	veth0, err := netlink.LinkByName("veth0")
	check(err, "LinkByName veth0")
	gw := net.IPv4(10, 0, 0, 2)
	t0, c0 := time.Now(), cpuNow()
	for i := 0; i < n; i++ {
		dst := &net.IPNet{IP: net.IPv4(byte(11+i/65536), byte(i/256%256), byte(i%256), 0).To4(),
			Mask: net.CIDRMask(24, 32)}
		r := &netlink.Route{LinkIndex: veth0.Attrs().Index, Dst: dst, Gw: gw, Protocol: unix.RTPROT_BOOT}
		check(netlink.RouteAdd(r), "RouteAdd")
	}
	d, cpu := time.Since(t0), cpuNow()-c0
	fmt.Printf("result seconds=%.6f cpu=%.6f count=%d\n", d.Seconds(), cpu, n)
}

// The subscription reports a receive error (ENOBUFS) through ErrorCallback, then closes.
func w5Listen(expected int, idleMs int) {
	ch := make(chan netlink.RouteUpdate, 1024)
	done := make(chan struct{})
	overruns := 0
	errs := make(chan error, 16)
	check(netlink.RouteSubscribeWithOptions(ch, done, netlink.RouteSubscribeOptions{
		ErrorCallback: func(err error) { errs <- err },
	}), "RouteSubscribeWithOptions")
	fmt.Println("ready")
	c0 := cpuNow()
	delivered, closed := 0, 0
	wait := 60 * time.Second
loop:
	for delivered < expected {
		select {
		case u, ok := <-ch:
			if !ok {
				closed = 1
				break loop
			}
			if u.Type == unix.RTM_NEWROUTE {
				delivered++
				wait = time.Duration(idleMs) * time.Millisecond
			}
		case err := <-errs:
			fmt.Fprintf(os.Stderr, "nlbench-go: subscription error: %v\n", err)
			overruns++
		case <-time.After(wait):
			break loop
		}
	}
	for len(errs) > 0 {
		fmt.Fprintf(os.Stderr, "nlbench-go: subscription error: %v\n", <-errs)
		overruns++
	}
	fmt.Printf("result delivered=%d overruns=%d closed=%d cpu=%.6f\n", delivered, overruns, closed,
		cpuNow()-c0)
}

// w0 is timed from outside, process start to exit: one link, printed.
func w0(name string) {
	link, err := netlink.LinkByName(name)
	check(err, "LinkByName")
	a := link.Attrs()
	fmt.Printf("%d: %s: mtu %d state %s\n", a.Index, a.Name, a.MTU, a.OperState)
}

func w6(name string, n int, setup bool) {
	link, err := netlink.LinkByName(name)
	check(err, "LinkByName")
	t := make([]float64, n)
	c0 := cpuNow()
	for i := 0; i < n; i++ {
		if setup {
			check(netlink.LinkSetDown(link), "LinkSetDown")
		}
		t0 := time.Now()
		if setup {
			err = netlink.LinkSetUp(link)
		} else {
			_, err = netlink.LinkByName(name)
		}
		t[i] = time.Since(t0).Seconds()
		check(err, "operation")
	}
	cpu := (cpuNow() - c0) / float64(n) // per iteration, W6_setup's untimed "down" included
	sort.Float64s(t)
	fmt.Printf("result p50=%.9f p99=%.9f cpu=%.9f\n", t[n/2], t[int(float64(n)*0.99)], cpu)
}

// t1: what "tc filter add dev DEV parent 1: protocol ip prio 1 u32 match ip dst 10.x.y.z/32
// flowid 1:10" sends, n times, each request waiting for its answer.
func t1(dev string, n int) {
	link, err := netlink.LinkByName(dev)
	check(err, "LinkByName")
	t0, c0 := time.Now(), cpuNow()
	for i := 0; i < n; i++ {
		ip := uint32(0x0a000000 | i)
		// Val and Mask in network order, as the kernel compares them with the packet
		val := ip>>24 | ip>>8&0xff00 | ip<<8&0xff0000 | ip<<24
		f := &netlink.U32{
			FilterAttrs: netlink.FilterAttrs{LinkIndex: link.Attrs().Index, Parent: netlink.MakeHandle(1, 0),
				Priority: 1, Protocol: unix.ETH_P_IP},
			ClassId: netlink.MakeHandle(1, 0x10),
			Sel: &netlink.TcU32Sel{Flags: nl.TC_U32_TERMINAL, Nkeys: 1,
				Keys: []netlink.TcU32Key{{Mask: 0xffffffff, Val: val, Off: 16}}},
		}
		check(netlink.FilterAdd(f), "FilterAdd")
	}
	d, cpu := time.Since(t0), cpuNow()-c0
	fmt.Printf("result seconds=%.6f cpu=%.6f count=%d\n", d.Seconds(), cpu, n)
}

func t2(dev string) {
	link, err := netlink.LinkByName(dev)
	check(err, "LinkByName")
	t0, c0 := time.Now(), cpuNow()
	filters, err := netlink.FilterList(link, netlink.MakeHandle(1, 0))
	d, cpu := time.Since(t0), cpuNow()-c0
	check(err, "FilterList")
	fmt.Printf("result seconds=%.6f cpu=%.6f count=%d\n", d.Seconds(), cpu, len(filters))
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: nlbench-go WORKLOAD ARGS (see peers/c/nlbench.c)")
		os.Exit(2)
	}
	a := os.Args[2:]
	switch os.Args[1] {
	case "w0":
		w0(a[0])
	case "w1":
		w1()
	case "w2_create":
		ns := ""
		if len(a) > 2 {
			ns = a[2]
		}
		w2Create(atoi(a[0]), atoi(a[1]), ns)
	case "w2_delete_each":
		w2DeleteEach(atoi(a[0]))
	case "w3_each":
		w3Each(atoi(a[0]))
	case "w4":
		w4()
	case "w5_listen":
		w5Listen(atoi(a[0]), atoi(a[1]))
	case "w6_get":
		w6(a[0], atoi(a[1]), false)
	case "w6_setup":
		w6(a[0], atoi(a[1]), true)
	case "t1":
		t1(a[0], atoi(a[1]))
	case "t2":
		t2(a[0])
	default:
		fmt.Fprintf(os.Stderr, "nlbench-go: no %s\n", os.Args[1])
		os.Exit(2)
	}
}

// google/nftables: the nftables workloads of the comparison (N1, N2) the way a Go program
// (CNI plugins, kube-proxy's nftables mode) does them. Run inside the namespace under test
// (ip netns exec NS ...). Same command line and output as the C floor (nftbench.c):
//
//	nftbench-go n1 COUNT   table ip nat, chain docker, COUNT DNAT rules, one Flush
//	nftbench-go n2         GetRules(nat, docker): list and decode them
package main

import (
	"fmt"
	"os"
	"strconv"
	"syscall"
	"time"

	"github.com/google/nftables"
	"github.com/google/nftables/binaryutil"
	"github.com/google/nftables/expr"
	"golang.org/x/sys/unix"
)

func check(err error, what string) {
	if err != nil {
		fmt.Fprintf(os.Stderr, "nftbench-go: %s: %v\n", what, err)
		os.Exit(1)
	}
}

func cpu() float64 {
	var ru syscall.Rusage
	check(syscall.Getrusage(syscall.RUSAGE_SELF, &ru), "getrusage")
	return float64(ru.Utime.Sec) + float64(ru.Utime.Usec)/1e6 + float64(ru.Stime.Sec) + float64(ru.Stime.Usec)/1e6
}

func ifname(n string) []byte {
	b := make([]byte, 16)
	copy(b, n)
	return b
}

// iifname != "docker0" tcp dport PORT dnat to 172.17.0.2:80
func dnat(t *nftables.Table, c *nftables.Chain, port int) *nftables.Rule {
	return &nftables.Rule{Table: t, Chain: c, Exprs: []expr.Any{
		&expr.Meta{Key: expr.MetaKeyIIFNAME, Register: 1},
		&expr.Cmp{Op: expr.CmpOpNeq, Register: 1, Data: ifname("docker0")},
		&expr.Meta{Key: expr.MetaKeyL4PROTO, Register: 1},
		&expr.Cmp{Op: expr.CmpOpEq, Register: 1, Data: []byte{unix.IPPROTO_TCP}},
		&expr.Payload{DestRegister: 1, Base: expr.PayloadBaseTransportHeader, Offset: 2, Len: 2},
		&expr.Cmp{Op: expr.CmpOpEq, Register: 1, Data: binaryutil.BigEndian.PutUint16(uint16(port))},
		&expr.Immediate{Register: 1, Data: []byte{172, 17, 0, 2}},
		&expr.Immediate{Register: 2, Data: binaryutil.BigEndian.PutUint16(80)},
		&expr.NAT{Type: expr.NATTypeDestNAT, Family: unix.NFPROTO_IPV4, RegAddrMin: 1, RegProtoMin: 2},
	}}
}

func n1(count int) {
	t0, c0 := time.Now(), cpu()
	conn, err := nftables.New()
	check(err, "New")
	t := conn.AddTable(&nftables.Table{Family: nftables.TableFamilyIPv4, Name: "nat"})
	c := conn.AddChain(&nftables.Chain{Table: t, Name: "docker"})
	for i := 0; i < count; i++ {
		conn.AddRule(dnat(t, c, 10000+i))
	}
	check(conn.Flush(), "Flush")
	fmt.Printf("result seconds=%.9f cpu=%.9f\n", time.Since(t0).Seconds(), cpu()-c0)
}

func n2() {
	t0, c0 := time.Now(), cpu()
	conn, err := nftables.New()
	check(err, "New")
	t := &nftables.Table{Family: nftables.TableFamilyIPv4, Name: "nat"}
	rules, err := conn.GetRules(t, &nftables.Chain{Table: t, Name: "docker"})
	check(err, "GetRules")
	fmt.Printf("result seconds=%.9f cpu=%.9f rules=%d\n", time.Since(t0).Seconds(), cpu()-c0, len(rules))
}

func main() {
	if len(os.Args) == 3 && os.Args[1] == "n1" {
		n, err := strconv.Atoi(os.Args[2])
		check(err, os.Args[2])
		n1(n)
	} else if len(os.Args) == 2 && os.Args[1] == "n2" {
		n2()
	} else {
		fmt.Fprintln(os.Stderr, "usage: nftbench-go n1 COUNT | n2")
		os.Exit(2)
	}
}

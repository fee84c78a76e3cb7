package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcMsg;
import dev.jnetlink.codec.tc.TcObject;
import java.util.List;
import java.util.Objects;

/**
 * Queueing disciplines of one namespace: what {@code tc qdisc add/change/replace/del/show} do.
 * Obtained from {@link TrafficControl#qdiscs()}. Handles are {@code tc}'s text
 * ({@code root}, {@code 1:}, {@code 1:10}, {@code ingress}), checked before any request.
 */
public final class Qdiscs {
    private final TcRequests requests;

    Qdiscs(TcRequests requests) {
        this.requests = requests;
    }

    /**
     * Equivalent to {@code tc qdisc add dev DEV parent PARENT handle HANDLE KIND ...} (with
     * {@code parent root}: {@code tc qdisc add dev DEV root handle HANDLE ...}).
     *
     * @param dev the device
     * @param parent {@code root} or a class, e.g. {@code 1:10}
     * @param handle the new qdisc's handle, e.g. {@code 1:}; {@code none} lets the kernel choose
     * @param spec the kind and options
     * @throws IllegalArgumentException for a bad handle, before any request
     * @throws dev.jnetlink.socket.AlreadyExistsException if the parent already has a qdisc
     * @throws dev.jnetlink.socket.KernelLacksFeatureException if the kernel lacks the kind
     */
    public void add(String dev, String parent, String handle, QdiscSpec spec) {
        modify(Rtm.NEWQDISC, NlMsg.F_CREATE | NlMsg.F_EXCL, "add", dev, parent, handle, spec);
    }

    /**
     * Adds an {@code ingress} or {@code clsact} qdisc where they live ({@code ffff:} under
     * {@code ffff:fff1}). Equivalent to {@code tc qdisc add dev DEV ingress} or
     * {@code tc qdisc add dev DEV clsact}.
     *
     * @param dev the device
     * @param spec {@link Ingress#ingress()} or {@link Ingress#clsact()}
     */
    public void add(String dev, Ingress spec) {
        add(dev, "ingress", "ffff:", spec);
    }

    /**
     * Adds the qdisc, or replaces the one at that parent. Equivalent to
     * {@code tc qdisc replace dev DEV parent PARENT handle HANDLE KIND ...}.
     *
     * @param dev the device
     * @param parent {@code root} or a class
     * @param handle the qdisc's handle
     * @param spec the kind and options
     */
    public void replace(String dev, String parent, String handle, QdiscSpec spec) {
        modify(Rtm.NEWQDISC, NlMsg.F_CREATE | NlMsg.F_REPLACE, "replace", dev, parent, handle, spec);
    }

    /**
     * Changes an existing qdisc's options. Equivalent to
     * {@code tc qdisc change dev DEV parent PARENT handle HANDLE KIND ...}.
     *
     * @param dev the device
     * @param parent {@code root} or a class
     * @param handle the qdisc's handle
     * @param spec the kind (the qdisc's own) and its new options
     * @throws dev.jnetlink.socket.NotFoundException if there is no such qdisc
     */
    public void change(String dev, String parent, String handle, QdiscSpec spec) {
        modify(Rtm.NEWQDISC, 0, "change", dev, parent, handle, spec);
    }

    /**
     * Equivalent to {@code tc qdisc del dev DEV parent PARENT [handle HANDLE]} ({@code tc qdisc
     * del dev DEV root} with {@code root}; {@code ... ingress} with {@code ingress}).
     *
     * @param dev the device
     * @param parent {@code root}, {@code ingress} or a class
     * @param handle the qdisc's handle, or {@code none} for whichever is there
     * @throws dev.jnetlink.socket.NotFoundException if there is none
     */
    public void delete(String dev, String parent, String handle) {
        int p = TcHandle.parse(parent);
        int h = TcHandle.parse(handle);
        String object = "dev " + dev + " " + where(p) + (h == 0 ? "" : " handle " + TcHandle.format(h));
        int ifindex = requests.ifindex(dev);
        requests.execute(Rtm.DELQDISC, 0, object,
                TcObject.of(new TcMsg(0, ifindex, h, p, 0), null, null), null);
    }

    /**
     * Lists the qdiscs of every device, with statistics. Equivalent to {@code tc -s qdisc show}.
     *
     * @return the qdiscs
     */
    public List<TcObject> list() {
        return requests.dump(Rtm.GETQDISC, Rtm.NEWQDISC, new TcMsg(0, 0, 0, 0, 0), "qdisc show",
                q -> true);
    }

    /**
     * Equivalent to {@code tc -s qdisc show dev DEV}.
     *
     * @param dev the device
     * @return its qdiscs
     */
    public List<TcObject> list(String dev) {
        int ifindex = requests.ifindex(dev);
        return requests.dump(Rtm.GETQDISC, Rtm.NEWQDISC, new TcMsg(0, ifindex, 0, 0, 0),
                "qdisc show dev " + dev, q -> q.ifindex() == ifindex);
    }

    private void modify(int type, int flags, String verb, String dev, String parent,
            String handle, QdiscSpec spec) {
        Objects.requireNonNull(spec, "spec");
        int p = TcHandle.parse(parent);
        int h = TcHandle.parse(handle);
        String kind = spec.kind();
        boolean ingressKind = spec instanceof Ingress;
        if (TcHandle.minor(h) != 0) {
            throw new IllegalArgumentException("a qdisc handle has no minor number: \"" + handle
                    + "\" (use " + Integer.toHexString(TcHandle.major(h)) + ":)");
        }
        if (ingressKind != (p == TcHandle.INGRESS)) {
            throw new IllegalArgumentException(ingressKind
                    ? kind + " sits under ffff:fff1 (parent ingress), not " + TcHandle.format(p)
                    : "only ingress and clsact sit under ffff:fff1, not " + kind);
        }
        if (!ingressKind && h == TcHandle.INGRESS_QDISC) {
            throw new IllegalArgumentException("handle ffff: is ingress's and clsact's, not " + kind + "'s");
        }
        String object = "dev " + dev + " " + where(p) + " handle " + TcHandle.format(h) + " " + kind;
        int ifindex = requests.ifindex(dev);
        requests.execute(type, flags, object,
                TcObject.of(new TcMsg(0, ifindex, h, p, 0), kind, spec.options()),
                "qdisc " + kind + " (" + TcRequests.module(kind) + ")");
    }

    static String where(int parent) {
        return parent == TcHandle.ROOT ? "root" : parent == TcHandle.INGRESS ? "ingress"
                : "parent " + TcHandle.format(parent);
    }
}

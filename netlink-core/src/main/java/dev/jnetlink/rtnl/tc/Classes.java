package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.tc.QdiscKind;
import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcKinds;
import dev.jnetlink.codec.tc.TcMsg;
import dev.jnetlink.codec.tc.TcObject;
import java.util.List;
import java.util.Objects;

/**
 * Traffic classes of one namespace: what {@code tc class add/change/replace/del/show} do.
 * Obtained from {@link TrafficControl#classes()}.
 */
public final class Classes {
    private final TcRequests requests;
    private final Qdiscs qdiscs;

    Classes(TcRequests requests, Qdiscs qdiscs) {
        this.requests = requests;
        this.qdiscs = qdiscs;
    }

    /**
     * Equivalent to {@code tc class add dev DEV parent PARENT classid CLASSID KIND ...}. Before
     * sending, it reads the device's qdiscs and refuses a class under a qdisc that takes none
     * (tbf, netem, prio, the fifos).
     *
     * @param dev the device
     * @param parent the qdisc ({@code 1:}) or class ({@code 1:1}) above it
     * @param classId the new class, e.g. {@code 1:10}: same major as the parent, minor not 0
     * @param spec the kind and options ({@link Htb#rate(long)})
     * @throws IllegalArgumentException for bad handles or a classless parent qdisc
     * @throws dev.jnetlink.socket.AlreadyExistsException if the class exists
     */
    public void add(String dev, String parent, String classId, ClassSpec spec) {
        modify(Rtm.NEWTCLASS, NlMsg.F_CREATE | NlMsg.F_EXCL, dev, parent, classId, spec);
    }

    /**
     * Equivalent to {@code tc class replace dev DEV parent PARENT classid CLASSID KIND ...}.
     *
     * @param dev the device
     * @param parent the qdisc or class above it
     * @param classId the class
     * @param spec the kind and options
     */
    public void replace(String dev, String parent, String classId, ClassSpec spec) {
        modify(Rtm.NEWTCLASS, NlMsg.F_CREATE | NlMsg.F_REPLACE, dev, parent, classId, spec);
    }

    /**
     * Equivalent to {@code tc class change dev DEV parent PARENT classid CLASSID KIND ...}.
     *
     * @param dev the device
     * @param parent the qdisc or class above it
     * @param classId the class
     * @param spec the kind and its new options
     */
    public void change(String dev, String parent, String classId, ClassSpec spec) {
        modify(Rtm.NEWTCLASS, 0, dev, parent, classId, spec);
    }

    /**
     * Equivalent to {@code tc class del dev DEV classid CLASSID}.
     *
     * @param dev the device
     * @param classId the class
     * @throws dev.jnetlink.socket.NotFoundException if there is none
     */
    public void delete(String dev, String classId) {
        int c = TcHandle.parse(classId);
        int ifindex = requests.ifindex(dev);
        requests.execute(Rtm.DELTCLASS, 0, "dev " + dev + " classid " + TcHandle.format(c),
                TcObject.of(new TcMsg(0, ifindex, c, 0, 0), null, null), null);
    }

    /**
     * Equivalent to {@code tc -s class show dev DEV}.
     *
     * @param dev the device
     * @return its classes, with statistics
     */
    public List<TcObject> list(String dev) {
        int ifindex = requests.ifindex(dev);
        return requests.dump(Rtm.GETTCLASS, Rtm.NEWTCLASS, new TcMsg(0, ifindex, 0, 0, 0),
                "class show dev " + dev, c -> c.ifindex() == ifindex);
    }

    private void modify(int type, int flags, String dev, String parent, String classId,
            ClassSpec spec) {
        Objects.requireNonNull(spec, "spec");
        int p = TcHandle.parse(parent);
        int c = TcHandle.parse(classId);
        if (TcHandle.minor(c) == 0 || TcHandle.major(c) == 0) {
            throw new IllegalArgumentException("a class id needs a major and a minor number, got \""
                    + classId + "\"");
        }
        if (p == TcHandle.ROOT || p == TcHandle.INGRESS || TcHandle.major(p) != TcHandle.major(c)) {
            throw new IllegalArgumentException("class " + TcHandle.format(c) + " must sit under its qdisc "
                    + Integer.toHexString(TcHandle.major(c)) + ": or one of its classes, not "
                    + TcHandle.format(p));
        }
        int qdiscHandle = TcHandle.of(TcHandle.major(c), 0);
        for (TcObject q : qdiscs.list(dev)) {
            if (q.handle() == qdiscHandle) {
                QdiscKind k = TcKinds.qdisc(q.kind());
                if (k != null && !k.acceptsClasses()) {
                    throw new IllegalArgumentException("class " + TcHandle.format(c) + " on " + dev
                            + ": qdisc " + TcHandle.format(qdiscHandle) + " is " + q.kind()
                            + ", which takes no classes");
                }
                if (q.kind() != null && !q.kind().equals(spec.kind())) {
                    throw new IllegalArgumentException("class " + TcHandle.format(c) + " on " + dev
                            + " is " + spec.kind() + " but qdisc " + TcHandle.format(qdiscHandle)
                            + " is " + q.kind());
                }
            }
        }
        String object = "dev " + dev + " parent " + TcHandle.format(p) + " classid "
                + TcHandle.format(c) + " " + spec.kind();
        int ifindex = requests.ifindex(dev);
        requests.execute(type, flags, object,
                TcObject.of(new TcMsg(0, ifindex, c, p, 0), spec.kind(), spec.options()),
                "qdisc " + spec.kind() + " (" + TcRequests.module(spec.kind()) + ")");
    }
}

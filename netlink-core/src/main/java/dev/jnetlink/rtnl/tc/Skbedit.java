package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.tc.ActionControl;
import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.SkbeditOptions;
import dev.jnetlink.codec.tc.kind.TcGen;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * The skbedit action, editing the packet's metadata: {@code action skbedit [queue_mapping
 * QUEUE] [priority CLASSID] [mark MARK[/MASK]] [ptype (host | broadcast | multicast |
 * otherhost)] [CONTROL]}, {@code pipe} by default. The request is what iproute2 6.1's
 * {@code m_skbedit.c} sends.
 */
public final class Skbedit implements ActionSpec {
    private Integer queueMapping;
    private Integer priority;
    private Integer mark;
    private Integer mask;
    private Integer ptype;
    private ActionControl control = ActionControl.PIPE;

    private Skbedit() {
    }

    /** @return an action with nothing set yet; set at least one thing */
    public static Skbedit set() {
        return new Skbedit();
    }

    /** @param queue the transmit queue, 0 to 65535 ({@code queue_mapping 2}) @return this action */
    public Skbedit queueMapping(int queue) {
        if (queue < 0 || queue > 0xffff) {
            throw new IllegalArgumentException("skbedit queue_mapping must be 0 to 65535, got " + queue);
        }
        queueMapping = queue;
        return this;
    }

    /** @param classId the priority, a class handle ({@code priority 1:10}) @return this action */
    public Skbedit priority(String classId) {
        priority = TcHandle.parse(classId);
        return this;
    }

    /** @param mark the firewall mark ({@code mark 5}) @return this action */
    public Skbedit mark(int mark) {
        this.mark = mark;
        this.mask = null;
        return this;
    }

    /**
     * @param mark the bits to set
     * @param mask the bits of the mark changed ({@code mark 5/0xff})
     * @return this action
     */
    public Skbedit mark(int mark, int mask) {
        if ((mark & ~mask) != 0) {
            throw new IllegalArgumentException("skbedit mark 0x" + Integer.toHexString(mark)
                    + " has bits outside its mask 0x" + Integer.toHexString(mask));
        }
        this.mark = mark;
        this.mask = mask;
        return this;
    }

    /**
     * @param packetType {@link SkbeditOptions#PACKET_HOST} ({@code ptype host}),
     *     {@code PACKET_BROADCAST}, {@code PACKET_MULTICAST} or {@code PACKET_OTHERHOST}
     * @return this action
     */
    public Skbedit ptype(int packetType) {
        if (packetType < SkbeditOptions.PACKET_HOST || packetType > SkbeditOptions.PACKET_OTHERHOST) {
            throw new IllegalArgumentException("skbedit ptype must be host (0), broadcast (1), multicast (2)"
                    + " or otherhost (3), got " + packetType);
        }
        ptype = packetType;
        return this;
    }

    /** @param control the verdict after editing ({@code pipe} unless set) @return this action */
    public Skbedit then(ActionControl control) {
        this.control = Objects.requireNonNull(control, "control");
        return this;
    }

    @Override
    public String kind() {
        return "skbedit";
    }

    /** @throws IllegalArgumentException if nothing is set, as {@code tc} refuses it */
    @Override
    public TcOptions options(ToIntFunction<String> ifindex) {
        if (queueMapping == null && priority == null && mark == null && ptype == null) {
            throw new IllegalArgumentException("skbedit needs queue_mapping, priority, mark or ptype");
        }
        return new SkbeditOptions(TcGen.of(control.value()), priority, queueMapping, mark, ptype, mask,
                null, null, null, List.of());
    }
}

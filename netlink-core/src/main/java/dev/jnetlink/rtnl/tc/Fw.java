package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.tc.TcHandle;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.FwOptions;
import dev.jnetlink.rtnl.InterfaceNames;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The fw classifier, matching the packet's firewall mark: {@code tc filter add ... handle
 * MARK[/MASK] fw [classid CLASSID] [indev DEV] [action ...]}. The mark is the filter's handle.
 * The request is what iproute2 6.1's {@code f_fw.c} sends.
 */
public final class Fw implements FilterSpec {
    private final int mark;
    private final Integer mask;
    private Integer classId;
    private String indev;
    private final List<ActionSpec> actions = new ArrayList<>();

    private Fw(int mark, Integer mask) {
        if (mark == 0) {
            throw new IllegalArgumentException("fw needs a mark other than 0 (handle MARK fw)");
        }
        this.mark = mark;
        this.mask = mask;
    }

    /** @param mark the firewall mark ({@code handle 5 fw}) @return the filter */
    public static Fw mark(int mark) {
        return new Fw(mark, null);
    }

    /**
     * @param mark the firewall mark
     * @param mask the bits of the mark compared ({@code handle 5/0xff fw})
     * @return the filter
     */
    public static Fw mark(int mark, int mask) {
        if ((mark & ~mask) != 0) {
            throw new IllegalArgumentException("fw mark 0x" + Integer.toHexString(mark)
                    + " has bits outside its mask 0x" + Integer.toHexString(mask));
        }
        return new Fw(mark, mask);
    }

    /** @param classId the class packets go to ({@code classid 1:10}) @return this filter */
    public Fw classid(String classId) {
        this.classId = TcHandle.parse(classId);
        return this;
    }

    /** @param device only packets received on it ({@code indev eth0}) @return this filter */
    public Fw indev(String device) {
        InterfaceNames.validate(device);
        this.indev = device;
        return this;
    }

    /** @param action an action to run on matching packets @return this filter */
    public Fw action(ActionSpec action) {
        actions.add(java.util.Objects.requireNonNull(action, "action"));
        return this;
    }

    @Override
    public String kind() {
        return "fw";
    }

    @Override
    public int handle() {
        return mark;
    }

    @Override
    public List<ActionSpec> actions() {
        return List.copyOf(actions);
    }

    @Override
    public TcOptions options(ToIntFunction<String> ifindex) {
        if (classId == null && indev == null && actions.isEmpty()) {
            return null;
        }
        return new FwOptions(classId, indev, mask, null, Actions.of(actions, ifindex), List.of());
    }
}

package dev.jnetlink.codec.neigh;

import java.util.ArrayList;
import java.util.List;

/**
 * A neighbour entry's state ({@code NUD_*}, {@code ndm_state}): a bit set, normally one bit.
 * An open set: any value has a {@code NeighbourState}.
 *
 * @param bits the {@code NUD_*} bits
 */
public record NeighbourState(int bits) {
    /** {@code NUD_NONE} (0). */
    public static final NeighbourState NONE = new NeighbourState(0);
    /** {@code NUD_INCOMPLETE}: resolution in progress. */
    public static final NeighbourState INCOMPLETE = new NeighbourState(0x01);
    /** {@code NUD_REACHABLE}: confirmed reachable recently. */
    public static final NeighbourState REACHABLE = new NeighbourState(0x02);
    /** {@code NUD_STALE}: valid but to be confirmed before use. */
    public static final NeighbourState STALE = new NeighbourState(0x04);
    /** {@code NUD_DELAY}. */
    public static final NeighbourState DELAY = new NeighbourState(0x08);
    /** {@code NUD_PROBE}. */
    public static final NeighbourState PROBE = new NeighbourState(0x10);
    /** {@code NUD_FAILED}: resolution failed. */
    public static final NeighbourState FAILED = new NeighbourState(0x20);
    /** {@code NUD_NOARP}: valid, never resolved (multicast, point-to-point). */
    public static final NeighbourState NOARP = new NeighbourState(0x40);
    /** {@code NUD_PERMANENT}: static, never expires or is garbage-collected. */
    public static final NeighbourState PERMANENT = new NeighbourState(0x80);

    private static final String[] NAMES = {"INCOMPLETE", "REACHABLE", "STALE", "DELAY", "PROBE",
        "FAILED", "NOARP", "PERMANENT"};

    /**
     * @param bits 0 to 0xffff
     * @throws IllegalArgumentException if out of range
     */
    public NeighbourState {
        if (bits < 0 || bits > 0xffff) {
            throw new IllegalArgumentException("neighbour state must be 16 bits, got " + bits);
        }
    }

    /**
     * @param bits {@code NUD_*} bits
     * @return the state
     */
    public static NeighbourState of(int bits) {
        return switch (bits) {
            case 0x02 -> REACHABLE;
            case 0x04 -> STALE;
            case 0x80 -> PERMANENT;
            default -> new NeighbourState(bits);
        };
    }

    /**
     * @param name {@code permanent}, {@code noarp}, {@code reachable}, {@code stale},
     *     {@code none}, {@code incomplete}, {@code delay}, {@code probe}, {@code failed}
     *     (any case), as {@code ip neigh ... nud} takes them
     * @return the state
     * @throws IllegalArgumentException for another name
     */
    public static NeighbourState parse(String name) {
        String n = name.toUpperCase(java.util.Locale.ROOT);
        if (n.equals("NONE")) {
            return NONE;
        }
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(n)) {
                return of(1 << i);
            }
        }
        throw new IllegalArgumentException("unknown neighbour state \"" + name + "\": use permanent, "
                + "noarp, reachable, stale, none, incomplete, delay, probe or failed");
    }

    /**
     * @param other some bits
     * @return true if any of them is set
     */
    public boolean has(NeighbourState other) {
        return (bits & other.bits) != 0;
    }

    /** @return the names {@code ip neigh} prints for the set bits ({@code ["PERMANENT"]}) */
    public List<String> names() {
        List<String> out = new ArrayList<>(1);
        for (int i = 0; i < NAMES.length; i++) {
            if ((bits & (1 << i)) != 0) {
                out.add(NAMES[i]);
            }
        }
        if ((bits & ~0xff) != 0) {
            out.add("0x" + Integer.toHexString(bits & ~0xff));
        }
        return out;
    }

    @Override
    public String toString() {
        return bits == 0 ? "NONE" : String.join(" ", names());
    }
}

package dev.jnetlink.bridge;

import dev.jnetlink.codec.neigh.NeighbourState;

/**
 * The kind of FDB entry to add ({@code bridge fdb add ... permanent|static|dynamic}), as the
 * {@code ndm_state} iproute2 sends for it.
 */
public enum FdbState {
    /** {@code permanent} (or {@code local}): an address of the bridge itself; never ages. */
    PERMANENT(NeighbourState.NOARP.bits() | NeighbourState.PERMANENT.bits()),
    /** {@code static}: forwarded to the port, never ages. */
    STATIC(NeighbourState.NOARP.bits() | NeighbourState.REACHABLE.bits()),
    /** {@code dynamic}: forwarded to the port, ages like a learned entry. */
    DYNAMIC(NeighbourState.REACHABLE.bits());

    private final int nud;

    FdbState(int nud) {
        this.nud = nud;
    }

    /** @return the {@code NUD_*} bits sent in {@code ndm_state} */
    public int nud() {
        return nud;
    }
}

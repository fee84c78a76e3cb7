package dev.jnetlink.bridge;

import dev.jnetlink.bridge.codec.FdbEntry;

/**
 * The kind of FDB entry to add ({@code bridge fdb add ... permanent|static|dynamic}), as the
 * {@code ndm_state} iproute2 sends for it.
 */
public enum FdbState {
    /** {@code permanent} (or {@code local}): an address of the bridge itself; never ages. */
    PERMANENT(FdbEntry.NUD_NOARP | FdbEntry.NUD_PERMANENT),
    /** {@code static}: forwarded to the port, never ages. */
    STATIC(FdbEntry.NUD_NOARP | FdbEntry.NUD_REACHABLE),
    /** {@code dynamic}: forwarded to the port, ages like a learned entry. */
    DYNAMIC(FdbEntry.NUD_REACHABLE);

    private final int nud;

    FdbState(int nud) {
        this.nud = nud;
    }

    /** @return the {@code NUD_*} bits sent in {@code ndm_state} */
    public int nud() {
        return nud;
    }
}

package dev.jnetlink.examples;

/**
 * Something a walkthrough shows that is not a reachability check, verified by the program
 * (e.g. "the ipvlan sub-interfaces share the parent's MAC").
 *
 * @param claim what should hold, in the walkthrough's terms
 * @param holds true if it does
 */
public record Fact(String claim, boolean holds) {
}

package dev.jnetlink.examples;

/**
 * One walkthrough reproduced with the library: its subcommand name, what it shows, the seed
 * post it follows, its options, and the program.
 */
public interface Scenario {
    /** @return the subcommand, e.g. {@code r1r2} */
    String name();

    /** @return one line: what the scenario builds and proves */
    String summary();

    /** @return the walkthrough it follows, e.g. {@code seeds/003, section 三} */
    String source();

    /**
     * Declares the options (with the walkthrough's values as defaults). Every scenario also
     * gets {@code --keep} and {@code --prefix}.
     *
     * @param options to declare into
     */
    void declare(Options options);

    /**
     * Runs the walkthrough: every step through {@code walk}, which prints it, records what to
     * undo and the reachability checks.
     *
     * @param walk the walkthrough context
     * @param options the parsed options
     * @throws Exception a step that failed; the walkthrough still cleans up
     */
    void run(Walkthrough walk, Options options) throws Exception;
}

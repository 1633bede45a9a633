package io.github.councilplan.cli;

/** The exit codes of the {@code plan} command line. */
final class ExitCodes {
    /** Every file checked is valid. */
    static final int VALID = 0;
    /** At least one file is invalid (with {@code --strict}, has a warning). */
    static final int INVALID = 1;
    /** The element asked for is not in the plan, or a number names several elements. */
    static final int NOT_FOUND = 1;
    /**
     * The command line is wrong, a file cannot be read, or something else failed; wins over
     * {@link #INVALID}.
     */
    static final int CANNOT_CHECK = 2;

    private ExitCodes() {}
}

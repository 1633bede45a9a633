package io.github.councilplan.schema;

/** How serious a {@link Problem} is. */
public enum Severity {
    /** The document is not a valid plan. */
    ERROR,
    /** The document is valid, but something in it is suspicious. */
    WARNING;

    /**
     * Returns the severity in lower case, as the command line prints it.
     *
     * @return {@code "error"} or {@code "warning"}, not null
     */
    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}

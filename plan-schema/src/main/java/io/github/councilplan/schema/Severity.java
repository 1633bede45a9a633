package io.github.councilplan.schema;

/** How serious a {@link Problem} is. */
public enum Severity {
    /** The document is not a valid plan. */
    ERROR,
    /** The document is valid, but something in it is suspicious or incomplete. */
    WARNING,
    /**
     * A fact about the check rather than the document: something the validator could not check
     * with what it was given, such as links into a related plan whose document was not given.
     * A note never makes a document invalid, even when warnings do.
     */
    NOTE;

    /**
     * Returns the severity in lower case, as the command line prints it.
     *
     * @return {@code "error"}, {@code "warning"} or {@code "note"}, not null
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package io.github.councilplan.cli;

/** A plan document named on the command line cannot be read: it is missing, a directory, or unreadable. */
final class UnreadableFileException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param reason why the file cannot be read, in a few words, such as {@code "no such file"}
     */
    UnreadableFileException(String reason) {
        super(reason, null, false, false);
    }

    /** Returns why the file cannot be read. */
    String reason() {
        return getMessage();
    }
}

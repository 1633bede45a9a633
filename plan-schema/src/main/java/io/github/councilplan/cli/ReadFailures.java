package io.github.councilplan.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Says in a few words why a file could not be read. */
final class ReadFailures {
    private ReadFailures() {}

    /** Returns the reason {@code e} gives, such as {@code "no such file"}. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return InternalErrorHandler.oneLine(((FileSystemException) e).getReason());
        }
        String message = e.getMessage();
        return message == null || message.isBlank()
                ? e.getClass().getSimpleName() : InternalErrorHandler.oneLine(message);
    }
}

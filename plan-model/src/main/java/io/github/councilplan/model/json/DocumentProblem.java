package io.github.councilplan.model.json;

import io.github.councilplan.model.PlanStyle;
import org.immutables.value.Value;

/**
 * Why a plan document could not be read into a plan, located: a stable code (one of the
 * validator's problem codes, such as {@code "syntax.malformed"} or {@code "model.invalid"}), a
 * message for people, the JSON pointer of the value at fault ({@code ""} for the whole document)
 * and the 1-based line and column in the source where it starts.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
public abstract class DocumentProblem {
    DocumentProblem() {}

    /**
     * Obtains a problem.
     *
     * @param code the problem code, not null
     * @param message the message, not null
     * @param pointer the JSON pointer of the value at fault, not null
     * @param line the 1-based line
     * @param column the 1-based column
     * @return the problem, not null
     * @throws IllegalArgumentException if {@code line} or {@code column} is less than 1
     * @throws NullPointerException if an object argument is null
     */
    public static DocumentProblem of(String code, String message, String pointer, int line, int column) {
        return ImmutableDocumentProblem.of(code, message, pointer, line, column);
    }

    /**
     * Returns the problem's stable code, one of the validator's problem codes.
     *
     * @return the code, not null
     */
    @Value.Parameter
    public abstract String code();

    /**
     * Returns a message for people, naming the element concerned where there is one.
     *
     * @return the message, not null
     */
    @Value.Parameter
    public abstract String message();

    /**
     * Returns the JSON pointer (RFC 6901) of the value at fault, {@code ""} for the whole document.
     *
     * @return the pointer, not null
     */
    @Value.Parameter
    public abstract String pointer();

    /**
     * Returns the 1-based line in the source where the value at fault starts.
     *
     * @return the line, at least 1
     */
    @Value.Parameter
    public abstract int line();

    /**
     * Returns the 1-based column in the source where the value at fault starts.
     *
     * @return the column, at least 1
     */
    @Value.Parameter
    public abstract int column();

    /**
     * Returns this problem located elsewhere in the source.
     *
     * @param line the 1-based line
     * @param column the 1-based column
     * @return the problem at that place, not null
     * @throws IllegalArgumentException if {@code line} or {@code column} is less than 1
     */
    public DocumentProblem at(int line, int column) {
        return of(code(), message(), pointer(), line, column);
    }

    @Value.Check
    void check() {
        if (line() < 1) {
            throw new IllegalArgumentException("line: expected 1 or more, was " + line());
        }
        if (column() < 1) {
            throw new IllegalArgumentException("column: expected 1 or more, was " + column());
        }
    }

    /**
     * Returns the problem as {@code LINE:COLUMN: CODE: MESSAGE}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return line() + ":" + column() + ": " + code() + ": " + message();
    }
}

package io.github.councilplan.schema;

import io.github.councilplan.model.PlanStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing wrong with a plan document, located: a stable {@link ProblemCode}, a
 * {@link Severity}, a message that names the element concerned, the JSON pointer of the value at
 * fault (the empty string for the whole document) and the line and column in the source where it
 * starts (1-based; for a property that is missing, where its object starts). Schema problems
 * also carry the schema keyword and schema location that failed.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
public abstract class Problem {
    Problem() {}

    /**
     * Obtains a problem with the code's own severity.
     *
     * @param code the code, not null
     * @param message the message, not null
     * @param pointer the JSON pointer of the value at fault, not null
     * @param line the 1-based line
     * @param column the 1-based column
     * @return the problem, not null
     * @throws IllegalArgumentException if line or column is less than 1
     * @throws NullPointerException if an object argument is null
     */
    public static Problem of(ProblemCode code, String message, String pointer, int line, int column) {
        return ImmutableProblem.builder().code(code).severity(code.severity()).message(message).pointer(pointer)
                .line(line).column(column).build();
    }

    /**
     * Obtains a problem of the plan rules that covers several values of the document, such as the
     * one warning for every text that lacks a partially translated language.
     *
     * @param code the code, which gives the severity; not null
     * @param message the message, not null
     * @param pointer the JSON pointer of the value the problem is located at, not null
     * @param line the 1-based line of that value
     * @param column the 1-based column of that value
     * @param related the JSON pointers of every value the problem covers, in document order; not null
     * @return the problem, not null
     * @throws NullPointerException if an argument is null, or {@code related} holds null
     * @throws IllegalArgumentException if {@code line} or {@code column} is less than 1
     */
    public static Problem of(ProblemCode code, String message, String pointer, int line, int column,
            List<String> related) {
        return ImmutableProblem.builder().code(code).severity(code.severity()).message(message).pointer(pointer)
                .line(line).column(column).related(Objects.requireNonNull(related, "related")).build();
    }

    /**
     * Obtains a problem found by the JSON Schema.
     *
     * @param code the code, not null
     * @param message the message, not null
     * @param pointer the JSON pointer of the value at fault, not null
     * @param line the 1-based line
     * @param column the 1-based column
     * @param keyword the JSON Schema keyword that failed, not null
     * @param schemaLocation the location of the failing keyword in the schema, not null
     * @return the problem, not null
     * @throws IllegalArgumentException if line or column is less than 1
     * @throws NullPointerException if an object argument is null
     */
    public static Problem ofSchema(ProblemCode code, String message, String pointer, int line, int column,
            String keyword, String schemaLocation) {
        return ImmutableProblem.builder().code(code).severity(code.severity()).message(message).pointer(pointer)
                .line(line).column(column).keyword(Objects.requireNonNull(keyword, "keyword"))
                .schemaLocation(Objects.requireNonNull(schemaLocation, "schemaLocation")).build();
    }

    /**
     * Returns this problem with its message cut to at most {@code maxLength} characters, ending
     * in {@code "..."} when cut (a surrogate pair is never split); this problem itself when its
     * message is no longer.
     */
    Problem withMessageCut(int maxLength) {
        String message = message();
        if (message.length() <= maxLength) {
            return this;
        }
        int end = maxLength - 3;
        if (Character.isLowSurrogate(message.charAt(end)) && Character.isHighSurrogate(message.charAt(end - 1))) {
            end--;
        }
        return ImmutableProblem.builder().from(this).message(message.substring(0, end) + "...").build();
    }

    /**
     * Returns the problem's stable code.
     *
     * @return the code, not null
     */
    public abstract ProblemCode code();

    /**
     * Returns how serious the problem is.
     *
     * @return the severity, not null
     */
    public abstract Severity severity();

    /**
     * Returns a message for people, naming the element concerned where there is one
     * ({@code "deliverable 1.2.3: ..."}).
     *
     * @return the message, not null
     */
    public abstract String message();

    /**
     * Returns the JSON pointer (RFC 6901) of the value at fault: {@code "/themes/0/priorities/1"},
     * or {@code ""} for the whole document.
     *
     * @return the pointer, not null
     */
    public abstract String pointer();

    /**
     * Returns the 1-based line in the source where the value at fault starts.
     *
     * @return the line, at least 1
     */
    public abstract int line();

    /**
     * Returns the 1-based column in the source where the value at fault starts.
     *
     * @return the column, at least 1
     */
    public abstract int column();

    /**
     * Returns the JSON Schema keyword that failed, for schema problems.
     *
     * @return the keyword, or empty for other layers; not null
     */
    public abstract Optional<String> keyword();

    /**
     * Returns where in the schema the failing keyword is, for schema problems.
     *
     * @return the schema location, or empty for other layers; not null
     */
    public abstract Optional<String> schemaLocation();

    /**
     * Returns the JSON pointers of every value this problem covers, for a problem of the rules
     * that stands for many (a partially translated language's missing texts).
     *
     * @return an unmodifiable list in document order, empty for a problem of one value; not null
     */
    public abstract List<String> related();

    @Value.Check
    void check() {
        if (line() < 1 || column() < 1) {
            throw new IllegalArgumentException("line and column: expected 1 or more, was " + line() + ":" + column());
        }
    }

    /**
     * Returns the problem as {@code LINE:COLUMN: SEVERITY CODE: MESSAGE}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return line() + ":" + column() + ": " + severity().label() + " " + code().code() + ": " + message();
    }
}

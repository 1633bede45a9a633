package io.github.councilplan.model;

import java.util.Objects;

/**
 * A break of one of the model's rules in a document's values, for rules that the model checks
 * when an object is built and the validator reports, located, in documents that may not build:
 * the field at fault and what is wrong with it. See {@link Edition#violations}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Violation {
    private final String field;
    private final String message;

    private Violation(String field, String message) {
        this.field = field;
        this.message = message;
    }

    /**
     * Obtains a violation.
     *
     * @param field the field at fault, relative to the object checked, such as {@code "supersededBy"};
     *     not null
     * @param message what is wrong, not null
     * @return the violation, not null
     */
    public static Violation of(String field, String message) {
        return new Violation(Objects.requireNonNull(field, "field"), Objects.requireNonNull(message, "message"));
    }

    /**
     * Returns the field at fault, relative to the object checked.
     *
     * @return the field, not null
     */
    public String field() {
        return field;
    }

    /**
     * Returns what is wrong.
     *
     * @return the message, not null
     */
    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Violation && field.equals(((Violation) other).field)
                && message.equals(((Violation) other).message);
    }

    @Override
    public int hashCode() {
        return field.hashCode() * 31 + message.hashCode();
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}

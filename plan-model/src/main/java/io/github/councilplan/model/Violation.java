package io.github.councilplan.model;

import org.immutables.value.Value;

/**
 * A break of one of the model's rules in a document's values, for rules that the model checks
 * when an object is built and the validator reports, located, in documents that may not build:
 * the field at fault and what is wrong with it. See {@link Edition#violations}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
public abstract class Violation {
    Violation() {}

    /**
     * Obtains a violation.
     *
     * @param field the field at fault, relative to the object checked, such as {@code "supersededBy"};
     *     not null
     * @param message what is wrong, not null
     * @return the violation, not null
     * @throws NullPointerException if an argument is null
     */
    public static Violation of(String field, String message) {
        return ImmutableViolation.of(field, message);
    }

    /**
     * Returns the field at fault, relative to the object checked.
     *
     * @return the field, not null
     */
    @Value.Parameter
    public abstract String field();

    /**
     * Returns what is wrong.
     *
     * @return the message, not null
     */
    @Value.Parameter
    public abstract String message();

    /**
     * Describes the violation as {@code "field: message"}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return field() + ": " + message();
    }
}

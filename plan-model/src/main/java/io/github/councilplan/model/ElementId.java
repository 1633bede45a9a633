package io.github.councilplan.model;

import io.github.councilplan.model.message.ShownValue;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The stable identity of a plan element, such as {@code "enabling"}, {@code "d-1.2.2"} or
 * {@code "KPI-017"}.
 *
 * <p>An id is what links, owners and other systems refer to, and it survives renumbering and
 * rewording at an annual review; it is deliberately separate from the {@link DisplayNumber} a
 * plan prints. An id is 1 to 100 characters: a letter or digit, then letters, digits, {@code .},
 * {@code _}, {@code :} or {@code -}. Ids are case-sensitive.
 *
 * <p>Ids order naturally: runs of digits compare by value, so {@code "p1.9"} comes before
 * {@code "p1.10"}. The order is consistent with {@link #equals(Object)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ElementId implements Comparable<ElementId> {
    /** The longest id accepted, in characters. */
    public static final int MAX_LENGTH = 100;

    private final String value;

    private ElementId(String value) {
        this.value = value;
    }

    /**
     * Obtains an id from its text.
     *
     * @param value the id's text, not null
     * @return the id, not null
     * @throws IllegalArgumentException if {@code value} is not a valid id; the message names the
     *     bad value and the expected form
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static ElementId of(String value) {
        Objects.requireNonNull(value, "id");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("id: " + ShownValue.of(value) + " is not a valid element id: expected"
                    + " 1 to " + MAX_LENGTH + " characters, a letter or digit followed by letters, digits,"
                    + " '.', '_', ':' or '-'");
        }
        return new ElementId(value);
    }

    /**
     * Tells whether text is an id's: 1 to {@link #MAX_LENGTH} characters, an ASCII letter or digit
     * followed by ASCII letters, digits, {@code .}, {@code _}, {@code :} or {@code -} (the schema's
     * pattern {@code [A-Za-z0-9][A-Za-z0-9._:-]{0,99}}). Checked by hand, not by a regular
     * expression: a plan has an id on every element, and a matcher for each is most of the cost.
     */
    private static boolean isWellFormed(String value) {
        int length = value.length();
        if (length == 0 || length > MAX_LENGTH || !isLetterOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = value.charAt(i);
            if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetterOrDigit(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /**
     * Obtains an id from its text; a synonym of {@link #of(String)} in the style of
     * {@code java.time}.
     *
     * @param text the id's text, not null
     * @return the id, not null
     * @throws IllegalArgumentException if {@code text} is not a valid id
     * @throws NullPointerException if {@code text} is null
     */
    public static ElementId parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return of(text.toString());
    }

    /**
     * Returns the id's text, exactly as given.
     *
     * @return the text, not null
     */
    @JsonValue
    public String value() {
        return value;
    }

    /**
     * Compares ids in natural order (digit runs by numeric value).
     *
     * @param other the other id, not null
     * @return negative, zero or positive as this id sorts before, with or after {@code other}
     */
    @Override
    public int compareTo(ElementId other) {
        return NaturalOrder.compare(value, other.value);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof ElementId && value.equals(((ElementId) other).value));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the id's text, so that {@code ElementId.parse(id.toString())} equals {@code id}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return value;
    }
}

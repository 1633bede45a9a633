package io.github.councilplan.model;

import io.github.councilplan.model.message.ShownValue;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The number a plan prints beside an element, such as {@code "1.2.3"}, {@code "B"} or
 * {@code "2.A"}: one or more segments of letters and digits separated by dots.
 *
 * <p>A dotted number states its nesting: {@code "1.2.3"} sits in {@code "1.2"}, which sits in
 * {@code "1"}. A number of one segment, such as a lettered priority {@code "A"}, states none. The
 * model checks numbering against nesting with {@link #isNumberedWithin(DisplayNumber)}.
 *
 * <p>Numbers order numerically segment by segment: {@code "1.9" < "1.10" < "2"}, and a number
 * sorts before the numbers nested in it. The order is consistent with {@link #equals(Object)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DisplayNumber implements Comparable<DisplayNumber> {
    /** The longest number accepted, in characters. */
    public static final int MAX_LENGTH = 40;

    private final String value;
    /**
     * The segments, made when first asked for (most numbers are only read, written and compared
     * with their parents, which needs none); racy but safe, as a string's hash is: any thread
     * that finds none makes an equal, immutable list.
     */
    private List<String> segments;

    private DisplayNumber(String value) {
        this.value = value;
    }

    /**
     * Obtains a display number from its text.
     *
     * @param value the number's text, such as {@code "1.2.3"}, not null
     * @return the number, not null
     * @throws IllegalArgumentException if {@code value} is not segments of letters and digits
     *     separated by single dots, or is longer than {@link #MAX_LENGTH}
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static DisplayNumber of(String value) {
        Objects.requireNonNull(value, "number");
        if (value.length() > MAX_LENGTH || !isWellFormed(value)) {
            throw new IllegalArgumentException("number: " + ShownValue.of(value) + " is not a valid display number:"
                    + " expected letters and digits in segments separated by '.', such as '1.2.3' or 'B',"
                    + " at most " + MAX_LENGTH + " characters");
        }
        return new DisplayNumber(value);
    }

    /**
     * Obtains a display number from its text; a synonym of {@link #of(String)}.
     *
     * @param text the number's text, not null
     * @return the number, not null
     * @throws IllegalArgumentException if {@code text} is not a valid display number
     * @throws NullPointerException if {@code text} is null
     */
    public static DisplayNumber parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return of(text.toString());
    }

    /** Splits a well-formed number at its dots, without the list and arrays a regular expression's split makes. */
    private static List<String> segmentsOf(String value) {
        int dot = value.indexOf('.');
        if (dot < 0) {
            return List.of(value);
        }
        int count = 2;
        for (int i = value.indexOf('.', dot + 1); i >= 0; i = value.indexOf('.', i + 1)) {
            count++;
        }
        String[] parts = new String[count];
        int start = 0;
        for (int i = 0; i < count - 1; i++) {
            int end = value.indexOf('.', start);
            parts[i] = value.substring(start, end);
            start = end + 1;
        }
        parts[count - 1] = value.substring(start);
        return List.of(parts);
    }

    /**
     * Tells whether a text is segments of ASCII letters and digits separated by single dots:
     * neither empty nor beginning or ending with a dot, without two dots together.
     */
    static boolean isWellFormed(String value) {
        int length = value.length();
        if (length == 0) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c == '.') {
                if (i == 0 || i == length - 1 || value.charAt(i - 1) == '.') {
                    return false;
                }
            } else if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the segments of this number: {@code ["1", "2", "3"]} for {@code "1.2.3"}.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    public List<String> segments() {
        List<String> made = segments;
        if (made == null) {
            made = segmentsOf(value);
            segments = made;
        }
        return made;
    }

    /**
     * Returns how many segments this number has.
     *
     * @return at least 1
     */
    public int depth() {
        int depth = 1;
        for (int dot = value.indexOf('.'); dot >= 0; dot = value.indexOf('.', dot + 1)) {
            depth++;
        }
        return depth;
    }

    /**
     * Returns the number this one is nested in: {@code "1.2"} for {@code "1.2.3"}.
     *
     * @return the parent number, or empty for a number of one segment; not null
     */
    public Optional<DisplayNumber> parent() {
        int dot = value.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(new DisplayNumber(value.substring(0, dot)));
    }

    /**
     * Returns the number of a child of this one: {@code "1.2"} with segment {@code "3"} gives
     * {@code "1.2.3"}.
     *
     * @param segment the child's own segment, letters and digits, not null
     * @return the child number, not null
     * @throws IllegalArgumentException if {@code segment} is not letters and digits, or the
     *     result would be too long
     */
    public DisplayNumber child(String segment) {
        Objects.requireNonNull(segment, "segment");
        if (segment.contains(".")) {
            throw new IllegalArgumentException("segment: " + ShownValue.of(segment) + " must not contain '.'");
        }
        return of(value + "." + segment);
    }

    /**
     * Tells whether this number is consistent with sitting directly in an element numbered
     * {@code parent}: a number of one segment always is (it states no nesting); a dotted number is
     * when its {@link #parent()} equals {@code parent}.
     *
     * @param parent the number of the containing element, not null
     * @return true if this numbering agrees with that nesting
     */
    public boolean isNumberedWithin(DisplayNumber parent) {
        Objects.requireNonNull(parent, "parent");
        int last = value.lastIndexOf('.');
        // no parent made: this number's text up to its last dot is the parent's text
        return last < 0 || last == parent.value.length() && value.startsWith(parent.value);
    }

    /**
     * Compares numbers segment by segment, numeric segments by value.
     *
     * @param other the other number, not null
     * @return negative, zero or positive as this number sorts before, with or after {@code other}
     */
    @Override
    public int compareTo(DisplayNumber other) {
        List<String> mine = segments();
        List<String> theirs = other.segments();
        int shared = Math.min(mine.size(), theirs.size());
        for (int i = 0; i < shared; i++) {
            int c = NaturalOrder.compare(mine.get(i), theirs.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(mine.size(), theirs.size());
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof DisplayNumber && value.equals(((DisplayNumber) other).value));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the number's text, so that {@code DisplayNumber.parse(n.toString())} equals
     * {@code n}.
     *
     * @return the text, not null
     */
    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}

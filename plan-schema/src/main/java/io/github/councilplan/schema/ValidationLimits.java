package io.github.councilplan.schema;

import io.github.councilplan.model.PlanStyle;
import org.immutables.value.Value;

/**
 * Bounds on what the validator reads and reports, so that a hostile document ends in a located
 * problem and not in exhausted memory or time. Exceeding a bound on reading is reported as a
 * {@code limit.*} problem; the bounds on reporting shorten the report instead.
 *
 * <p>The defaults ({@link #defaults()}) admit any realistic plan: 64 MiB per document, nesting
 * 64 deep, strings of 1,000,000 characters, numbers of 100 digits, 100,000 values and 10,000,000
 * characters added by YAML aliases; a report keeps 1,000 problems (the rest counted by code,
 * {@link ValidationReport#omitted()}), each message at most 2,000 characters. Instances are
 * immutable and thread-safe; change a limit with a {@code with*} method.
 */
@Value.Immutable(copy = true)
@PlanStyle
public abstract class ValidationLimits {
    /** The shortest message limit accepted: room for a few words and the mark of a cut. */
    private static final int MIN_MESSAGE_LENGTH = 20;
    private static final ValidationLimits DEFAULTS = ImmutableValidationLimits.builder()
            .maxDocumentBytes(64L * 1024 * 1024).maxNestingDepth(64).maxStringLength(1_000_000).maxNumberLength(100)
            .maxAliasExpansion(100_000).maxAliasCharacters(10_000_000L).maxProblems(1_000).maxMessageLength(2_000)
            .build();

    ValidationLimits() {}

    /**
     * Returns the default limits.
     *
     * @return the defaults, not null
     */
    public static ValidationLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the largest document accepted, in bytes (for text input, in UTF-8 bytes).
     *
     * @return the limit, positive
     */
    public abstract long maxDocumentBytes();

    /**
     * Returns how deep objects and arrays may nest.
     *
     * @return the limit, positive
     */
    public abstract int maxNestingDepth();

    /**
     * Returns the longest string or property name accepted, in characters.
     *
     * @return the limit, positive
     */
    public abstract int maxStringLength();

    /**
     * Returns the most characters a number may be written with, and the most digits it may have
     * once written out in full in decimal, without an exponent, whatever its notation
     * ({@code 1e100} has 101; a YAML {@code 0x} number counts the digits of its decimal value).
     *
     * @return the limit, positive
     */
    public abstract int maxNumberLength();

    /**
     * Returns how many values YAML aliases may add to a document when expanded.
     *
     * @return the limit, positive
     */
    public abstract int maxAliasExpansion();

    /**
     * Returns how many characters YAML aliases may add to a document when expanded: the
     * characters of the strings, keys and numbers in each aliased node, counted once for each
     * alias, so that a short document cannot stand for gigabytes of text in whatever is made
     * from the plan (a rendering, a diff).
     *
     * @return the limit, positive
     */
    public abstract long maxAliasCharacters();

    /**
     * Returns how many problems a report keeps: errors first, then warnings, each in document
     * order. The problems found beyond it are counted by code in
     * {@link ValidationReport#omitted()}, so that a document with millions of faults costs
     * memory for this many.
     *
     * @return the limit, positive
     */
    public abstract int maxProblems();

    /**
     * Returns the longest message a problem keeps, in characters: a longer one is cut and ends in
     * {@code "..."}.
     *
     * @return the limit, at least 20
     */
    public abstract int maxMessageLength();

    /**
     * Returns a copy with another document size limit.
     *
     * @param bytes the limit in bytes, positive
     * @return the new limits, not null
     * @throws IllegalArgumentException if {@code bytes} is less than 1
     */
    public ValidationLimits withMaxDocumentBytes(long bytes) {
        return ImmutableValidationLimits.copyOf(this).withMaxDocumentBytes(bytes);
    }

    /**
     * Returns a copy with another nesting depth limit.
     *
     * @param depth the limit, positive
     * @return the new limits, not null
     * @throws IllegalArgumentException if {@code depth} is less than 1
     */
    public ValidationLimits withMaxNestingDepth(int depth) {
        return ImmutableValidationLimits.copyOf(this).withMaxNestingDepth(depth);
    }

    /**
     * Returns a copy with another string length limit.
     *
     * @param length the limit in characters, positive
     * @return the new limits, not null
     * @throws IllegalArgumentException if {@code length} is less than 1
     */
    public ValidationLimits withMaxStringLength(int length) {
        return ImmutableValidationLimits.copyOf(this).withMaxStringLength(length);
    }

    /**
     * Returns a copy with another number length limit.
     *
     * @param length the limit in characters and digits, positive
     * @return the new limits, not null
     * @throws IllegalArgumentException if {@code length} is less than 1
     */
    public ValidationLimits withMaxNumberLength(int length) {
        return ImmutableValidationLimits.copyOf(this).withMaxNumberLength(length);
    }

    /**
     * Returns a copy with another limit on the values YAML aliases add.
     *
     * @param values the most values aliases may add, positive
     * @return the new limits, not null
     * @throws IllegalArgumentException if {@code values} is less than 1
     */
    public ValidationLimits withMaxAliasExpansion(int values) {
        return ImmutableValidationLimits.copyOf(this).withMaxAliasExpansion(values);
    }

    /**
     * Returns a copy with another limit on the characters YAML aliases add.
     *
     * @param characters the most characters aliases may add, positive
     * @return the new limits, not null
     * @throws IllegalArgumentException if {@code characters} is less than 1
     */
    public ValidationLimits withMaxAliasCharacters(long characters) {
        return ImmutableValidationLimits.copyOf(this).withMaxAliasCharacters(characters);
    }

    /**
     * Returns a copy with another limit on the problems a report keeps.
     *
     * @param problems the most problems kept, positive
     * @return the new limits, not null
     * @throws IllegalArgumentException if {@code problems} is less than 1
     */
    public ValidationLimits withMaxProblems(int problems) {
        return ImmutableValidationLimits.copyOf(this).withMaxProblems(problems);
    }

    /**
     * Returns a copy with another limit on the length of a problem's message.
     *
     * @param length the limit in characters, at least 20
     * @return the new limits, not null
     * @throws IllegalArgumentException if {@code length} is less than 20
     */
    public ValidationLimits withMaxMessageLength(int length) {
        return ImmutableValidationLimits.copyOf(this).withMaxMessageLength(length);
    }

    @Value.Check
    final void check() {
        positive("maxDocumentBytes", maxDocumentBytes());
        positive("maxNestingDepth", maxNestingDepth());
        positive("maxStringLength", maxStringLength());
        positive("maxNumberLength", maxNumberLength());
        positive("maxAliasExpansion", maxAliasExpansion());
        positive("maxAliasCharacters", maxAliasCharacters());
        positive("maxProblems", maxProblems());
        if (maxMessageLength() < MIN_MESSAGE_LENGTH) {
            throw new IllegalArgumentException("maxMessageLength: expected " + MIN_MESSAGE_LENGTH + " or more, was "
                    + maxMessageLength());
        }
    }

    private static void positive(String field, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(field + ": expected 1 or more, was " + value);
        }
    }
}

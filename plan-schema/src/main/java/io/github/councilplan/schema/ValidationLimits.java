package io.github.councilplan.schema;

/**
 * Bounds on what the validator reads, so that a hostile document ends in a located problem and
 * not in exhausted memory or time. Exceeding one is reported as a {@code limit.*} problem.
 *
 * <p>The defaults ({@link #defaults()}) admit any realistic plan: 64 MiB per document, nesting
 * 64 deep, strings of 1,000,000 characters, numbers of 100 digits, and 100,000 values produced by
 * YAML aliases. Instances are immutable and thread-safe; change a limit with a {@code with*}
 * method.
 */
public final class ValidationLimits {
    private static final ValidationLimits DEFAULTS = new ValidationLimits(64L * 1024 * 1024, 64, 1_000_000, 100, 100_000);

    private final long maxDocumentBytes;
    private final int maxNestingDepth;
    private final int maxStringLength;
    private final int maxNumberLength;
    private final int maxAliasExpansion;

    private ValidationLimits(
            long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength, int maxAliasExpansion) {
        this.maxDocumentBytes = positive("maxDocumentBytes", maxDocumentBytes);
        this.maxNestingDepth = (int) positive("maxNestingDepth", maxNestingDepth);
        this.maxStringLength = (int) positive("maxStringLength", maxStringLength);
        this.maxNumberLength = (int) positive("maxNumberLength", maxNumberLength);
        this.maxAliasExpansion = (int) positive("maxAliasExpansion", maxAliasExpansion);
    }

    private static long positive(String field, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(field + ": expected 1 or more, was " + value);
        }
        return value;
    }

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
    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /**
     * Returns how deep objects and arrays may nest.
     *
     * @return the limit, positive
     */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /**
     * Returns the longest string or property name accepted, in characters.
     *
     * @return the limit, positive
     */
    public int maxStringLength() {
        return maxStringLength;
    }

    /**
     * Returns the most characters a number may have, and the most digits it may have once written
     * out in full, without an exponent ({@code 1e100} has 101).
     *
     * @return the limit, positive
     */
    public int maxNumberLength() {
        return maxNumberLength;
    }

    /**
     * Returns how many values YAML aliases may add to a document when expanded.
     *
     * @return the limit, positive
     */
    public int maxAliasExpansion() {
        return maxAliasExpansion;
    }

    /**
     * Returns a copy with another document size limit.
     *
     * @param bytes the limit in bytes, positive
     * @return the new limits, not null
     * @throws IllegalArgumentException if {@code bytes} is less than 1
     */
    public ValidationLimits withMaxDocumentBytes(long bytes) {
        return new ValidationLimits(bytes, maxNestingDepth, maxStringLength, maxNumberLength, maxAliasExpansion);
    }

    /**
     * Returns a copy with another nesting depth limit.
     *
     * @param depth the limit, positive
     * @return the new limits, not null
     * @throws IllegalArgumentException if {@code depth} is less than 1
     */
    public ValidationLimits withMaxNestingDepth(int depth) {
        return new ValidationLimits(maxDocumentBytes, depth, maxStringLength, maxNumberLength, maxAliasExpansion);
    }

    /**
     * Returns a copy with another string length limit.
     *
     * @param length the limit in characters, positive
     * @return the new limits, not null
     * @throws IllegalArgumentException if {@code length} is less than 1
     */
    public ValidationLimits withMaxStringLength(int length) {
        return new ValidationLimits(maxDocumentBytes, maxNestingDepth, length, maxNumberLength, maxAliasExpansion);
    }

    /**
     * Returns a copy with another number length limit.
     *
     * @param length the limit in characters, positive
     * @return the new limits, not null
     * @throws IllegalArgumentException if {@code length} is less than 1
     */
    public ValidationLimits withMaxNumberLength(int length) {
        return new ValidationLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, length, maxAliasExpansion);
    }

    /**
     * Returns a copy with another YAML alias expansion limit.
     *
     * @param values the most values aliases may add, positive
     * @return the new limits, not null
     * @throws IllegalArgumentException if {@code values} is less than 1
     */
    public ValidationLimits withMaxAliasExpansion(int values) {
        return new ValidationLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, values);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ValidationLimits)) {
            return false;
        }
        ValidationLimits that = (ValidationLimits) other;
        return maxDocumentBytes == that.maxDocumentBytes && maxNestingDepth == that.maxNestingDepth
                && maxStringLength == that.maxStringLength && maxNumberLength == that.maxNumberLength
                && maxAliasExpansion == that.maxAliasExpansion;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength,
                maxAliasExpansion);
    }

    @Override
    public String toString() {
        return "ValidationLimits{maxDocumentBytes=" + maxDocumentBytes + ", maxNestingDepth=" + maxNestingDepth
                + ", maxStringLength=" + maxStringLength + ", maxNumberLength=" + maxNumberLength
                + ", maxAliasExpansion=" + maxAliasExpansion + "}";
    }
}

package io.github.councilplan.examples.synthetic;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.PlanJson;
import java.io.ByteArrayOutputStream;

/**
 * Generates realistic synthetic corporate plans of any size, the same plan for the same settings.
 *
 * <p>A generated plan has the shapes real councils' plans have, in about the proportions they have
 * them: 3 to 8 themes, each with about ten outcomes (one of the first theme's a long-term ambition
 * past the plan's end), two to four commitments and, sometimes, a "We will measure success by:"
 * list; most themes hold priorities of three to five deliverables, about three in twenty hold
 * strategic objectives with lettered priorities, and about three in twenty titled pledges straight
 * under the theme. Some priorities have outcomes of their own or a "What we will need to do well
 * is:" list; some deliverables have their own expected outcome, provenance or an earlier name, and a
 * few run past the plan as long-term work. Deliverables have owners, milestones, an end month and
 * quarterly progress. Measures come as councils report them: most with quarterly targets and
 * actuals; some with annual targets and quarterly actuals, some annual, some with one target over
 * the whole plan and a running total as at a date, a few qualitative (no unit, direction or
 * frequency; targets and actuals in words). The plan has a publication month, an edition adopted by
 * a decision, a vision, a foreword with a bullet list (a signatory sometimes without a role),
 * lead-ins, shared values, two or three cross-cutting principles that elements reflect, a
 * hierarchy of owners with a leadership team overseeing the plan, partners, and links of every kind
 * (deliverables contribute to outcomes, measures evidence outcomes and deliverables, work involves
 * partners and reflects values and principles, commitments illustrate outcomes). The size is set by
 * the number of deliverables; every other count grows with it, so the document's size is linear in
 * it. Dotted numbers follow nesting (theme {@code 2}, priority {@code 2.3}, deliverable
 * {@code 2.3.1}, milestone {@code 2.3.1.2}; under an objective {@code 2.1}, priorities {@code A},
 * {@code B} and deliverables {@code A.1}); every date and reporting period lies in the plan's period
 * (2025/26 to 2028/29) but those of long-term elements; every principle is reflected; and every
 * reference names an element of the right kind, so the plan is valid by construction and
 * {@code PlanValidator} finds no problem in its JSON.
 *
 * <p>Generation is deterministic: the same number of deliverables and the same seed give an equal
 * plan and identical JSON bytes, on any JVM. Its text is English, untagged, in the words of a small
 * vocabulary of council phrases; the council, its people and its figures are invented.
 *
 * <pre>{@code
 * Plan plan = SyntheticPlans.builder().deliverables(500).seed(42).build().generate();
 * byte[] json = SyntheticPlans.builder().deliverables(500).seed(42).build().generateJson();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each call to {@link #generate()} works alone.
 */
public final class SyntheticPlans {
    /** The fewest deliverables a generated plan may have. */
    public static final int MIN_DELIVERABLES = 1;

    /** The most deliverables a generated plan may have (about 450 MB of JSON). */
    public static final int MAX_DELIVERABLES = 200_000;

    /** The number of deliverables when none is given. */
    public static final int DEFAULT_DELIVERABLES = 100;

    /** The seed when none is given. */
    public static final long DEFAULT_SEED = 1;

    private final int deliverables;
    private final long seed;

    private SyntheticPlans(int deliverables, long seed) {
        this.deliverables = checkDeliverables(deliverables);
        this.seed = seed;
    }

    /**
     * Returns a builder, starting from {@link #DEFAULT_DELIVERABLES} deliverables and
     * {@link #DEFAULT_SEED}.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the settings for a plan of {@code deliverables} deliverables from {@code seed}.
     *
     * @param deliverables the number of deliverables, from {@link #MIN_DELIVERABLES} to
     *     {@link #MAX_DELIVERABLES}
     * @param seed the seed; any value
     * @return the settings, not null
     * @throws IllegalArgumentException if {@code deliverables} is out of range
     */
    public static SyntheticPlans of(int deliverables, long seed) {
        return new SyntheticPlans(deliverables, seed);
    }

    /**
     * Returns how many deliverables the plan has.
     *
     * @return the number, from {@link #MIN_DELIVERABLES} to {@link #MAX_DELIVERABLES}
     */
    public int deliverables() {
        return deliverables;
    }

    /**
     * Returns the seed the plan's choices are drawn from.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns these settings with another number of deliverables.
     *
     * @param deliverables the number, from {@link #MIN_DELIVERABLES} to {@link #MAX_DELIVERABLES}
     * @return the settings, not null
     * @throws IllegalArgumentException if {@code deliverables} is out of range
     */
    public SyntheticPlans withDeliverables(int deliverables) {
        return new SyntheticPlans(deliverables, seed);
    }

    /**
     * Returns these settings with another seed.
     *
     * @param seed the seed; any value
     * @return the settings, not null
     */
    public SyntheticPlans withSeed(long seed) {
        return new SyntheticPlans(deliverables, seed);
    }

    /**
     * Generates the plan. Equal settings give equal plans.
     *
     * @return the plan, not null
     */
    public Plan generate() {
        return new PlanGenerator(deliverables, seed).plan();
    }

    /**
     * Generates the plan and writes it as a plan document, UTF-8 JSON as
     * {@link PlanJson#standard()} writes it. Equal settings give identical bytes.
     *
     * @return the document's bytes, not null
     */
    public byte[] generateJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(deliverables * 2048 + 65536);
        PlanJson.standard().write(generate(), out);
        return out.toByteArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SyntheticPlans && ((SyntheticPlans) other).deliverables == deliverables
                && ((SyntheticPlans) other).seed == seed;
    }

    @Override
    public int hashCode() {
        return 31 * deliverables + Long.hashCode(seed);
    }

    @Override
    public String toString() {
        return "SyntheticPlans{deliverables=" + deliverables + ", seed=" + seed + "}";
    }

    private static int checkDeliverables(int deliverables) {
        if (deliverables < MIN_DELIVERABLES || deliverables > MAX_DELIVERABLES) {
            throw new IllegalArgumentException("deliverables: " + deliverables + " is out of range: expected "
                    + MIN_DELIVERABLES + " to " + MAX_DELIVERABLES);
        }
        return deliverables;
    }

    /** Builds {@link SyntheticPlans} settings; not thread-safe. */
    public static final class Builder {
        private int deliverables = DEFAULT_DELIVERABLES;
        private long seed = DEFAULT_SEED;

        private Builder() {}

        /**
         * Sets the number of deliverables; checked by {@link #build()}.
         *
         * @param deliverables the number, from {@link #MIN_DELIVERABLES} to
         *     {@link #MAX_DELIVERABLES}
         * @return this builder, not null
         */
        public Builder deliverables(int deliverables) {
            this.deliverables = deliverables;
            return this;
        }

        /**
         * Sets the seed.
         *
         * @param seed the seed; any value
         * @return this builder, not null
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Returns the settings.
         *
         * @return the settings, not null
         * @throws IllegalArgumentException if the number of deliverables is out of range
         */
        public SyntheticPlans build() {
            return new SyntheticPlans(deliverables, seed);
        }
    }
}

package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A target of a measure: for a reporting period ({@code {"period": "2025/26", "value": 80}}), or
 * over the plan's whole period when it names none ({@code {"value": 1000}}, "1,000 homes over the
 * plan"); a number in the measure's unit, words ({@code {"period": "2026/27", "text": "Every school
 * rated good"}}), or both.
 *
 * <p>The value and text are the target as the plan adopted it. Cabinets revise targets mid-plan:
 * each {@link TargetRevision} says from which date the target is a new value, or is withdrawn, and
 * by which decision; {@link #asAt(LocalDate)} gives the target in force on a date.
 *
 * <p>A target has at least one of a value and a text. Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableTarget.class)
@JsonDeserialize(as = ImmutableTarget.class)
@JsonPropertyOrder({"period", "value", "text", "revisions"})
public abstract class Target {
    Target() {}

    /**
     * Returns the period the target is for.
     *
     * @return the period, or empty for a target over the plan's whole period; not null
     */
    public abstract Optional<ReportingPeriod> period();

    /**
     * Returns the target value, in the measure's unit.
     *
     * @return the value, or empty for a target given only in words; not null
     */
    public abstract Optional<BigDecimal> value();

    /**
     * Returns the target in words, as the plan gives it.
     *
     * @return the text, or empty; not null
     */
    public abstract Optional<Text> text();

    /**
     * Returns the revisions of the target since the plan adopted it, in document order (which the
     * validator holds to date order).
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<TargetRevision> revisions();

    /**
     * Obtains a numeric target for a period.
     *
     * @param period the period, not null
     * @param value the value, not null
     * @return the target, not null
     * @throws IllegalArgumentException if the value is out of the model's range
     */
    public static Target of(ReportingPeriod period, BigDecimal value) {
        return builder().period(period).value(value).build();
    }

    /**
     * Obtains a numeric target over the plan's whole period.
     *
     * @param value the value, not null
     * @return the target, not null
     * @throws IllegalArgumentException if the value is out of the model's range
     */
    public static Target overPlan(BigDecimal value) {
        return builder().value(value).build();
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Tells whether the target is over the plan's whole period rather than for one period.
     *
     * @return true if the target names no period
     */
    public final boolean forWholePlan() {
        return period().isEmpty();
    }

    /**
     * Returns what the target is for, as written: its period, or {@code "the whole plan"}.
     *
     * @return the text, not null
     */
    public final String when() {
        return period().map(ReportingPeriod::toString).orElse("the whole plan");
    }

    /**
     * Tells whether the target has been revised (or withdrawn) since the plan adopted it.
     *
     * @return true if it has revisions
     */
    public final boolean revised() {
        return !revisions().isEmpty();
    }

    /**
     * Returns the target as the plan adopted it: this target without its revisions.
     *
     * @return the adopted target, not null
     */
    public final Target adopted() {
        return revisions().isEmpty() ? this : builder().from(this).revisions(List.of()).build();
    }

    /**
     * Returns the revision in force on a date: of those dated on or before it, the latest (the
     * last in the list of those of one date).
     *
     * @param date the date, not null
     * @return the revision, or empty where none is in force yet and the adopted target holds; not null
     * @throws NullPointerException if {@code date} is null
     */
    public final Optional<TargetRevision> revisionInForce(LocalDate date) {
        Objects.requireNonNull(date, "date");
        TargetRevision inForce = null;
        for (TargetRevision revision : revisions()) {
            if (!revision.date().isAfter(date) && (inForce == null || !revision.date().isBefore(inForce.date()))) {
                inForce = revision;
            }
        }
        return Optional.ofNullable(inForce);
    }

    /**
     * Returns the target in force on a date: the adopted target where no revision is in force
     * yet, otherwise the latest revision's value and text, for the same period, without revisions.
     *
     * @param date the date, not null
     * @return the target in force, or empty where a revision in force withdrew it; not null
     * @throws NullPointerException if {@code date} is null
     */
    public final Optional<Target> asAt(LocalDate date) {
        Optional<TargetRevision> revision = revisionInForce(date);
        if (revision.isEmpty()) {
            return Optional.of(adopted());
        }
        if (revision.get().withdrawn()) {
            return Optional.empty();
        }
        return Optional.of(builder().period(period()).value(revision.get().value()).text(revision.get().text())
                .build());
    }

    @Value.Check
    final Target check() {
        // the accessor makes an Optional: it is read once
        Optional<BigDecimal> given = value();
        if (given.isEmpty()) {
            if (text().isEmpty()) {
                throw new IllegalArgumentException("target for " + when() + ": has neither a value nor a text");
            }
            return this;
        }
        BigDecimal value = Decimals.normalized(() -> "target for " + when() + ".value", given.get());
        return value == given.get() ? this : builder().from(this).value(value).build();
    }

    /** Builds a {@link Target}; not thread-safe. */
    public static final class Builder extends ImmutableTarget.Builder {
        Builder() {}
    }
}

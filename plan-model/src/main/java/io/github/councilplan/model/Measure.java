package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A performance indicator: what is measured, in what unit, which way is better, the baseline,
 * targets and actuals per reporting period, the tolerance for amber, the data source and how
 * often it is reported. Measures evidence outcomes and deliverables through
 * {@link LinkKind#EVIDENCES} links.
 *
 * <p>Targets and actuals are keyed by period, so each period has at most one of each, and are
 * kept in period order. {@link #rag(ReportingPeriod)} computes red, amber or green by the rule of
 * {@link RagStatus}. Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableMeasure.class)
@JsonDeserialize(as = ImmutableMeasure.class)
@JsonPropertyOrder({"id", "number", "name", "description", "unit", "direction", "frequency", "baseline", "targets",
    "actuals", "tolerance", "source", "owners", "references", "extensions"})
public abstract class Measure implements PlanElement {
    Measure() {}

    /**
     * Returns what is measured.
     *
     * @return the name, not null
     */
    public abstract Text name();

    /**
     * Returns a longer description, such as how the value is calculated.
     *
     * @return the description, or empty; not null
     */
    public abstract Optional<Text> description();

    /**
     * Returns the unit of the values, such as {@code "%"}, {@code "count"}, {@code "£"} or
     * {@code "days"}.
     *
     * @return the unit, not null and not blank
     */
    public abstract String unit();

    /**
     * Returns which way is better.
     *
     * @return the direction, not null
     */
    public abstract Direction direction();

    /**
     * Returns how often the measure is reported: the kind of period its targets and actuals are
     * for.
     *
     * @return the frequency, not null
     */
    public abstract PeriodType frequency();

    /**
     * Returns the baseline position the plan starts from.
     *
     * @return the baseline, or empty; not null
     */
    public abstract Optional<Observation> baseline();

    /**
     * Returns the targets by period, in period order.
     *
     * @return an unmodifiable sorted map, not null
     */
    @Value.NaturalOrder
    public abstract SortedMap<ReportingPeriod, BigDecimal> targets();

    /**
     * Returns the actuals by period, in period order.
     *
     * @return an unmodifiable sorted map, not null
     */
    @Value.NaturalOrder
    public abstract SortedMap<ReportingPeriod, BigDecimal> actuals();

    /**
     * Returns how far short of target still counts as amber.
     *
     * @return the tolerance, or empty for no amber band; not null
     */
    public abstract Optional<Tolerance> tolerance();

    /**
     * Returns where the data comes from.
     *
     * @return the source, or empty; not null
     */
    public abstract Optional<Text> source();

    /**
     * Returns the ids of the {@link Owner}s accountable for this measure.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<ElementId> owners();

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the target for a period.
     *
     * @param period the period, not null
     * @return the target, or empty; not null
     */
    public final Optional<BigDecimal> targetFor(ReportingPeriod period) {
        return Optional.ofNullable(targets().get(Objects.requireNonNull(period, "period")));
    }

    /**
     * Returns the actual for a period.
     *
     * @param period the period, not null
     * @return the actual, or empty; not null
     */
    public final Optional<BigDecimal> actualFor(ReportingPeriod period) {
        return Optional.ofNullable(actuals().get(Objects.requireNonNull(period, "period")));
    }

    /**
     * Returns the most recent actual.
     *
     * @return the latest period's actual, or empty if there is none; not null
     */
    public final Optional<Observation> latestActual() {
        return actuals().isEmpty()
                ? Optional.empty()
                : Optional.of(Observation.of(actuals().lastKey(), actuals().get(actuals().lastKey())));
    }

    /**
     * Computes red, amber or green for a period from its target and actual, this measure's
     * direction and its tolerance, by the rule of {@link RagStatus}.
     *
     * @param period the period, not null
     * @return the status, or empty when the period lacks a target or an actual; not null
     */
    public final Optional<RagStatus> rag(ReportingPeriod period) {
        Optional<BigDecimal> target = targetFor(period);
        Optional<BigDecimal> actual = actualFor(period);
        if (target.isEmpty() || actual.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(RagStatus.of(direction(), target.get(), actual.get(), tolerance().orElse(null)));
    }

    @Value.Check
    final Measure check() {
        if (unit().isBlank()) {
            throw new IllegalArgumentException(describe() + ": unit must not be blank, was '" + unit() + "'");
        }
        if (new HashSet<>(owners()).size() != owners().size()) {
            throw new IllegalArgumentException(describe() + ": owners " + owners() + " lists an owner twice");
        }
        Map<ReportingPeriod, BigDecimal> targets = normalized("targets", targets());
        Map<ReportingPeriod, BigDecimal> actuals = normalized("actuals", actuals());
        if (targets != targets() || actuals != actuals()) {
            return builder().from(this).targets(targets).actuals(actuals).build();
        }
        return this;
    }

    /** Returns {@code values} itself when every value is already normalised, otherwise a normalised copy. */
    private Map<ReportingPeriod, BigDecimal> normalized(String field, Map<ReportingPeriod, BigDecimal> values) {
        Map<ReportingPeriod, BigDecimal> copy = null;
        for (Map.Entry<ReportingPeriod, BigDecimal> entry : values.entrySet()) {
            ReportingPeriod period = entry.getKey();
            BigDecimal value = Decimals.normalized(() -> describe() + ": " + field + "['" + period + "']",
                    entry.getValue());
            if (copy == null && value != entry.getValue()) {
                copy = new TreeMap<>(values);
            }
            if (copy != null) {
                copy.put(period, value);
            }
        }
        return copy == null ? values : copy;
    }

    @Override
    public final ElementKind kind() {
        return ElementKind.MEASURE;
    }

    @Override
    public final Text label() {
        return name();
    }

    @Override
    public final List<PlanElement> children() {
        return List.of();
    }

    /** Builds a {@link Measure}; not thread-safe. */
    public static final class Builder extends ImmutableMeasure.Builder {
        Builder() {}
    }
}

package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A value of a measure in a reporting period, used for a measure's baseline:
 * {@code {"period": "2023/24", "value": 61.5}}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableObservation.class)
@JsonDeserialize(as = ImmutableObservation.class)
@JsonPropertyOrder({"period", "value"})
public abstract class Observation {
    Observation() {}

    /**
     * Returns the period the value is for.
     *
     * @return the period, not null
     */
    @Value.Parameter
    public abstract ReportingPeriod period();

    /**
     * Returns the value, in the measure's unit.
     *
     * @return the value, not null
     */
    @Value.Parameter
    public abstract BigDecimal value();

    /**
     * Obtains an observation.
     *
     * @param period the period, not null
     * @param value the value, not null
     * @return the observation, not null
     */
    public static Observation of(ReportingPeriod period, BigDecimal value) {
        return ImmutableObservation.of(period, value);
    }

    @Value.Check
    final Observation normalize() {
        BigDecimal value = Decimals.normalized("baseline.value", value());
        return value.equals(value()) ? this : of(period(), value);
    }
}

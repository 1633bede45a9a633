package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a council says of a measure for one reporting period, besides its actual: a state set by
 * hand that overrides the computed one, with the reason for it; the value forecast for the year's
 * end and its state; and the commentary a committee report prints.
 * {@code {"period": "2025/26 Q2", "status": "amber", "reason": "Two large schemes slipped to Q3",
 * "forecast": 380, "forecastStatus": "green", "commentary": "On course for the year"}}.
 *
 * <p>A {@code status} is given with its {@code reason}, and a reason only with a status. A
 * measure has at most one assessment per period. {@link Measure#rating(ReportingPeriod,
 * java.time.LocalDate)} carries the assessment's values into its {@link Rating}. Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableAssessment.class)
@JsonDeserialize(as = ImmutableAssessment.class)
@JsonPropertyOrder({"period", "status", "reason", "forecast", "forecastStatus", "commentary"})
public abstract class Assessment {
    Assessment() {}

    /**
     * Returns the period assessed.
     *
     * @return the period, not null
     */
    public abstract ReportingPeriod period();

    /**
     * Returns the state set by hand, which overrides the state computed from the data.
     *
     * @return the state, or empty where the computed one stands; not null
     */
    public abstract Optional<RagState> status();

    /**
     * Returns why the state was set by hand: present exactly when {@link #status()} is.
     *
     * @return the reason, or empty; not null
     */
    public abstract Optional<Text> reason();

    /**
     * Returns the value the measure is forecast to reach at the end of the year, in its unit.
     *
     * @return the forecast, or empty; not null
     */
    public abstract Optional<BigDecimal> forecast();

    /**
     * Returns the state the year's end is forecast to have, as the council gives it; where it is
     * not given, {@link Rating#forecastState()} computes one from the {@linkplain #forecast()
     * forecast}.
     *
     * @return the state, or empty; not null
     */
    public abstract Optional<RagState> forecastStatus();

    /**
     * Returns the commentary: what explains the position.
     *
     * @return the commentary, or empty; not null
     */
    public abstract Optional<Text> commentary();

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    final Assessment check() {
        if (status().isPresent() && reason().isEmpty()) {
            throw new IllegalArgumentException("assessment " + period() + ": status '" + status().get().jsonName()
                    + "' has no reason; an override gives its reason");
        }
        if (reason().isPresent() && status().isEmpty()) {
            throw new IllegalArgumentException("assessment " + period() + ": has a reason but no status;"
                    + " a reason is given only for a status set by hand");
        }
        if (forecast().isEmpty()) {
            return this;
        }
        BigDecimal forecast = Decimals.normalized(() -> "assessment " + period() + ".forecast", forecast().get());
        // normalizing returns the very value it was given when that is already in the model's form
        return forecast == forecast().get() ? this : builder().from(this).forecast(forecast).build();
    }

    /** Builds an {@link Assessment}; not thread-safe. */
    public static final class Builder extends ImmutableAssessment.Builder {
        Builder() {}
    }
}

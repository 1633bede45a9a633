package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A revision of a {@link Target} after the plan was adopted: from its date, the target is a new
 * value (or words), or it is withdrawn; a decision of the council made it, for a reason.
 * {@code {"date": "2025-10-01", "value": 85, "decision": {"body": "Cabinet", "date":
 * "2025-09-17", "reference": "Minute 42"}, "reason": "Met early"}}.
 *
 * <p>A revision either gives a new value, a new text or both, or withdraws the target, never both.
 * A revision dated after the end of its target's period is flagged {@code afterPeriodClosed}
 * where the council made it knowingly; the validator warns of one that is not. Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableTargetRevision.class)
@JsonDeserialize(as = ImmutableTargetRevision.class)
@JsonPropertyOrder({"date", "value", "text", "withdrawn", "decision", "reason", "afterPeriodClosed"})
public abstract class TargetRevision {
    TargetRevision() {}

    /**
     * Returns the date from which the revision is in force.
     *
     * @return the date, not null
     */
    public abstract LocalDate date();

    /**
     * Returns the revised target value, in the measure's unit.
     *
     * @return the value, or empty for a withdrawal or a target revised only in words; not null
     */
    public abstract Optional<BigDecimal> value();

    /**
     * Returns the revised target in words.
     *
     * @return the text, or empty; not null
     */
    public abstract Optional<Text> text();

    /**
     * Tells whether the revision withdraws the target: from its date, the period has none.
     *
     * @return true for a withdrawal
     */
    @Value.Default
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public boolean withdrawn() {
        return false;
    }

    /**
     * Returns the decision that made the revision.
     *
     * @return the decision, not null
     */
    public abstract Decision decision();

    /**
     * Returns why the target was revised.
     *
     * @return the reason, or empty; not null
     */
    public abstract Optional<Text> reason();

    /**
     * Tells whether the revision was knowingly made after its target's period had closed, so that
     * the validator does not warn of it.
     *
     * @return true if flagged
     */
    @Value.Default
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public boolean afterPeriodClosed() {
        return false;
    }

    /**
     * Obtains a revision to a new value.
     *
     * @param date the date the revision is in force from, not null
     * @param value the new value, not null
     * @param decision the decision that made it, not null
     * @return the revision, not null
     * @throws IllegalArgumentException if the value is out of the model's range
     */
    public static TargetRevision of(LocalDate date, BigDecimal value, Decision decision) {
        return builder().date(date).value(value).decision(decision).build();
    }

    /**
     * Obtains a revision that withdraws the target.
     *
     * @param date the date the target is withdrawn from, not null
     * @param decision the decision that withdrew it, not null
     * @return the revision, not null
     */
    public static TargetRevision withdrawal(LocalDate date, Decision decision) {
        return builder().date(date).withdrawn(true).decision(decision).build();
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    final TargetRevision check() {
        boolean revised = value().isPresent() || text().isPresent();
        if (withdrawn() && revised) {
            throw new IllegalArgumentException("target revision of " + date()
                    + ": withdraws the target, so has no value or text");
        }
        if (!withdrawn() && !revised) {
            throw new IllegalArgumentException("target revision of " + date()
                    + ": has neither a value nor a text, and does not withdraw the target");
        }
        if (value().isEmpty()) {
            return this;
        }
        BigDecimal value = Decimals.normalized(() -> "target revision of " + date() + ".value", value().get());
        return value == value().get() ? this : builder().from(this).value(value).build();
    }

    /** Builds a {@link TargetRevision}; not thread-safe. */
    public static final class Builder extends ImmutableTargetRevision.Builder {
        Builder() {}
    }
}

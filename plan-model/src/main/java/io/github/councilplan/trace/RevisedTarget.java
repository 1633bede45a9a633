package io.github.councilplan.trace;

import io.github.councilplan.model.Measure;
import io.github.councilplan.model.PlanStyle;
import io.github.councilplan.model.Target;
import io.github.councilplan.model.TargetRevision;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One revision of a target in a plan, with the measure and the target it revised: what
 * {@link PlanIndex#targetRevisionsSince} lists, such as {@code "measure 'kpi-1': target for 2025/26
 * revised on 2025-10-01 to 85"}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
public abstract class RevisedTarget {
    RevisedTarget() {}

    /**
     * Obtains a revised target.
     *
     * @param measure the measure, not null
     * @param target the target as the plan gives it, with its revisions; one of the measure's; not null
     * @param revision the revision, one of the target's; not null
     * @return the revised target, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the target is not the measure's or the revision not the target's
     */
    public static RevisedTarget of(Measure measure, Target target, TargetRevision revision) {
        return ImmutableRevisedTarget.of(measure, target, revision);
    }

    /**
     * Returns the measure whose target was revised.
     *
     * @return the measure, not null
     */
    @Value.Parameter
    public abstract Measure measure();

    /**
     * Returns the target, as the plan gives it: its adopted value and every revision.
     *
     * @return the target, not null
     */
    @Value.Parameter
    public abstract Target target();

    /**
     * Returns the revision.
     *
     * @return the revision, not null
     */
    @Value.Parameter
    public abstract TargetRevision revision();

    @Value.Check
    void check() {
        if (!measure().targets().contains(target())) {
            throw new IllegalArgumentException("target: the target for " + target().when() + " is not one of "
                    + measure().describe() + "'s");
        }
        if (!target().revisions().contains(revision())) {
            throw new IllegalArgumentException("revision: the revision of " + revision().date()
                    + " is not one of the target for " + target().when() + "'s");
        }
    }

    /**
     * Describes the revision, as {@code "measure 'kpi-1': target for 2025/26 revised on 2025-10-01
     * to 85"} or {@code "... withdrawn on 2026-01-05"}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        TargetRevision r = revision();
        String what = r.withdrawn() ? "withdrawn on " + r.date()
                : "revised on " + r.date() + " to " + r.value().map(BigDecimal::toPlainString)
                        .orElseGet(() -> r.text().orElseThrow().toString());
        return measure().describe() + ": target for " + target().when() + " " + what;
    }
}

package io.github.councilplan.trace;

import io.github.councilplan.model.Measure;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.PlanStyle;
import io.github.councilplan.model.ProgressStatus;
import io.github.councilplan.model.RagState;
import io.github.councilplan.model.RagStatus;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Unrated;
import io.github.councilplan.model.Work;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One piece of leaf work or measure that a {@link RollUp} takes into account, with what it
 * contributes.
 *
 * <p>Work contributes the status of its progress update and the RAG that status maps to
 * ({@link RollUp#ragOf(ProgressStatus)}); a measure contributes its rating
 * ({@link Measure#rating(ReportingPeriod)}). Either may be <em>not reported</em> for the period (no
 * update; no rating, with the {@link Unrated} reason why), and reported work may be
 * <em>unrated</em> (a status such as not started that maps to no RAG).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
public abstract class RollUpItem {
    RollUpItem() {}

    /**
     * Returns the work or measure.
     *
     * @return the element, not null
     */
    @Value.Parameter
    public abstract PlanElement element();

    /**
     * Returns the period whose update or values were used: the roll-up's period itself, or the
     * latest period inside it.
     *
     * @return the period, or empty when not reported; not null
     */
    @Value.Parameter
    public abstract Optional<ReportingPeriod> reportedFor();

    /**
     * Returns, for reported work, its update's status.
     *
     * @return the status, or empty for a measure or work not reported; not null
     */
    @Value.Parameter
    public abstract Optional<ProgressStatus> progress();

    /**
     * Returns the RAG the item contributes.
     *
     * @return the RAG, or empty if none; not null
     */
    @Value.Parameter
    public abstract Optional<RagStatus> rag();

    /**
     * Returns, for a measure not rated for the period (nor for any period inside it), why its
     * rating for the period has no status.
     *
     * @return the reason, or empty; not null
     */
    @Value.Parameter
    public abstract Optional<Unrated> unrated();

    /**
     * Returns the state the item is counted as in {@link RollUp#stateCounts()}: for a measure, the
     * state a report shows, always present: the override an assessment of the roll-up's period
     * gives, or else the state of the rating used (its RAG, or its {@link Unrated#state()}); for
     * work, its RAG as a state, and empty where it has none.
     *
     * @return the state, or empty for work without a RAG; not null
     */
    @Value.Default
    public Optional<RagState> state() {
        return rag().map(RagState::of).or(() -> unrated().map(Unrated::state));
    }

    /**
     * Obtains an item from its parts, its {@link #state()} the one its RAG or reason gives.
     *
     * @param element the work or measure, not null
     * @param reportedFor the period used, not null
     * @param progress the work's status, not null
     * @param rag the RAG, not null
     * @param unrated why a measure is not rated, not null
     * @return the item, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the element is neither work nor a measure; or, for work,
     *     {@code unrated} is present, or {@code progress} is present without {@code reportedFor} or
     *     the other way round, or {@code rag} is not what {@code progress} maps to; or, for a
     *     measure, {@code progress} is present, or {@code rag} is present without
     *     {@code reportedFor} or the other way round, or {@code unrated} is present together with
     *     {@code rag} or absent without it
     */
    public static RollUpItem of(PlanElement element, Optional<? extends ReportingPeriod> reportedFor,
            Optional<? extends ProgressStatus> progress, Optional<? extends RagStatus> rag,
            Optional<? extends Unrated> unrated) {
        return ImmutableRollUpItem.of(element, reportedFor, progress, rag, unrated);
    }

    /**
     * Obtains an item for a measure whose state a report shows is set by hand: as
     * {@link #of(PlanElement, Optional, Optional, Optional, Optional)}, with that state.
     *
     * @param measure the measure, not null
     * @param reportedFor the period used, not null
     * @param rag the RAG computed, not null
     * @param unrated why the measure is not rated, not null
     * @param state the state set by hand, not null
     * @return the item, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as {@link #of(PlanElement, Optional, Optional, Optional, Optional)}
     *     does
     */
    public static RollUpItem overridden(Measure measure, Optional<? extends ReportingPeriod> reportedFor,
            Optional<? extends RagStatus> rag, Optional<? extends Unrated> unrated, RagState state) {
        return ImmutableRollUpItem.builder().element(measure).reportedFor(reportedFor).rag(rag).unrated(unrated)
                .state(state).build();
    }

    @Value.Check
    final void check() {
        PlanElement element = element();
        Optional<ReportingPeriod> reportedFor = reportedFor();
        Optional<ProgressStatus> progress = progress();
        Optional<RagStatus> rag = rag();
        Optional<Unrated> unrated = unrated();
        if (element instanceof Work) {
            if (unrated.isPresent()) {
                throw new IllegalArgumentException("unrated: " + element.describe() + " is work; only a measure has"
                        + " a reason it is not rated");
            }
            if (progress.isPresent() != reportedFor.isPresent()) {
                throw new IllegalArgumentException("progress: " + element.describe() + " has "
                        + (progress.isPresent() ? "a status but no period" : "a period but no status"));
            }
            if (!state().equals(rag.map(RagState::of))) {
                throw new IllegalArgumentException("state: " + element.describe() + " is work; its state is its"
                        + " RAG's, and was " + state().map(RagState::words).orElse("none"));
            }
            Optional<RagStatus> mapped = progress.flatMap(RollUp::ragOf);
            if (!rag.equals(mapped)) {
                throw new IllegalArgumentException("rag: " + rag.map(Object::toString).orElse("none") + " for "
                        + element.describe() + " with progress " + progress.map(Object::toString).orElse("none")
                        + "; expected " + mapped.map(Object::toString).orElse("none"));
            }
        } else if (element instanceof Measure) {
            if (progress.isPresent()) {
                throw new IllegalArgumentException("progress: " + element.describe() + " is a measure; only"
                        + " work has progress updates");
            }
            if (rag.isPresent() != reportedFor.isPresent()) {
                throw new IllegalArgumentException("rag: " + element.describe() + " has "
                        + (rag.isPresent() ? "a RAG but no period" : "a period but no RAG"));
            }
            if (unrated.isPresent() == rag.isPresent()) {
                throw new IllegalArgumentException("unrated: " + element.describe() + " has "
                        + (rag.isPresent() ? "a RAG and a reason it is not rated" : "neither a RAG nor a reason"));
            }
        } else {
            throw new IllegalArgumentException("element: " + element.describe()
                    + " cannot be rolled up; only work and measures can");
        }
    }

    /**
     * Tells whether the item was reported for the roll-up's period.
     *
     * @return true if it has an update (deliverable) or a RAG (measure) for the period or a period
     *     inside it
     */
    public boolean isReported() {
        return reportedFor().isPresent();
    }

    /**
     * Tells whether the item contributes a RAG.
     *
     * @return true if {@link #rag()} is present
     */
    public boolean isRated() {
        return rag().isPresent();
    }
}

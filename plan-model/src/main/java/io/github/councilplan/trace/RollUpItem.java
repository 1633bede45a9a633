package io.github.councilplan.trace;

import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.ProgressStatus;
import io.github.councilplan.model.RagStatus;
import io.github.councilplan.model.ReportingPeriod;
import java.util.Objects;
import java.util.Optional;

/**
 * One deliverable or measure that a {@link RollUp} takes into account, with what it contributes.
 *
 * <p>A deliverable contributes the status of its progress update and the RAG that status maps to
 * ({@link RollUp#ragOf(ProgressStatus)}); a measure contributes its computed RAG
 * ({@link Measure#rag(ReportingPeriod)}). Either may be <em>not reported</em> for the period (no
 * update; no target and actual), and a reported deliverable may be <em>unrated</em> (a status such
 * as not started that maps to no RAG).
 *
 * <p>Immutable and thread-safe.
 *
 * @param element the deliverable or measure, not null
 * @param reportedFor the period whose update or values were used: the roll-up's period itself, or
 *     the latest period inside it; empty when not reported; not null
 * @param progress for a reported deliverable, its update's status; otherwise empty; not null
 * @param rag the RAG it contributes, or empty if none; not null
 */
public record RollUpItem(PlanElement element, Optional<ReportingPeriod> reportedFor, Optional<ProgressStatus> progress,
        Optional<RagStatus> rag) {
    /**
     * Checks the parts of an item.
     *
     * @param element the deliverable or measure, not null
     * @param reportedFor the period used, not null
     * @param progress the deliverable's status, not null
     * @param rag the RAG, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the element is neither a deliverable nor a measure; or,
     *     for a deliverable, {@code progress} is present without {@code reportedFor} or the other way
     *     round, or {@code rag} is not what {@code progress} maps to; or, for a measure,
     *     {@code progress} is present, or {@code rag} is present without {@code reportedFor} or the
     *     other way round
     */
    public RollUpItem {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(reportedFor, "reportedFor");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(rag, "rag");
        if (element instanceof Deliverable) {
            if (progress.isPresent() != reportedFor.isPresent()) {
                throw new IllegalArgumentException("progress: " + element.describe() + " has "
                        + (progress.isPresent() ? "a status but no period" : "a period but no status"));
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
                        + " deliverables have progress updates");
            }
            if (rag.isPresent() != reportedFor.isPresent()) {
                throw new IllegalArgumentException("rag: " + element.describe() + " has "
                        + (rag.isPresent() ? "a RAG but no period" : "a period but no RAG"));
            }
        } else {
            throw new IllegalArgumentException("element: " + element.describe()
                    + " cannot be rolled up; only deliverables and measures can");
        }
    }

    /**
     * Tells whether the item was reported for the roll-up's period.
     *
     * @return true if it has an update (deliverable) or a RAG (measure) for the period or a period
     *     inside it
     */
    public boolean isReported() {
        return reportedFor.isPresent();
    }

    /**
     * Tells whether the item contributes a RAG.
     *
     * @return true if {@link #rag()} is present
     */
    public boolean isRated() {
        return rag.isPresent();
    }
}

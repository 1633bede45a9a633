package io.github.councilplan.schema.rules;

import io.github.councilplan.model.PeriodRange;
import io.github.councilplan.model.PlanDate;
import io.github.councilplan.model.ReportingPeriod;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Parses the dates and periods a document writes as text into the model's values, answering
 * empty for text that is not one: the schema reports that, and the rules check what parses.
 * Stateless and thread-safe.
 */
final class LenientValues {
    private LenientValues() {}

    /** Parses a reporting period, or answers empty for text that is not one (the schema reports it). */
    static Optional<ReportingPeriod> period(String text) {
        try {
            return Optional.of(ReportingPeriod.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Parses a date {@code YYYY-MM-DD}, or answers empty for text that is not one (the schema reports it). */
    static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns the plan's period, {@code period.start} to {@code period.end} of the document's
     * root, when both read and are in order by the model's own test ({@link PeriodRange#of});
     * empty otherwise. The one place the rules read the plan's period from.
     *
     * @param root the document's root, or null
     * @param disordered given the start and the end when both read but the end comes before the
     *     start (then the answer is empty), not null
     * @return the plan's period, or empty when it is absent, does not read or is out of order
     */
    static Optional<PeriodRange> planPeriod(DocumentNode root,
            BiConsumer<ReportingPeriod, ReportingPeriod> disordered) {
        DocumentNode period = NodeValues.object(root, "period");
        Optional<ReportingPeriod> start = period(NodeValues.property(period, "start"));
        Optional<ReportingPeriod> end = period(NodeValues.property(period, "end"));
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PeriodRange.of(start.get(), end.get()));
        } catch (IllegalArgumentException e) {
            disordered.accept(start.get(), end.get());
            return Optional.empty();
        }
    }

    /**
     * Returns a node's reporting period: the model's own, or parsed from a string; empty for
     * anything else, and for null (a property that is absent).
     */
    static Optional<ReportingPeriod> period(DocumentNode node) {
        if (node == null) {
            return Optional.empty();
        }
        ReportingPeriod period = node.modelValue(ReportingPeriod.class);
        if (period != null) {
            return Optional.of(period);
        }
        return node.isString() ? period(node.stringValue()) : Optional.empty();
    }

    /**
     * Returns a node's date: the model's own (no text is parsed for a model's date), or parsed
     * from a string; empty for anything else, and for null (a property that is absent).
     */
    static Optional<LocalDate> date(DocumentNode node) {
        if (node == null) {
            return Optional.empty();
        }
        LocalDate date = node.modelValue(LocalDate.class);
        if (date != null) {
            return Optional.of(date);
        }
        return node.isString() ? date(node.stringValue()) : Optional.empty();
    }

    /** Returns a value's reporting period: the model's own, or parsed from a string; empty for anything else. */
    static Optional<ReportingPeriod> period(DocumentElements.Value value) {
        ReportingPeriod period = value.modelValue(ReportingPeriod.class);
        return period != null ? Optional.of(period) : period(value.node());
    }

    /** Returns a value's date: the model's own, or parsed from a string; empty for anything else. */
    static Optional<LocalDate> date(DocumentElements.Value value) {
        LocalDate date = value.modelValue(LocalDate.class);
        return date != null ? Optional.of(date) : date(value.node());
    }

    /** Returns a value's plan date: the model's own, or parsed from a string; empty for anything else. */
    static Optional<PlanDate> planDate(DocumentElements.Value value) {
        PlanDate date = value.modelValue(PlanDate.class);
        return date != null ? Optional.of(date) : planDate(value.node());
    }

    /** Returns a node's plan date: the model's own, or parsed from a string; empty for anything else. */
    static Optional<PlanDate> planDate(DocumentNode node) {
        if (node == null) {
            return Optional.empty();
        }
        PlanDate date = node.modelValue(PlanDate.class);
        if (date != null) {
            return Optional.of(date);
        }
        if (!node.isString()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PlanDate.parse(node.stringValue()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

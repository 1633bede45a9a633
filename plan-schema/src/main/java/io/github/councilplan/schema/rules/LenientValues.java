package io.github.councilplan.schema.rules;

import io.github.councilplan.model.PlanDate;
import io.github.councilplan.model.ReportingPeriod;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

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

    /** Parses a plan date held in a node, or answers empty for anything else (the schema reports it). */
    static Optional<PlanDate> planDate(DocumentNode node) {
        if (node == null || !node.isString()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PlanDate.parse(node.stringValue()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

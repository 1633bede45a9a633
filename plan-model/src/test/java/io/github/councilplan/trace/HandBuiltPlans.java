package io.github.councilplan.trace;

import static io.github.councilplan.trace.TracePlans.id;

import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.Direction;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Milestone;
import io.github.councilplan.model.Objective;
import io.github.councilplan.model.Organisation;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Owner;
import io.github.councilplan.model.OwnerType;
import io.github.councilplan.model.Partner;
import io.github.councilplan.model.PeriodRange;
import io.github.councilplan.model.PeriodType;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.Principle;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.ProgressStatus;
import io.github.councilplan.model.ProgressUpdate;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.SharedValue;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import io.github.councilplan.model.Tolerance;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Unnumbered elements for example-based tests of gaps, impact, filters and roll-up: builders with
 * every required attribute set and nothing else, named by id, so that messages name them as
 * {@code deliverable 'd'}. Plans run from calendar year 2024 to 2029. Ids and links come from
 * {@link TracePlans}.
 */
final class HandBuiltPlans {
    private HandBuiltPlans() {}

    static List<ElementId> ids(String... ids) {
        return Arrays.stream(ids).map(ElementId::of).collect(Collectors.toList());
    }

    static ReportingPeriod period(String period) {
        return ReportingPeriod.parse(period);
    }

    static Plan.Builder plan() {
        return Plan.builder()
                .id(id("plan"))
                .title(Text.of("A fresh start"))
                .organisation(Organisation.of(Text.of("Example Council")))
                .period(PeriodRange.of(period("2024"), period("2029")));
    }

    static Theme.Builder theme(String id) {
        return Theme.builder().id(id(id)).name(Text.of("Theme " + id));
    }

    static Outcome outcome(String id) {
        return Outcome.of(id(id), Text.of("Outcome " + id));
    }

    static Objective.Builder objective(String id) {
        return Objective.builder().id(id(id)).title(Text.of("Objective " + id));
    }

    static Priority.Builder priority(String id) {
        return Priority.builder().id(id(id)).title(Text.of("Priority " + id));
    }

    static Deliverable.Builder deliverable(String id) {
        return Deliverable.builder().id(id(id)).title(Text.of("Deliverable " + id));
    }

    static Deliverable deliverableWith(String id, String period, ProgressStatus status) {
        return deliverable(id).addProgress(ProgressUpdate.of(period(period), status)).build();
    }

    static Milestone milestone(String id) {
        return Milestone.builder().id(id(id)).title(Text.of("Milestone " + id)).due(LocalDate.of(2025, 3, 31)).build();
    }

    /** A quarterly measure where higher is better, with no values. */
    static Measure.Builder measure(String id) {
        return Measure.builder().id(id(id)).name(Text.of("Measure " + id)).unit("%")
                .direction(Direction.HIGHER_IS_BETTER).frequency(PeriodType.FINANCIAL_QUARTER);
    }

    /**
     * A quarterly measure with a target of 80, a tolerance of 5 and the given actual for one
     * quarter: 80 or more is green, 75 to 80 amber, less red.
     */
    static Measure measured(String id, String quarter, String actual) {
        return measure(id).tolerance(Tolerance.absolute(new BigDecimal("5")))
                .putTargets(period(quarter), new BigDecimal("80"))
                .putActuals(period(quarter), new BigDecimal(actual)).build();
    }

    static Owner owner(String id, String... accountableTo) {
        return Owner.builder().id(id(id)).name(Text.of("Owner " + id)).type(OwnerType.DIRECTORATE)
                .addAllAccountableTo(ids(accountableTo)).build();
    }

    static Partner partner(String id) {
        return Partner.builder().id(id(id)).name(Text.of("Partner " + id)).build();
    }

    static Principle principle(String id) {
        return Principle.of(id(id), Text.of("Principle " + id));
    }

    static SharedValue value(String id) {
        return SharedValue.builder().id(id(id)).name(Text.of("Value " + id)).build();
    }

    static PlanIndex index(Plan.Builder plan) {
        return PlanIndex.of(plan.build());
    }
}

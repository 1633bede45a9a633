package io.github.councilplan.trace;

import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.Direction;
import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Milestone;
import io.github.councilplan.model.Organisation;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Partner;
import io.github.councilplan.model.PeriodRange;
import io.github.councilplan.model.PeriodType;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.SharedValue;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import java.time.LocalDate;
import java.util.List;

/**
 * Small hand-built plans for example-based traceability tests.
 *
 * <p>{@link #twoThemes()} is:
 * <pre>
 * plan
 *   value v-1, measure k-1, partner pa-1
 *   theme t-1 (1): outcomes o-1, o-2; priority p-1.1 (1.1): deliverables d-1.1.1, d-1.1.2
 *   theme t-2 (2): outcome o-3;       priority p-2.1 (2.1): deliverable d-2.1.1 with milestone m-1
 * links
 *   d-1.1.1 contributesTo o-3   (cross-cutting)
 *   p-2.1   contributesTo o-3   (a priority's link serves its deliverables)
 *   k-1     evidences     o-1
 *   d-1.1.1 involves      pa-1
 *   t-1     reflects      v-1
 * </pre>
 * so d-1.1.2 has no explicit route and serves o-1 and o-2 by containment.
 */
final class TracePlans {
    private TracePlans() {}

    static ElementId id(String id) {
        return ElementId.of(id);
    }

    /** The ids of elements, as text, in order. */
    static List<String> ids(List<? extends PlanElement> elements) {
        return elements.stream().map(e -> e.id().toString()).toList();
    }

    /** Traceability answers as {@code "id BASIS"}, in order. */
    static List<String> tracedIds(List<? extends Traced<?>> answers) {
        return answers.stream().map(t -> t.element().id() + " " + t.basis()).toList();
    }

    static Link link(String from, LinkKind kind, String to) {
        return Link.of(id(from), kind, id(to));
    }

    static Plan.Builder emptyPlan() {
        return Plan.builder()
                .id(id("plan"))
                .title(Text.of("A fresh start"))
                .organisation(Organisation.of(Text.of("Example Council")))
                .period(PeriodRange.of(ReportingPeriod.parse("2024/25"), ReportingPeriod.parse("2028/29")));
    }

    static Outcome outcome(String id) {
        return Outcome.builder().id(id(id)).statement(Text.of("Outcome " + id)).build();
    }

    static Deliverable.Builder deliverable(String id, String number) {
        return Deliverable.builder().id(id(id)).number(DisplayNumber.of(number)).title(Text.of("Deliverable " + number));
    }

    static Priority.Builder priority(String id, String number) {
        return Priority.builder().id(id(id)).number(DisplayNumber.of(number)).title(Text.of("Priority " + number));
    }

    static Theme.Builder theme(String id, String number) {
        return Theme.builder().id(id(id)).number(DisplayNumber.of(number)).name(Text.of("Theme " + number));
    }

    static Plan.Builder twoThemesBuilder() {
        return emptyPlan()
                .addValues(SharedValue.builder().id(id("v-1")).name(Text.of("Together")).build())
                .addThemes(theme("t-1", "1")
                        .addOutcomes(outcome("o-1"), outcome("o-2"))
                        .addPriorities(priority("p-1.1", "1.1")
                                .addDeliverables(deliverable("d-1.1.1", "1.1.1").build(),
                                        deliverable("d-1.1.2", "1.1.2").build())
                                .build())
                        .build())
                .addThemes(theme("t-2", "2")
                        .addOutcomes(outcome("o-3"))
                        .addPriorities(priority("p-2.1", "2.1")
                                .addDeliverables(deliverable("d-2.1.1", "2.1.1")
                                        .addMilestones(Milestone.builder()
                                                .id(id("m-1"))
                                                .title(Text.of("Go live"))
                                                .due(LocalDate.of(2025, 6, 30))
                                                .build())
                                        .build())
                                .build())
                        .build())
                .addMeasures(Measure.builder()
                        .id(id("k-1"))
                        .name(Text.of("Residents satisfied"))
                        .unit("%")
                        .direction(Direction.HIGHER_IS_BETTER)
                        .frequency(PeriodType.FINANCIAL_YEAR)
                        .build())
                .addPartners(Partner.builder().id(id("pa-1")).name(Text.of("NHS")).build())
                .addLinks(link("d-1.1.1", LinkKind.CONTRIBUTES_TO, "o-3"),
                        link("p-2.1", LinkKind.CONTRIBUTES_TO, "o-3"),
                        link("k-1", LinkKind.EVIDENCES, "o-1"),
                        link("d-1.1.1", LinkKind.INVOLVES, "pa-1"),
                        link("t-1", LinkKind.REFLECTS, "v-1"));
    }

    static Plan twoThemes() {
        return twoThemesBuilder().build();
    }
}

package io.github.councilplan.render;

import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.Direction;
import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.Edition;
import io.github.councilplan.model.EditionStatus;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Organisation;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Owner;
import io.github.councilplan.model.OwnerType;
import io.github.councilplan.model.Partner;
import io.github.councilplan.model.PeriodRange;
import io.github.councilplan.model.PeriodType;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.Purpose;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.SharedValue;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import io.github.councilplan.trace.PlanIndex;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Small hand-built plans for the renderings' golden tests.
 *
 * <p>{@link #small()} is:
 * <pre>
 * plan "Our plan" of Example Council, 2024/25 to 2028/29, edition "2025" adopted 2025-05-01
 *   purpose; value v-1 "Together"; owner ow-1 "Director of Place"
 *   theme t-1 (1) "Place": outcomes o-1 (1.1), o-2 (1.2) after the lead-in "We will have:";
 *     priority p-1.1 (1.1) owned by ow-1: deliverables d-1.1.1 "Sweep more", d-1.1.2 "Fix potholes"
 *   theme t-2 (2) "Town": outcome o-3 (2.1); priority p-2.1 (2.1): deliverable d-2.1.1 "Open a market"
 *   measure k-1 with a target and an actual for 2025/26; partner pa-1 "NHS"
 * links
 *   d-1.1.2 contributesTo o-2;  k-1 evidences o-1;  d-2.1.1 involves pa-1;  t-1 reflects v-1
 * </pre>
 * so d-1.1.1 serves o-1 and o-2 by containment, d-1.1.2 serves o-2 by links, and d-2.1.1 serves
 * o-3 by containment.
 */
final class RenderPlans {
    private RenderPlans() {}

    static ElementId id(String id) {
        return ElementId.of(id);
    }

    static Plan.Builder emptyPlan() {
        return Plan.builder()
                .id(id("plan"))
                .title(Text.of("Our plan"))
                .organisation(Organisation.of(Text.of("Example Council")))
                .period(PeriodRange.of(ReportingPeriod.parse("2024/25"), ReportingPeriod.parse("2028/29")));
    }

    static Outcome outcome(String id, String number, String statement) {
        return Outcome.builder().id(id(id)).number(DisplayNumber.of(number)).statement(Text.of(statement)).build();
    }

    static Deliverable deliverable(String id, String number, String title) {
        return Deliverable.builder().id(id(id)).number(DisplayNumber.of(number)).title(Text.of(title)).build();
    }

    static Priority.Builder priority(String id, String number, String title) {
        return Priority.builder().id(id(id)).number(DisplayNumber.of(number)).title(Text.of(title));
    }

    static Theme.Builder theme(String id, String number, String name) {
        return Theme.builder().id(id(id)).number(DisplayNumber.of(number)).name(Text.of(name));
    }

    static Plan.Builder smallBuilder() {
        return emptyPlan()
                .edition(Edition.builder().name("2025").status(EditionStatus.ADOPTED)
                        .adoptedOn(LocalDate.of(2025, 5, 1)).build())
                .purpose(Purpose.builder().introduction(Text.of("Our purpose is to:"))
                        .addStatements(Text.of("serve residents"))
                        .addApproaches(Text.of("listening"))
                        .build())
                .addValues(SharedValue.builder().id(id("v-1")).name(Text.of("Together"))
                        .addBehaviours(Text.of("working with others")).build())
                .addThemes(theme("t-1", "1", "Place")
                        .putLeadIns("outcomes", Text.of("We will have:"))
                        .addOutcomes(outcome("o-1", "1.1", "cleaner streets"), outcome("o-2", "1.2", "safer roads"))
                        .addPriorities(priority("p-1.1", "1.1", "Keep streets clean")
                                .addOwners(id("ow-1"))
                                .addDeliverables(deliverable("d-1.1.1", "1.1.1", "Sweep more"),
                                        deliverable("d-1.1.2", "1.1.2", "Fix potholes"))
                                .build())
                        .build())
                .addThemes(theme("t-2", "2", "Town")
                        .addOutcomes(outcome("o-3", "2.1", "a thriving town centre"))
                        .addPriorities(priority("p-2.1", "2.1", "Support the high street")
                                .addDeliverables(deliverable("d-2.1.1", "2.1.1", "Open a market"))
                                .build())
                        .build())
                .addMeasures(Measure.builder()
                        .id(id("k-1"))
                        .name(Text.of("Streets graded clean"))
                        .unit("%")
                        .direction(Direction.HIGHER_IS_BETTER)
                        .frequency(PeriodType.FINANCIAL_YEAR)
                        .putTargets(ReportingPeriod.parse("2025/26"), new BigDecimal("90"))
                        .putActuals(ReportingPeriod.parse("2025/26"), new BigDecimal("92.5"))
                        .build())
                .addOwners(Owner.builder().id(id("ow-1")).name(Text.of("Director of Place"))
                        .type(OwnerType.ROLE).build())
                .addPartners(Partner.builder().id(id("pa-1")).name(Text.of("NHS")).build())
                .addLinks(Link.of(id("d-1.1.2"), LinkKind.CONTRIBUTES_TO, id("o-2")),
                        Link.of(id("k-1"), LinkKind.EVIDENCES, id("o-1")),
                        Link.of(id("d-2.1.1"), LinkKind.INVOLVES, id("pa-1")),
                        Link.of(id("t-1"), LinkKind.REFLECTS, id("v-1")));
    }

    static PlanIndex small() {
        return PlanIndex.of(smallBuilder().build());
    }

    /** A plan whose one deliverable has {@code title}, in a theme with one outcome. */
    static PlanIndex withDeliverableTitled(String title) {
        return PlanIndex.of(emptyPlan()
                .addThemes(theme("t-1", "1", "Place")
                        .addOutcomes(outcome("o-1", "1.1", "cleaner streets"))
                        .addPriorities(priority("p-1.1", "1.1", "Keep streets clean")
                                .addDeliverables(deliverable("d-1.1.1", "1.1.1", title))
                                .build())
                        .build())
                .build());
    }
}

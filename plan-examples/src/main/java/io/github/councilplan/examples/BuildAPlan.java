package io.github.councilplan.examples;

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
import io.github.councilplan.model.Owner;
import io.github.councilplan.model.OwnerType;
import io.github.councilplan.model.PeriodRange;
import io.github.councilplan.model.PeriodType;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import io.github.councilplan.model.Tolerance;
import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.schema.PlanYaml;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Example: builds a small plan in code, a theme with one outcome, one priority and one
 * deliverable with an owner, a milestone and a measure that evidences the outcome, and writes it
 * as JSON and as YAML.
 *
 * <p>Run it with {@code ./mvnw -q -DskipTests package exec:java@build-plan}. This class is
 * stateless and thread-safe.
 */
public final class BuildAPlan {
    private BuildAPlan() {}

    /**
     * Prints the plan built by {@link #plan()} as JSON, then as YAML, to standard output.
     *
     * @param args the command-line arguments, ignored; may be null
     */
    public static void main(String[] args) {
        Plan plan = plan();
        System.out.println("# As JSON (PlanJson.standard().write(plan))");
        System.out.println(PlanJson.standard().write(plan));
        System.out.println();
        System.out.println("# As YAML (PlanYaml.standard().write(plan))");
        System.out.print(PlanYaml.standard().write(plan));
    }

    /**
     * Builds the example plan. Every builder checks its own rules when {@code build()} is called
     * and throws {@link IllegalArgumentException} naming the field and the bad value.
     *
     * @return a valid plan, not null
     */
    public static Plan plan() {
        ElementId owner = ElementId.of("own-digital");
        Outcome outcome = Outcome.builder()
                .id(ElementId.of("o-1-1"))
                .statement(Text.of("services residents can use online, first time, at any hour"))
                .build();
        Deliverable deliverable = Deliverable.builder()
                .id(ElementId.of("d-1.1.1"))
                .number(DisplayNumber.of("1.1.1"))
                .title(Text.of("Move the top twenty transactions online"))
                .addOwners(owner)
                .addMilestones(Milestone.builder()
                        .id(ElementId.of("m-1.1.1-a"))
                        .title(Text.of("Online payments live"))
                        .due(LocalDate.of(2026, 3, 31))
                        .build())
                .build();
        return Plan.builder()
                .id(ElementId.of("example-plan"))
                .title(Text.of("Our plan for 2025 to 2029"))
                .organisation(Organisation.of(Text.of("Example Council")))
                .period(PeriodRange.of(ReportingPeriod.parse("2025/26"), ReportingPeriod.parse("2028/29")))
                .addThemes(Theme.builder()
                        .id(ElementId.of("t-enabling"))
                        .number(DisplayNumber.of("1"))
                        .name(Text.of("Enabling"))
                        .putLeadIns("outcomes", Text.of("Residents will have:"))
                        .addOutcomes(outcome)
                        .addPriorities(Priority.builder()
                                .id(ElementId.of("p-1.1"))
                                .number(DisplayNumber.of("1.1"))
                                .title(Text.of("Modernise and digitise services"))
                                .addDeliverables(deliverable)
                                .build())
                        .build())
                .addMeasures(Measure.builder()
                        .id(ElementId.of("kpi-online-share"))
                        .name(Text.of("Share of transactions completed online"))
                        .unit("%")
                        .direction(Direction.HIGHER_IS_BETTER)
                        .frequency(PeriodType.FINANCIAL_QUARTER)
                        .putTargets(ReportingPeriod.parse("2025/26 Q4"), new BigDecimal("60"))
                        .putActuals(ReportingPeriod.parse("2025/26 Q4"), new BigDecimal("57.5"))
                        .tolerance(Tolerance.absolute(new BigDecimal("5")))
                        .addOwners(owner)
                        .build())
                .addOwners(Owner.builder()
                        .id(owner)
                        .name(Text.of("Head of Digital"))
                        .type(OwnerType.ROLE)
                        .build())
                .addLinks(Link.of(deliverable.id(), LinkKind.CONTRIBUTES_TO, outcome.id()),
                        Link.of(ElementId.of("kpi-online-share"), LinkKind.EVIDENCES, outcome.id()))
                .build();
    }
}

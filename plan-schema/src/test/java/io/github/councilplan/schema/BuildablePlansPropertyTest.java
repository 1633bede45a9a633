package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanArbitraries;
import io.github.councilplan.model.json.PlanJson;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Every plan the model can build ({@link PlanArbitraries}: every part of the model and every shape
 * of format 0.2, text in several languages and full of characters that need escaping, extensions
 * of any JSON) is a document the validator accepts, with no schema or rule error, and reads back to
 * an equal plan, written as JSON or as YAML; and no date or period of one, inside its period or of
 * an element marked long-term, draws a warning.
 *
 * <p>The validator here admits numbers as long as the model does (digits up to a thousand places
 * either side of the point): the default limit of 100 digits is a safety bound that refuses some
 * numbers the model holds, such as the largest double in an extension, written out in full.
 */
class BuildablePlansPropertyTest {
    private static final PlanValidator VALIDATOR =
            PlanValidator.create(ValidationLimits.defaults().withMaxNumberLength(2_100));

    @Provide
    Arbitrary<Plan> plans() {
        return PlanArbitraries.plans();
    }

    /*
     * No edge cases: jqwik would hold as many as it makes tries, each a whole plan, which at
     * 10,000 tries outgrows the tests' heap; random plans include small and empty ones often.
     */
    @Property(edgeCases = EdgeCasesMode.NONE)
    void everyPlanTheModelBuildsIsValidAndReadsBackEqualFromJsonAndYaml(@ForAll("plans") Plan plan) {
        String json = PlanJson.standard().write(plan);
        String yaml = PlanYaml.standard().write(plan);

        ValidationReport fromJson = VALIDATOR.validate(json, DocumentFormat.JSON);
        ValidationReport fromYaml = VALIDATOR.validate(yaml, DocumentFormat.YAML);

        assertThat(fromJson.errors()).as("errors in\n%s", json).isEmpty();
        assertThat(fromJson.plan()).contains(plan);
        assertThat(fromYaml.errors()).as("errors in\n%s", yaml).isEmpty();
        assertThat(fromYaml.plan()).contains(plan);
        assertThat(codesAndPointers(fromYaml)).as("the same warnings").isEqualTo(codesAndPointers(fromJson));
        // the generated plans keep their dates and periods inside the plan's but for long-term elements
        assertThat(fromJson.problems()).extracting(Problem::code).as("%s", fromJson.problems())
                .doesNotContain(ProblemCode.RULE_DATE_OUTSIDE_PLAN, ProblemCode.RULE_PERIOD_OUTSIDE_PLAN);
        fromJson.problems().forEach(problem -> Statistics.label("warnings and notes").collect(problem.code().code()));
    }

    private static List<String> codesAndPointers(ValidationReport report) {
        return report.problems().stream().map(problem -> problem.code().code() + " " + problem.pointer()).toList();
    }
}

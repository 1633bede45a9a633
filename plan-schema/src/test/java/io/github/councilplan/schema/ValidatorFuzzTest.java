package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.councilplan.model.json.InvalidPlanException;
import io.github.councilplan.model.json.PlanJson;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzz targets (Jazzer) for the validator and the readers: any throwable other
 * than the documented ones is a finding. The oracle is {@link ReadingFuzzPropertyTest}'s: the
 * validator throws nothing and gives a located verdict; {@code PlanJson} and {@code PlanYaml}
 * throw only {@link InvalidPlanException}, with at least one problem.
 *
 * <p>In a plain build ({@code ./mvnw verify}) each target runs once per seed: the plan fixtures
 * (every {@code valid-*} and {@code invalid-*} file of {@code src/test/resources/fixtures}), which
 * the build copies into {@code ValidatorFuzzTestInputs} beside this class, and any earlier
 * finding kept in {@code src/test/resources/io/github/councilplan/schema/ValidatorFuzzTestInputs/<method>/}.
 * With {@code JAZZER_FUZZ=1} one target at a time is fuzzed for at most its {@code maxDuration}
 * ({@code .ci/fuzz}); a finding fails the test and its input is written to that directory.
 * The validator's default limits bound each execution.
 */
class ValidatorFuzzTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();

    @FuzzTest(maxDuration = "30s")
    void validatorGivesALocatedVerdictInBothFormats(byte[] document) {
        for (DocumentFormat format : DocumentFormat.values()) {
            Verdicts.assertLocated(VALIDATOR.validate(document, format), null);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void planJsonThrowsOnlyInvalidPlanException(byte[] document) {
        readsOrThrowsInvalidPlan(() -> PlanJson.standard().read(document));
        readsOrThrowsInvalidPlan(() -> PlanJson.standard().read(new String(document, StandardCharsets.UTF_8)));
    }

    @FuzzTest(maxDuration = "30s")
    void planYamlThrowsOnlyInvalidPlanException(byte[] document) {
        readsOrThrowsInvalidPlan(() -> PlanYaml.standard().read(document));
        readsOrThrowsInvalidPlan(() -> PlanYaml.standard().read(new String(document, StandardCharsets.UTF_8)));
    }

    /** Runs a read: a plan, or an {@link InvalidPlanException} with problems; anything else escapes. */
    private static void readsOrThrowsInvalidPlan(Read read) {
        try {
            assertThat(read.plan()).isNotNull();
        } catch (InvalidPlanException documented) {
            assertThat(documented.problems()).isNotEmpty();
        }
    }

    /** One read of a plan. */
    @FunctionalInterface
    private interface Read {
        Object plan();
    }
}

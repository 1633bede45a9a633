package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the input, the validator returns a report, and an invalid one says where. */
class ValidatorRobustnessPropertyTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();
    private static final String THURROCK = read(
            Path.of("../plan-examples/src/main/resources/io/github/councilplan/examples/thurrock-corporate-plan.json"));

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 300)
    void arbitraryTextGivesAReportWithALocatedErrorOrAPlan(@ForAll String text) {
        ValidationReport report = VALIDATOR.validate(text, DocumentFormat.JSON);

        assertLocatedVerdict(report);
    }

    @Property(tries = 300)
    void mutatedThurrockPlanGivesAReportWithALocatedErrorOrAPlan(@ForAll("mutations") String document) {
        ValidationReport report = VALIDATOR.validate(document, DocumentFormat.JSON);

        assertLocatedVerdict(report);
    }

    private static void assertLocatedVerdict(ValidationReport report) {
        if (report.isValid()) {
            assertThat(report.plan()).isPresent();
        } else {
            assertThat(report.errors()).isNotEmpty().allSatisfy(problem -> {
                assertThat(problem.line()).isPositive();
                assertThat(problem.column()).isPositive();
                assertThat(problem.message()).isNotBlank();
            });
        }
    }

    @Provide
    Arbitrary<String> mutations() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, THURROCK.length() - 1);
        Arbitrary<String> insert = Arbitraries.of("\"", "{", "}", "[", "]", ",", ":", "null", "1e999", "-0", "\"x\"",
                "true", "\\u0000", "\"id\":\"t-enabling\",", "\n");
        Arbitrary<String> truncate = at.map(i -> THURROCK.substring(0, i));
        Arbitrary<String> deleteRange = Combinators.combine(at, Arbitraries.integers().between(1, 200))
                .as((i, n) -> THURROCK.substring(0, i) + THURROCK.substring(Math.min(THURROCK.length(), i + n)));
        Arbitrary<String> inserted = Combinators.combine(at, insert)
                .as((i, s) -> THURROCK.substring(0, i) + s + THURROCK.substring(i));
        Arbitrary<String> retyped = Combinators.combine(Arbitraries.of("\"title\"", "\"number\"", "\"id\"", "\"name\"",
                "\"deliverables\"", "\"start\""), Arbitraries.of("1", "[]", "{}", "null", "\"\"", "\" \""))
                .as((key, value) -> THURROCK.replaceFirst(key + " : (\"[^\"]*\"|\\[|\\{)", key + " : " + value
                        + (value.equals("[]") || value.equals("{}") ? ", \"_\" : " : "")));
        return Arbitraries.oneOf(truncate, deleteRange, inserted, retyped);
    }
}

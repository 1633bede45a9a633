package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report costs memory for at most {@link ValidationLimits#maxProblems()} problems, each message
 * at most {@link ValidationLimits#maxMessageLength()} characters, whatever the document: the
 * problems beyond are counted by code, the most important are kept (errors first, then document
 * order), and nothing found is lost from the counts.
 */
class ReportLimitsPropertyTest {
    private static final PlanValidator UNLIMITED = PlanValidator.create(ValidationLimits.defaults()
            .withMaxProblems(Integer.MAX_VALUE).withMaxMessageLength(Integer.MAX_VALUE));
    private static final String HEAD = "{\"schemaVersion\":\"0.2\",\"id\":\"p\",\"title\":\"T\","
            + "\"organisation\":{\"name\":\"C\"},\"period\":{\"start\":\"2024\",\"end\":\"2029\"}";

    /** 1,000 tries, as each validates a document twice, also at CI's volume. */
    @Property(tries = 1_000, edgeCases = EdgeCasesMode.NONE)
    void aReportKeepsTheMostImportantProblemsAndCountsEveryOther(@ForAll("faultyDocuments") String document,
            @ForAll @IntRange(min = 1, max = 6) int maxProblems) {
        ValidationReport all = UNLIMITED.validate(document, DocumentFormat.JSON);
        PlanValidator limited = PlanValidator.create(ValidationLimits.defaults().withMaxProblems(maxProblems)
                .withMaxMessageLength(Integer.MAX_VALUE));

        ValidationReport report = Verdicts.validate(limited, document, DocumentFormat.JSON);

        List<Problem> expectedKept = all.problems().stream()
                .sorted(Comparator.comparing((Problem p) -> p.severity() != Severity.ERROR)
                        .thenComparing(ValidationReport.DOCUMENT_ORDER))
                .limit(maxProblems).sorted(ValidationReport.DOCUMENT_ORDER).collect(Collectors.toList());
        assertThat(report.problems()).isEqualTo(expectedKept);
        Map<ProblemCode, Long> counted = countByCode(report.problems());
        report.omitted().forEach((code, n) -> counted.merge(code, n, Long::sum));
        assertThat(counted).isEqualTo(countByCode(all.problems()));
        assertThat(report.isValid()).isEqualTo(all.isValid());
    }

    @Property(tries = 1_000, edgeCases = EdgeCasesMode.NONE)
    void noMessageIsLongerThanTheLimit(@ForAll("faultyDocuments") String document,
            @ForAll @IntRange(min = 20, max = 80) int maxMessageLength) {
        PlanValidator limited = PlanValidator.create(ValidationLimits.defaults().withMaxMessageLength(maxMessageLength));

        ValidationReport report = Verdicts.validate(limited, document, DocumentFormat.JSON);

        assertThat(report.problems()).allSatisfy(problem -> assertThat(problem.message()).hasSizeLessThanOrEqualTo(
                maxMessageLength));
        assertThat(report.problems().stream().map(Problem::code).collect(Collectors.toList()))
                .isEqualTo(UNLIMITED.validate(document, DocumentFormat.JSON).problems().stream().map(Problem::code)
                        .collect(Collectors.toList()));
    }

    @Test
    void aHundredThousandEmptyMeasuresKeepAThousandProblemsAndCountTheRest() {
        String document = HEAD + ",\"measures\":[" + String.join(",", java.util.Collections.nCopies(100_000, "{}"))
                + "]}";

        ValidationReport report = Verdicts.validate(PlanValidator.create(), document, DocumentFormat.JSON);

        assertThat(report.problems()).hasSize(1_000);
        assertThat(report.problems().get(0).pointer()).isEqualTo("/measures/0");
        long found = report.problems().size() + report.omitted().values().stream().mapToLong(Long::longValue).sum();
        // an empty measure lacks its id and its name, the two properties format 0.2 requires of it
        assertThat(found).isEqualTo(200_000);
        assertThat(report.omitted()).containsOnlyKeys(ProblemCode.SCHEMA_REQUIRED);
    }

    @Test
    void aProblemTheSchemaReportsSeveralTimesOverIsCountedOnceWhenItIsNotKept() {
        // uniqueItems is reported once per repeated item: three times here, one problem
        String document = HEAD.replace("\"id\":\"p\"", "\"id\":7") + ",\"languages\":[\"cy\",\"cy\",\"cy\",\"cy\"]}";
        PlanValidator keepingOne = PlanValidator.create(ValidationLimits.defaults().withMaxProblems(1));

        ValidationReport all = UNLIMITED.validate(document, DocumentFormat.JSON);
        ValidationReport report = Verdicts.validate(keepingOne, document, DocumentFormat.JSON);

        assertThat(all.problems()).extracting(Problem::code).containsExactly(ProblemCode.SCHEMA_TYPE,
                ProblemCode.SCHEMA_UNIQUE_ITEMS);
        assertThat(report.problems()).extracting(Problem::code).containsExactly(ProblemCode.SCHEMA_TYPE);
        assertThat(report.omitted()).containsExactly(entry(ProblemCode.SCHEMA_UNIQUE_ITEMS, 1L));
    }

    @Test
    void aRuleMessageAboutThousandsOfDeclaredLanguagesStaysWithinTheLimit() {
        StringBuilder languages = new StringBuilder("\"en\"");
        for (int i = 0; i < 2_000; i++) {
            languages.append(",\"en-").append(variant(i)).append('"');
        }
        String document = HEAD.replace("\"title\":\"T\"", "\"title\":\"T\",\"languages\":[" + languages + "]") + "}";

        ValidationReport report = Verdicts.validate(PlanValidator.create(), document, DocumentFormat.JSON);

        // the rule names eight languages and counts the others, so its message needs no cut
        assertThat(report.problems()).filteredOn(p -> p.code() == ProblemCode.RULE_MISSING_LANGUAGE).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.message()).hasSizeLessThanOrEqualTo(
                        ValidationLimits.defaults().maxMessageLength()).contains(" and 1992 more ("));
    }

    /** A variant subtag of five letters, different for each number. */
    private static String variant(int i) {
        StringBuilder variant = new StringBuilder();
        for (int k = 0; k < 5; k++) {
            variant.append((char) ('a' + i % 26));
            i /= 26;
        }
        return variant.toString();
    }

    private static Map<ProblemCode, Long> countByCode(List<Problem> problems) {
        Map<ProblemCode, Long> counts = new EnumMap<>(ProblemCode.class);
        problems.forEach(problem -> counts.merge(problem.code(), 1L, Long::sum));
        return counts;
    }

    /** Valid plans damaged in their structure, and small plans with many faults of several layers. */
    @Provide
    Arbitrary<String> faultyDocuments() {
        Arbitrary<String> damaged = DocumentMutation.mutated(ValidPlans.all(), 6)
                .map(tree -> JsonMapper.shared().writeValueAsString(tree));
        Arbitrary<String> element = Arbitraries.of("{}", "{\"id\":\"x\"}", "{\"id\":\"x\",\"name\":\"N\"}",
                "{\"id\":\"bad id\",\"name\":\"\"}", "{\"id\":\"t\",\"name\":\"N\",\"number\":\"1..2\"}", "1", "null");
        Arbitrary<String> manyFaults = element.list().ofMinSize(1).ofMaxSize(12)
                .map(themes -> HEAD + ",\"themes\":[" + String.join(",", themes) + "],\"measures\":["
                        + String.join(",", new ArrayList<>(themes)) + "]}");
        return Arbitraries.oneOf(damaged, manyFaults);
    }
}

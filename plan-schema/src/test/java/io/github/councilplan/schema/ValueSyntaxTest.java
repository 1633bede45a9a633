package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.PeriodType;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Text;
import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The schema's syntax for ids, numbers, periods, blank text and language tags agrees with the
 * model's parsers, as networknt's validator applies it.
 */
class ValueSyntaxTest {
    private static final Schema ELEMENT_ID = TestSchemas.definition("elementId");
    private static final Schema DISPLAY_NUMBER = TestSchemas.definition("displayNumber");
    private static final Schema REPORTING_PERIOD = TestSchemas.definition("reportingPeriod");
    private static final Schema NON_BLANK_STRING = TestSchemas.definition("nonBlankString");
    private static final Schema TEXT = TestSchemas.definition("text");
    private static final Schema LANGUAGE_TAG = TestSchemas.definition("languageTag");
    private static final Schema CANONICAL_LANGUAGE_TAG = TestSchemas.definition("canonicalLanguageTag");

    private static boolean accepts(Schema schema, String value) {
        return schema.validate(JsonNodeFactory.instance.stringNode(value)).isEmpty();
    }

    /**
     * Asserts that schema and model agree on a value, and records whether it was valid, so that
     * {@link #bothOutcomesAreCommon()} can require the generator to produce valid and invalid values.
     */
    private static void assertAgree(String value, boolean schemaAccepts, boolean modelAccepts) {
        Statistics.collect(modelAccepts ? "valid" : "invalid");
        assertThat(schemaAccepts).as("schema accepts '%s'", value).isEqualTo(modelAccepts);
    }

    private static void bothOutcomesAreCommon() {
        Statistics.coverage(coverage -> {
            coverage.check("valid").percentage(p -> p >= 5);
            coverage.check("invalid").percentage(p -> p >= 5);
        });
    }

    private static boolean modelAccepts(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    // ---- element ids ------------------------------------------------------------------------------

    @Provide
    Arbitrary<String> idLike() {
        Arbitrary<String> wellFormed = Arbitraries.strings().withChars("aZ09._:-").ofMinLength(0).ofMaxLength(105);
        Arbitrary<String> anything = Arbitraries.strings().withChars("aZ09._:- /\n\r\t\u00e9#").ofMaxLength(12);
        Arbitrary<String> trailing = Combinators.combine(wellFormed, Arbitraries.of("\n", "\r\n", " ", "\u2028", ""))
                .as(String::concat);
        return Arbitraries.oneOf(wellFormed, anything, trailing);
    }

    @Property
    void elementIdSchemaAcceptsExactlyWhatElementIdOfAccepts(@ForAll("idLike") String value) {
        assertAgree(value, accepts(ELEMENT_ID, value), modelAccepts(() -> ElementId.of(value)));
        bothOutcomesAreCommon();
    }

    // ---- display numbers --------------------------------------------------------------------------

    @Provide
    Arbitrary<String> numberLike() {
        Arbitrary<String> wellFormed = Arbitraries.strings().withChars("1A9z.").ofMinLength(0).ofMaxLength(45);
        Arbitrary<String> anything = Arbitraries.strings().withChars("1A.- \n\u00e9").ofMaxLength(8);
        return Arbitraries.oneOf(wellFormed, anything, wellFormed.map(s -> s + "\n"));
    }

    @Property
    void displayNumberSchemaAcceptsExactlyWhatDisplayNumberOfAccepts(@ForAll("numberLike") String value) {
        assertAgree(value, accepts(DISPLAY_NUMBER, value), modelAccepts(() -> DisplayNumber.of(value)));
        bothOutcomesAreCommon();
    }

    // ---- reporting periods ------------------------------------------------------------------------

    @Provide
    Arbitrary<String> periodLike() {
        Arbitrary<Integer> year = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 9999).withDistribution(RandomDistribution.uniform()),
                Arbitraries.of(999, 1000, 1999, 2009, 2099, 2999, 9998, 9999));
        Arbitrary<String> yearText = year.map(y -> String.format("%04d", y));
        Arbitrary<String> quarter = Arbitraries.of("", "", " Q1", " Q4", " Q0", " Q5", " q1", "Q1", "  Q2");
        // the end is the year after the start half the time, any two digits otherwise
        Arbitrary<String> financial = Combinators.combine(year, Arbitraries.integers().between(0, 99),
                        Arbitraries.of(true, false), quarter, Arbitraries.of("/", "-", "/"))
                .as((y, random, next, q, separator) -> String.format("%04d", y) + separator
                        + String.format("%02d", next ? (y + 1) % 100 : random) + q);
        Arbitrary<String> month = Combinators.combine(yearText, Arbitraries.integers().between(0, 19))
                .as((y, m) -> y + "-" + String.format("%02d", m));
        Arbitrary<String> calendar = yearText;
        Arbitrary<String> odd = Arbitraries.strings().withChars("0129/- Q").ofMaxLength(12);
        Arbitrary<String> period = Arbitraries.frequencyOf(
                Tuple.of(4, financial), Tuple.of(2, month), Tuple.of(2, calendar), Tuple.of(1, odd));
        Arbitrary<String> trailing = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just("")), Tuple.of(1, Arbitraries.just("\n")), Tuple.of(1, Arbitraries.just(" ")));
        return Combinators.combine(period, trailing).as(String::concat);
    }

    @Property
    void reportingPeriodSchemaAcceptsExactlyWhatReportingPeriodParseAccepts(@ForAll("periodLike") String value) {
        assertAgree(value, accepts(REPORTING_PERIOD, value), modelAccepts(() -> ReportingPeriod.parse(value)));
        bothOutcomesAreCommon();
    }

    @Property
    void everyPeriodTheModelWritesMatchesTheSchema(
            @ForAll PeriodType type,
            @ForAll @IntRange(min = ReportingPeriod.MIN_YEAR, max = ReportingPeriod.MAX_YEAR) int year,
            @ForAll @IntRange(min = 1, max = 12) int month) {
        ReportingPeriod period;
        switch (type) {
            case FINANCIAL_YEAR:
                period = ReportingPeriod.financialYear(year);
                break;
            case FINANCIAL_QUARTER:
                period = ReportingPeriod.financialQuarter(year, (month + 2) / 3);
                break;
            case MONTH:
                period = ReportingPeriod.month(YearMonth.of(year, month));
                break;
            default:
                period = ReportingPeriod.calendarYear(year);
        }

        assertThat(accepts(REPORTING_PERIOD, period.toString())).as(period.toString()).isTrue();
    }

    // ---- blank text -------------------------------------------------------------------------------

    @Provide
    Arbitrary<String> whitespaceLike() {
        // Java's whitespace, Unicode spaces Java does not count as whitespace, and two visible characters
        String chars = " \t\n\u000b\f\r\u001c\u001d\u001e\u001f\u1680\u2000\u2006\u2007\u2008\u200a\u2028\u2029"
                + "\u205f\u3000\u00a0\u202f\ufeff\u180e\u0085\u200bx.";
        return Arbitraries.strings().withChars(chars).ofMaxLength(4);
    }

    @Property
    void nonBlankStringSchemaAcceptsExactlyTheStringsJavaDoesNotCallBlank(@ForAll("whitespaceLike") String value) {
        assertAgree(value, accepts(NON_BLANK_STRING, value), !value.isBlank());
        bothOutcomesAreCommon();
    }

    @Property
    void textSchemaAcceptsExactlyTheStringsTextOfAccepts(@ForAll("whitespaceLike") String value) {
        assertAgree(value, accepts(TEXT, value), modelAccepts(() -> Text.of(value)));
        bothOutcomesAreCommon();
    }

    // ---- language tags ----------------------------------------------------------------------------

    @Provide
    Arbitrary<String> tagLike() {
        String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        Arbitrary<String> subtag = Arbitraries.oneOf(
                Arbitraries.strings().withChars(letters).ofMinLength(2).ofMaxLength(4),
                Arbitraries.strings().numeric().ofLength(3),
                Arbitraries.strings().withChars(letters + "0123456789").ofMinLength(1).ofMaxLength(9),
                Arbitraries.of("u", "x", "a", "t", "1", "X"));
        Arbitrary<String> language = Arbitraries.oneOf(
                Arbitraries.strings().withChars(letters).ofMinLength(2).ofMaxLength(3),
                Arbitraries.strings().withChars(letters).ofMinLength(1).ofMaxLength(9));
        return Combinators.combine(language, subtag.list().ofMaxSize(5))
                .as((first, rest) -> rest.isEmpty() ? first : first + "-" + String.join("-", rest));
    }

    @Property
    void everyLanguageTagTheSchemaAcceptsTheModelAccepts(@ForAll("tagLike") String tag) {
        boolean schemaAccepts = accepts(LANGUAGE_TAG, tag);
        Statistics.collect(schemaAccepts ? "valid" : "invalid");
        if (schemaAccepts) {
            assertThat(modelAccepts(() -> Text.canonicalTag(tag))).as(tag).isTrue();
        }
        bothOutcomesAreCommon();
    }

    @Property
    void theCanonicalFormOfEveryTagTheModelAcceptsMatchesTheSchema(@ForAll("tagLike") String tag) {
        boolean modelAccepts = modelAccepts(() -> Text.canonicalTag(tag));
        Statistics.collect(modelAccepts ? "valid" : "invalid");
        bothOutcomesAreCommon();
        if (modelAccepts) {
            String canonical = Text.canonicalTag(tag);

            assertThat(accepts(CANONICAL_LANGUAGE_TAG, canonical)).as("%s -> %s", tag, canonical).isTrue();
        }
    }

    @Example
    void schemaAcceptsTheLanguageTagsOfBritishAndIrishCouncils() {
        for (String tag : new String[] {"en", "cy", "gd", "ga", "kw", "gv", "sco", "en-GB", "cy-GB", "EN-gb"}) {
            assertThat(accepts(LANGUAGE_TAG, tag)).as(tag).isTrue();
        }
    }

    @Example
    void canonicalSchemaRejectsTagsInTheWrongCase() {
        for (String tag : new String[] {"EN", "en-gb", "sr-latn-RS", "en-a-BBB", "en-X-foo"}) {
            assertThat(accepts(CANONICAL_LANGUAGE_TAG, tag)).as(tag).isFalse();
        }
    }
}

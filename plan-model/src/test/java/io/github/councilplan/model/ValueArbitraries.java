package io.github.councilplan.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * jqwik generators for the model's value types, for reuse by any test in this package.
 *
 * <p>Generators named {@code ...Texts} give the strings a value type parses; the others give the
 * values themselves. Every generator gives only valid values unless its name says otherwise.
 */
public final class ValueArbitraries {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The letters and digits that ids and display numbers are built from. */
    public static final String ALPHANUMERIC =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /** The punctuation an element id may hold after its first character. */
    public static final String ID_PUNCTUATION = "._:-";

    /** Well-formed BCP 47 tags, already canonical, that tagged text is generated in. */
    public static final List<String> CANONICAL_TAGS = List.of(
            "en", "cy", "en-GB", "cy-GB", "gd", "ga", "kw", "fr", "de", "pl", "pa", "ur", "pa-Arab-PK",
            "zh-Hant-TW", "sr-Latn", "es-419");

    private ValueArbitraries() {}

    // ---------------------------------------------------------------- ids and display numbers

    /** Any valid element id text: a letter or digit, then up to 99 letters, digits or {@code ._:-}. */
    public static Arbitrary<String> elementIdTexts() {
        Arbitrary<Character> first = Arbitraries.chars().with(ALPHANUMERIC);
        Arbitrary<String> rest = Arbitraries.strings()
                .withChars(ALPHANUMERIC + ID_PUNCTUATION)
                .ofMaxLength(ElementId.MAX_LENGTH - 1);
        return Arbitraries.oneOf(Combinators.combine(first, rest).as((f, r) -> f + r), naturalOrderTexts());
    }

    /** Any valid element id. */
    public static Arbitrary<ElementId> elementIds() {
        return elementIdTexts().map(ElementId::of);
    }

    /**
     * Short valid element id texts made of few distinct parts, so that equal strings, strings
     * equal but for leading zeros, and numbers with many digits all turn up often.
     */
    public static Arbitrary<String> naturalOrderTexts() {
        Arbitrary<String> chunk = Arbitraries.oneOf(digitRuns(), Arbitraries.of("a", "b", "B", "z", "p", "KPI"),
                Arbitraries.of(".", "-", "_", ":"));
        Arbitrary<String> firstChunk = Arbitraries.oneOf(digitRuns(), Arbitraries.of("a", "b", "B", "z", "p", "KPI"));
        return Combinators.combine(firstChunk, chunk.list().ofMaxSize(5)).as((first, rest) -> first + String.join("", rest));
    }

    /**
     * Ids from {@link #naturalOrderTexts()}, where the natural order has the most to get wrong.
     */
    public static Arbitrary<ElementId> naturalOrderIds() {
        return naturalOrderTexts().map(ElementId::of);
    }

    /**
     * Runs of ASCII digits: small numbers, often with leading zeros, and now and then numbers too
     * big for a {@code long}.
     */
    public static Arbitrary<String> digitRuns() {
        Arbitrary<String> zeros = Arbitraries.integers().between(0, 3).map("0"::repeat);
        Arbitrary<BigInteger> value = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(0, 12).map(BigInteger::valueOf)),
                Tuple.of(1, Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(25))));
        return Combinators.combine(zeros, value).as((z, v) -> z + v);
    }

    /** One segment of a display number: letters and digits, often with leading zeros. */
    public static Arbitrary<String> displaySegments() {
        return Arbitraries.oneOf(
                digitRuns().filter(s -> s.length() <= 8),
                Arbitraries.strings().withChars(ALPHANUMERIC).ofMinLength(1).ofMaxLength(4));
    }

    /** Any valid display number text: 1 to 6 segments joined by dots, at most 40 characters. */
    public static Arbitrary<String> displayNumberTexts() {
        return displaySegments().list().ofMinSize(1).ofMaxSize(6)
                .map(segments -> String.join(".", segments))
                .filter(s -> s.length() <= DisplayNumber.MAX_LENGTH);
    }

    /** Any valid display number. */
    public static Arbitrary<DisplayNumber> displayNumbers() {
        return displayNumberTexts().map(DisplayNumber::of);
    }

    // ---------------------------------------------------------------- reporting periods

    /** Any year a period may start in, {@link ReportingPeriod#MIN_YEAR} to {@link ReportingPeriod#MAX_YEAR}. */
    public static Arbitrary<Integer> years() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(1990, 2060)),
                Tuple.of(1, Arbitraries.integers().between(ReportingPeriod.MIN_YEAR, ReportingPeriod.MAX_YEAR)));
    }

    /** Any financial year. */
    public static Arbitrary<ReportingPeriod> financialYears() {
        return years().map(ReportingPeriod::financialYear);
    }

    /** Any quarter of a financial year. */
    public static Arbitrary<ReportingPeriod> financialQuarters() {
        return Combinators.combine(years(), Arbitraries.integers().between(1, 4)).as(ReportingPeriod::financialQuarter);
    }

    /** Any calendar month. */
    public static Arbitrary<ReportingPeriod> months() {
        return Combinators.combine(years(), Arbitraries.integers().between(1, 12))
                .as((year, month) -> ReportingPeriod.month(YearMonth.of(year, month)));
    }

    /** Any calendar year. */
    public static Arbitrary<ReportingPeriod> calendarYears() {
        return years().map(ReportingPeriod::calendarYear);
    }

    /** Any reporting period, of every type. */
    public static Arbitrary<ReportingPeriod> reportingPeriods() {
        return Arbitraries.oneOf(financialYears(), financialQuarters(), months(), calendarYears());
    }

    /** Reporting periods that have both a next and a previous period in range. */
    public static Arbitrary<ReportingPeriod> reportingPeriodsWithNeighbours() {
        return reportingPeriods().filter(p -> p.startDate().getYear() > ReportingPeriod.MIN_YEAR
                && p.endDate().getYear() < ReportingPeriod.MAX_YEAR);
    }

    /** Any date for which every type of period containing it is in range. */
    public static Arbitrary<LocalDate> dates() {
        long first = LocalDate.of(ReportingPeriod.MIN_YEAR, 4, 1).toEpochDay();
        long last = LocalDate.of(ReportingPeriod.MAX_YEAR, 12, 31).toEpochDay();
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(),
                        LocalDate.of(2060, 12, 31).toEpochDay())),
                Tuple.of(1, Arbitraries.longs().between(first, last)))
                .map(LocalDate::ofEpochDay);
    }

    /** Any day a plan date may be: a day of a year from {@link ReportingPeriod#MIN_YEAR} to {@link ReportingPeriod#MAX_YEAR}. */
    public static Arbitrary<LocalDate> planDays() {
        return dates().filter(day -> day.getYear() >= ReportingPeriod.MIN_YEAR && day.getYear() <= ReportingPeriod.MAX_YEAR);
    }

    /** Any plan date, of every precision: days, months, quarters, financial and calendar years. */
    public static Arbitrary<PlanDate> planDates() {
        return Arbitraries.oneOf(planDays().map(PlanDate::of), reportingPeriods().map(PlanDate::of));
    }

    /** Offsets in days from the start of a period that land in it, before it and after it. */
    public static Arbitrary<Integer> dayOffsets() {
        return Arbitraries.integers().between(-400, 800);
    }

    /** A range from one period to another that does not sort before it. */
    public static Arbitrary<PeriodRange> periodRanges() {
        return reportingPeriods().list().ofSize(2).map(pair -> {
            List<ReportingPeriod> sorted = new ArrayList<>(pair);
            sorted.sort(null);
            return PeriodRange.of(sorted.get(0), sorted.get(1));
        });
    }

    // ---------------------------------------------------------------- numbers

    /**
     * Decimals of every scale, including negative scales such as {@code 1E+3}, as a JSON reader or
     * a person might give them.
     */
    public static Arbitrary<BigDecimal> decimals() {
        return Combinators.combine(
                        Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L),
                        Arbitraries.integers().between(-3, 6))
                .as((unscaled, scale) -> new BigDecimal(BigInteger.valueOf(unscaled), scale));
    }

    /** Decimals that are zero or more, of every scale. */
    public static Arbitrary<BigDecimal> nonNegativeDecimals() {
        return decimals().map(BigDecimal::abs);
    }

    /** Decimals less than zero, of every scale. */
    public static Arbitrary<BigDecimal> negativeDecimals() {
        return decimals().filter(d -> d.signum() != 0).map(d -> d.abs().negate());
    }

    /** Small decimals of scale 0 to 2, where the amber bands of RAG statuses are often hit. */
    public static Arbitrary<BigDecimal> smallDecimals() {
        return Combinators.combine(Arbitraries.integers().between(-5000, 5000), Arbitraries.integers().between(0, 2))
                .as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
    }

    /** Any tolerance, absolute or a percentage, of every scale. */
    public static Arbitrary<Tolerance> tolerances() {
        return Arbitraries.oneOf(
                nonNegativeDecimals().map(Tolerance::absolute),
                nonNegativeDecimals().map(Tolerance::percentOfTarget));
    }

    /** Tolerances whose band is of the same size as {@link #smallDecimals()}. */
    public static Arbitrary<Tolerance> smallTolerances() {
        return Arbitraries.oneOf(
                smallDecimals().map(BigDecimal::abs).map(Tolerance::absolute),
                Arbitraries.integers().between(0, 50).map(BigDecimal::valueOf).map(Tolerance::percentOfTarget));
    }

    /** Any observation: for a period or as at a date, a number, words or both. */
    public static Arbitrary<Observation> observations() {
        Arbitrary<Observation> forPeriods = Combinators.combine(reportingPeriods(), decimals()).as(Observation::of);
        Arbitrary<Observation> asAt = Combinators.combine(planDays(), decimals()).as(Observation::asAt);
        Arbitrary<Observation> inWords = Combinators.combine(reportingPeriods(), untaggedTexts())
                .as((period, text) -> Observation.builder().period(period).text(text).build());
        Arbitrary<Observation> both = Combinators.combine(planDays(), decimals(), texts())
                .as((day, value, text) -> Observation.builder().asAt(day).value(value).text(text).build());
        return Arbitraries.oneOf(forPeriods, asAt, inWords, both);
    }

    /**
     * Measures with or without a direction, whose targets and actuals (numbers, words or both) are
     * for a few periods of 2025, so that targets and actuals often share a period.
     */
    public static Arbitrary<Measure> measures() {
        List<ReportingPeriod> periods = List.of(ReportingPeriod.parse("2025/26"), ReportingPeriod.parse("2025/26 Q1"),
                ReportingPeriod.parse("2025/26 Q2"), ReportingPeriod.parse("2025"));
        Arbitrary<Optional<ReportingPeriod>> when = Arbitraries.integers().between(0, periods.size())
                .map(i -> i == periods.size() ? Optional.empty() : Optional.of(periods.get(i)));
        Arbitrary<Integer> forms = Arbitraries.integers().between(0, 2);
        Arbitrary<Target> targets = Combinators.combine(when, forms, smallDecimals()).as((period, form, value) -> {
            Target.Builder b = Target.builder().period(period);
            return (form == 1 ? b : b.value(value)).text(form == 0 ? Optional.empty() : Optional.of(Text.of("in words")))
                    .build();
        });
        Arbitrary<Observation> actuals = Combinators.combine(when, forms, smallDecimals()).as((period, form, value) -> {
            Observation.Builder b = Observation.builder();
            if (period.isPresent()) {
                b.period(period.get());
            } else {
                b.asAt(LocalDate.of(2025, 9, 30));
            }
            return (form == 1 ? b : b.value(value)).text(form == 0 ? Optional.empty() : Optional.of(Text.of("words")))
                    .build();
        });
        return Combinators.combine(Arbitraries.of(Direction.class).optional(), targets.list().ofMaxSize(4),
                        actuals.list().ofMaxSize(4), smallTolerances().optional())
                .as((direction, ts, as, tolerance) -> Measure.builder().id(ElementId.of("k")).name(Text.of("K"))
                        .direction(direction).tolerance(tolerance)
                        .targets(distinct(ts, Target::when)).actuals(distinct(as, Observation::when)).build());
    }

    private static <T> List<T> distinct(List<T> values, Function<T, String> key) {
        Map<String, T> byKey = new LinkedHashMap<>();
        values.forEach(value -> byKey.putIfAbsent(key.apply(value), value));
        return List.copyOf(byKey.values());
    }

    /** Any target: for a period or the whole plan, a number, words or both. */
    public static Arbitrary<Target> targets() {
        Arbitrary<Target> forPeriods = Combinators.combine(reportingPeriods(), decimals()).as(Target::of);
        Arbitrary<Target> overPlan = decimals().map(Target::overPlan);
        Arbitrary<Target> inWords = Combinators.combine(reportingPeriods(), untaggedTexts())
                .as((period, text) -> Target.builder().period(period).text(text).build());
        Arbitrary<Target> both = Combinators.combine(decimals(), texts())
                .as((value, text) -> Target.builder().value(value).text(text).build());
        return Arbitraries.oneOf(forPeriods, overPlan, inWords, both);
    }

    // ---------------------------------------------------------------- text

    /** Strings with at least one non-whitespace character, including non-ASCII letters. */
    public static Arbitrary<String> nonBlankStrings() {
        return Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars("\t\nâêîôûŵŷéüß€中")
                .ofMinLength(1)
                .ofMaxLength(20)
                .filter(s -> !s.isBlank());
    }

    /** Strings of whitespace only, including the empty string. */
    public static Arbitrary<String> blankStrings() {
        return Arbitraries.strings().withChars(" \t\n\r\u000B\f\u2003\u3000").ofMaxLength(6);
    }

    /** A canonical language tag written in any mix of upper and lower case. */
    public static Arbitrary<String> languageTagsInAnyCase() {
        return Combinators.combine(Arbitraries.of(CANONICAL_TAGS), Arbitraries.longs())
                .as(ValueArbitraries::mixCase);
    }

    private static String mixCase(String text, long bits) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean upper = ((bits >>> (i % Long.SIZE)) & 1) == 1;
            s.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return s.toString();
    }

    /** Untagged text. */
    public static Arbitrary<Text> untaggedTexts() {
        return nonBlankStrings().map(Text::of);
    }

    /** Text-by-language maps with distinct canonical tags, in a generated order. */
    public static Arbitrary<Map<String, String>> textsByLanguage() {
        return Combinators.combine(
                        Arbitraries.of(CANONICAL_TAGS).list().uniqueElements().ofMinSize(1).ofMaxSize(4),
                        nonBlankStrings().list().ofSize(4))
                .as((tags, values) -> {
                    Map<String, String> byLanguage = new LinkedHashMap<>();
                    for (int i = 0; i < tags.size(); i++) {
                        byLanguage.put(tags.get(i), values.get(i));
                    }
                    return byLanguage;
                });
    }

    /** Tagged text in one to four languages. */
    public static Arbitrary<Text> taggedTexts() {
        return textsByLanguage().map(Text::of);
    }

    /** Any text, untagged or tagged. */
    public static Arbitrary<Text> texts() {
        return Arbitraries.oneOf(untaggedTexts(), taggedTexts());
    }

    // ---------------------------------------------------------------- JSON

    /**
     * JSON scalars as an application might build them: strings, booleans, nulls, and numbers held
     * as {@code int}, {@code long}, {@code BigInteger}, {@code BigDecimal} of any scale,
     * {@code double} or {@code float} (finite).
     */
    public static Arbitrary<JsonNode> jsonScalars() {
        return Arbitraries.<JsonNode>oneOf(
                Arbitraries.strings().withCharRange(' ', '~').withChars("\n\t\u00e9\u20ac\u4e2d\u0000")
                        .ofMaxLength(8).map(NODES::stringNode),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.just(NODES.nullNode()),
                Arbitraries.integers().map(NODES::numberNode),
                Arbitraries.longs().map(NODES::numberNode),
                Arbitraries.bigIntegers().between(BigInteger.TWO.pow(90).negate(), BigInteger.TWO.pow(90))
                        .map(NODES::numberNode),
                decimals().map(NODES::numberNode),
                Arbitraries.doubles().map(NODES::numberNode),
                Arbitraries.floats().map(NODES::numberNode));
    }

    /**
     * JSON values: scalars, and arrays and objects of them nested up to two deep. Nested values
     * have no edge cases of their own (jqwik's combinations of them are slow to build), though the
     * scalars in them do.
     */
    public static Arbitrary<JsonNode> jsonValues() {
        return jsonValues(2);
    }

    private static Arbitrary<JsonNode> jsonValues(int depth) {
        if (depth == 0) {
            return jsonScalars();
        }
        Arbitrary<JsonNode> inner = jsonValues(depth - 1);
        return Arbitraries.frequencyOf(
                Tuple.of(3, jsonScalars()),
                Tuple.of(1, jsonArrays(inner)),
                Tuple.of(1, jsonObjects(inner).map(JsonNode.class::cast)));
    }

    /** JSON objects whose values are from {@link #jsonValues()}. */
    public static Arbitrary<ObjectNode> jsonObjects() {
        return jsonObjects(jsonValues());
    }

    private static Arbitrary<JsonNode> jsonArrays(Arbitrary<JsonNode> elements) {
        return elements.list().ofMaxSize(4).map(list -> {
            ArrayNode array = NODES.arrayNode();
            list.forEach(array::add);
            return (JsonNode) array;
        }).withoutEdgeCases();
    }

    private static Arbitrary<ObjectNode> jsonObjects(Arbitrary<JsonNode> values) {
        Arbitrary<String> names = Arbitraries.strings().withCharRange(' ', '~').withChars("\u00e9\n").ofMaxLength(5);
        return Combinators.combine(names, values).as(Tuple::of).list().ofMaxSize(4).map(properties -> {
            ObjectNode object = NODES.objectNode();
            properties.forEach(p -> object.set(p.get1(), p.get2()));
            return object;
        }).withoutEdgeCases();
    }
}

package io.github.councilplan.schema;

import io.github.councilplan.schema.jsonschema.PlanSchema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every {@code pattern} of the schema takes bounded stack whatever the string, so that text up to
 * the string limit in any patterned field ends in a located verdict, never a
 * {@link StackOverflowError}: the patterns never recurse once per repetition. And the patterns
 * rewritten for that accept exactly what the former ones did.
 */
class PatternedFieldsPropertyTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();
    /** A stack far smaller than any thread's default: a pattern that recursed per repetition would overflow it. */
    private static final long SMALL_STACK = 256 * 1024;
    /** The longest string a document may hold (the default string limit). */
    private static final int LONGEST = ValidationLimits.defaults().maxStringLength();

    /**
     * Where each definition of the schema that has a pattern sits in a document: a JSON pointer,
     * or, ending in {@code /*}, the key of the object there.
     */
    private static final Map<String, String> PLACES = Map.of(
            "nonBlankString", "/title",
            "languageTag", "/title/*",
            "canonicalLanguageTag", "/languages/0",
            "elementId", "/id",
            "displayNumber", "/themes/0/number",
            "reportingPeriod", "/period/start");

    /** The patterns as they were, which recursed once per repetition: the reference for what they accept. */
    private static final Map<String, String> FORMER = Map.of(
            "languageTag", "^(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?"
                    + "(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*"
                    + "(?:-[A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?(?![\\s\\S])",
            "canonicalLanguageTag", "^[a-z]{2,8}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?"
                    + "(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[a-wy-z](?:-[a-z0-9]{2,8})+)*"
                    + "(?:-x(?:-[a-z0-9]{1,8})+)?(?![\\s\\S])",
            "displayNumber", "^[A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)*(?![\\s\\S])");

    /** Pieces that, repeated, make the strings each pattern works hardest on. */
    private static final List<String> UNITS = List.of("1.", "a.", "-abcde", "-1abc", "-a-bb", "-x-a", "-a", "a-",
            "-", ".", "2025/26 Q1", "0/1", "x", " ", "-Latn", "-GB", "-419", "--");

    private static Map<String, Pattern> patterns() {
        Map<String, Pattern> patterns = new java.util.TreeMap<>();
        PlanSchema.document().path("$defs").properties().forEach(definition -> {
            JsonNode pattern = definition.getValue().get("pattern");
            if (pattern != null && pattern.isString()) {
                patterns.put(definition.getKey(), Pattern.compile(pattern.asString()));
            }
        });
        return patterns;
    }

    @Test
    void everyDefinitionWithAPatternHasAPlaceInTheDocumentsTested() {
        assertThat(new TreeSet<>(PLACES.keySet())).isEqualTo(new TreeSet<>(patterns().keySet()));
    }

    /**
     * A tenth of the string limit, on a stack of 256 KiB, stands for the whole limit on the
     * default stacks: a pattern that recursed per repetition overflows at a few thousand.
     */
    @Test
    void everyPatternOfTheSchemaMatchesLongStringsOnASmallStack() throws InterruptedException {
        List<String> overflowed = new ArrayList<>();
        for (Map.Entry<String, Pattern> pattern : patterns().entrySet()) {
            for (String start : List.of("", "en", "1", "a")) {
                for (String unit : UNITS) {
                    String text = start + unit.repeat((LONGEST / 10 - start.length()) / unit.length());
                    if (!matchesOnSmallStack(pattern.getValue(), text)) {
                        overflowed.add(pattern.getKey() + " on '" + start + "' + '" + unit + "' repeated");
                    }
                }
            }
        }

        assertThat(overflowed).isEmpty();
    }

    /** Runs the pattern on a thread with a small stack; false if it overflowed. */
    private static boolean matchesOnSmallStack(Pattern pattern, String text) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                pattern.matcher(text).find();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", SMALL_STACK);
        thread.start();
        thread.join();
        if (failure.get() != null && !(failure.get() instanceof StackOverflowError)) {
            throw new AssertionError(failure.get());
        }
        return failure.get() == null;
    }

    @Property(tries = 30)
    void longTextInAnyPatternedFieldGivesALocatedVerdict(@ForAll("placedText") Tuple2<String, String> placed) {
        String document = document(PLACES.get(placed.get1()), placed.get2());

        ValidationReport report = Verdicts.validate(VALIDATOR, document, DocumentFormat.JSON);

        Verdicts.assertLocated(report, document);
    }

    @Property
    void theRewrittenPatternsAcceptWhatTheFormerOnesDid(@ForAll("tagLike") String text) {
        Map<String, Pattern> patterns = patterns();
        for (Map.Entry<String, String> former : FORMER.entrySet()) {
            String shaped = former.getKey().equals("displayNumber") ? text.replace('-', '.') : text;
            assertThat(patterns.get(former.getKey()).matcher(shaped).find())
                    .as("%s on '%s'", former.getKey(), shaped)
                    .isEqualTo(Pattern.compile(former.getValue()).matcher(shaped).find());
        }
    }

    /**
     * A patterned definition and text for it: repetitions of a unit of the form the definition
     * repeats, short or long up to the string limit, after a short start.
     */
    @Provide
    Arbitrary<Tuple2<String, String>> placedText() {
        Map<String, List<String>> units = Map.of(
                "nonBlankString", List.of(" ", "x", "\u2028"),
                "languageTag", List.of("-abcde", "-1abc", "-a-bb", "-x-a", "-a", "-"),
                "canonicalLanguageTag", List.of("-abcde", "-1abc", "-a-bb", "-x-a", "-A"),
                "elementId", List.of("a-", "a.", "-"),
                "displayNumber", List.of("1.", "a.", "1a.", "."),
                "reportingPeriod", List.of("2025/26 Q1", "0/1", "2025"));
        Arbitrary<Integer> lengths = Arbitraries.oneOf(Arbitraries.integers().between(1, 200),
                Arbitraries.integers().between(5_000, LONGEST));
        return Arbitraries.of(new TreeSet<>(PLACES.keySet())).flatMap(definition -> Combinators.combine(
                        Arbitraries.of("", "en", "1", "a", "2025"), Arbitraries.of(units.get(definition)), lengths)
                .as((start, unit, length) -> Tuple.of(definition,
                        start + unit.repeat(Math.max(1, (length - start.length()) / unit.length())))));
    }

    /** Strings of subtags of every shape a language tag or a display number has, and some it must not. */
    @Provide
    Arbitrary<String> tagLike() {
        Arbitrary<String> subtag = Arbitraries.of("en", "EN", "cy", "abc", "Latn", "latn", "GB", "gb", "419", "1996",
                "1abc", "abcde", "ABCDE", "a", "A", "b", "x", "X", "1", "zz", "abcdefgh", "abcdefghi", "", "u", "t",
                "12", "123", "a1b2c", " ", "\n", "é", "_");
        return subtag.list().ofMinSize(1).ofMaxSize(9).map(parts -> String.join("-", parts));
    }

    /** A minimal valid plan with {@code text} at {@code place}. */
    private static String document(String place, String text) {
        ObjectNode plan = (ObjectNode) JsonMapper.shared().readTree("{\"schemaVersion\":\"0.2\",\"id\":\"p\","
                + "\"title\":\"T\",\"languages\":[\"en\"],\"organisation\":{\"name\":\"C\"},"
                + "\"period\":{\"start\":\"2024\",\"end\":\"2029\"},"
                + "\"themes\":[{\"id\":\"t\",\"number\":\"1\",\"name\":\"N\"}]}");
        boolean key = place.endsWith("/*");
        String pointer = key ? place.substring(0, place.length() - 2) : place;
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = plan.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        JsonNode value = key ? JsonMapper.shared().createObjectNode().put(text, "x")
                : JsonMapper.shared().getNodeFactory().stringNode(text);
        if (parent.isArray()) {
            ((tools.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return JsonMapper.shared().writeValueAsString(plan);
    }
}

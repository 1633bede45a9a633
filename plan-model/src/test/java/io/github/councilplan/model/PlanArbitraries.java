package io.github.councilplan.model;

import io.github.councilplan.model.structure.ObjectShape;
import io.github.councilplan.model.structure.PlanStructure;
import io.github.councilplan.model.structure.Property;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * jqwik arbitraries of valid plans, exercising every part of the model.
 *
 * <p>{@link #plans()} generates plans from tiny (the plan alone, or a handful of elements) to
 * moderately large (a hundred elements and more), using every shape of the format: work at every
 * level (objectives with lettered priorities or deliverables, priorities with or without
 * deliverables, deliverables straight under a theme as titled pledges), each with owners, dates,
 * outcomes, lists, milestones and progress updates; outcomes of themes and of every level of work,
 * with dates; lists with items; commitments; cross-cutting principles and shared values; a vision
 * and statements whose bodies hold paragraphs and bulleted or numbered lists, signed with or
 * without a role; a purpose; measures with or without a unit, direction and frequency, baselines,
 * targets for periods made of the measure's periods, over the whole plan or in words, actuals for
 * periods or as at a date, absolute or percentage tolerances; owners with or without a type,
 * accountable to other owners, some overseeing the plan; partners; links of every
 * {@link LinkKind} between elements of the kinds it allows, and links into related plans; plan
 * dates of every {@link DatePrecision}; external references by key, URI or both; provenance, other
 * names and level names on any element, lead-ins on any list that takes one (as
 * {@code PlanStructure} says), a theme's own level names, the plan's level names for every kind;
 * an edition with its decision and successor; a publication date; text untagged or in several
 * languages, some of them partly translated, with non-ASCII characters and characters JSON must
 * escape; extensions holding nested JSON of every kind.
 *
 * <p>Every generated plan is valid beyond the checks the model makes when built: ids are unique
 * across the whole plan, dotted numbers follow nesting (and the numbers of a theme's objectives
 * and priorities do not collide), every owner id and link end names an element of a kind it may
 * name, a link into a related plan names one the plan lists, the targets and actuals of a measure
 * with a frequency are for periods it reports, periods and dates fall inside the plan's period
 * (dates of long-term elements may run past its end), and when the plan declares languages every
 * text is given in exactly those languages, less some of those it declares partial.
 *
 * <p>How: the arbitraries generate <em>drafts</em>, immutable descriptions of the parts of a plan
 * in which ids, numbers, dates, periods, owner references, link ends and most optional parts are
 * only choices (seeds). A draft is resolved into model objects when the whole plan is assembled,
 * against an {@link Assembly} that knows the plan's period and languages, hands out unique ids and
 * records the elements built so far. jqwik can still shrink every choice. Strings, references,
 * provenance and extensions, the costliest parts to generate, come from small per-plan
 * {@link Pools} that texts and elements pick from by seed, so that a text costs a few integers to
 * generate; a whole plan, some hundreds.
 */
@SuppressWarnings("exports") // the test patch of this module hands out jqwik's types, which it cannot export
public final class PlanArbitraries {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Language tags in canonical form, with and without script, region and variant subtags. */
    static final List<String> LANGUAGES = List.of(
            "en", "cy", "en-GB", "cy-GB", "gd", "ga", "kw", "pl", "ur", "pa-Guru", "zh-Hant-HK", "sr-Latn-RS",
            "es-419", "de-CH-1996", "en-x-council");

    /** Pieces of text: words, non-ASCII letters, emoji, and characters that JSON escapes. */
    private static final List<String> TOKENS = List.of(
            "Thurrock", "Council", "Cyngor", "Bwrdeistref", "ŵ", "ŷ", "â", "£", "€", "½", "é", "e\u0301",
            "中文", "😀", "𝔘", "\"", "\\", "/", "\n", "\t", "\r", "\b", "\f", "\u0000", "\u001f", "\u007f",
            "\u2028", "\u2029", "</script>", "&amp;", "'", " ", "\u00a0", "1.2.3", "%", "{", "}", "[", "]", ":",
            ",");

    // Characters for strings, each set given whole: jqwik flat-maps between character ranges,
    // which is slow (see choose)
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";
    private static final String LATIN_AND_GREEK = charsBetween('\u00a0', '\u024f') + charsBetween('\u0370', '\u03ff');

    private static String charsBetween(char first, char last) {
        StringBuilder chars = new StringBuilder();
        for (char c = first; c <= last; c++) {
            chars.append(c);
        }
        return chars.toString();
    }

    /** Each arbitrary made once, so that jqwik's memoized generators find it by identity. */
    private static final Map<String, Arbitrary<?>> MADE = new HashMap<>();

    private PlanArbitraries() {}

    /**
     * Returns the arbitrary made under {@code name}, making it the first time. jqwik looks up the
     * generator of every arbitrary a flat-mapping arbitrary (frequencyOf, optional) picks by
     * equality; structurally equal but distinct instances make that lookup compare whole trees of
     * arbitraries, which made generation ten times slower.
     */
    @SuppressWarnings("unchecked")
    private static synchronized <T> Arbitrary<T> once(String name, Supplier<Arbitrary<T>> make) {
        Arbitrary<?> made = MADE.get(name);
        if (made == null) {
            made = make.get();
            MADE.put(name, made);
        }
        return (Arbitrary<T>) made;
    }

    /**
     * Returns one of {@code options}, each as often as its weight. Unlike
     * {@link Arbitraries#frequencyOf}, it does not flat-map: jqwik regenerates a flat-mapped value
     * each time it is asked for it, which nested inside other arbitraries costs dearly. It
     * generates a value of every option and keeps one, so the options should be cheap. It shrinks
     * towards the first option.
     */
    @SafeVarargs
    private static <T> Arbitrary<T> choose(Tuple2<Integer, Arbitrary<? extends T>>... options) {
        List<Arbitrary<Object>> all = new ArrayList<>();
        int total = 0;
        for (Tuple2<Integer, Arbitrary<? extends T>> option : options) {
            total += option.get1();
        }
        all.add(Arbitraries.integers().between(0, total - 1).map(i -> (Object) i));
        for (Tuple2<Integer, Arbitrary<? extends T>> option : options) {
            all.add(option.get2().map(value -> (Object) value));
        }
        return Combinators.combine(all).as(values -> {
            int roll = (Integer) values.get(0);
            for (int i = 0; i < options.length; i++) {
                roll -= options[i].get1();
                if (roll < 0) {
                    @SuppressWarnings("unchecked")
                    T chosen = (T) values.get(i + 1);
                    return chosen;
                }
            }
            throw new AssertionError();
        });
    }

    /**
     * Returns a value of {@code arbitrary} {@code percent} times in a hundred, else empty (to which
     * it shrinks); without flat-mapping.
     */
    private static <T> Arbitrary<Optional<T>> optional(Arbitrary<T> arbitrary, int percent) {
        return Combinators.combine(Arbitraries.integers().between(0, 99), arbitrary)
                .as((roll, value) -> roll >= 100 - percent ? Optional.of(value) : Optional.<T>empty());
    }

    // ---------------------------------------------------------------------------------------------
    // Public arbitraries

    /**
     * Returns arbitrary valid plans, as described in the class comment.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Plan> plans() {
        return once("plans", () -> Combinators.combine(headers(), bodies(), pools(), extras())
                .as(PlanArbitraries::assemble));
    }

    /**
     * Returns arbitrary non-blank strings mixing words, non-ASCII letters, emoji and characters
     * that JSON must escape, including control characters.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<String> strings() {
        return once("strings", () -> {
            Arbitrary<String> token = choose(
                    Tuple.of(3, Arbitraries.strings().withChars(LETTERS).ofMinLength(1).ofMaxLength(8)),
                    Tuple.of(1, Arbitraries.strings().withChars(LATIN_AND_GREEK)
                            .ofMinLength(1).ofMaxLength(6)),
                    Tuple.of(2, Arbitraries.of(TOKENS)));
            return Combinators.combine(token.list().ofMinSize(1).ofMaxSize(4), Arbitraries.of(" ", ""))
                    .as((tokens, separator) -> String.join(separator, tokens))
                    .map(s -> s.isBlank() ? "x" + s : s);
        });
    }

    /**
     * Returns arbitrary JSON values of at most {@code depth} levels of nesting: null, booleans,
     * integers of every size, decimals of every scale (including negative), doubles, strings,
     * arrays and objects (with keys that need escaping, and the empty key).
     *
     * @param depth the most levels of arrays and objects
     * @return the arbitrary, not null
     */
    public static Arbitrary<JsonNode> jsonValues(int depth) {
        return once("jsonValues" + depth, () -> {
            Arbitrary<JsonNode> scalars = Arbitraries.frequencyOf(
                    Tuple.of(1, Arbitraries.just(NODES.nullNode())),
                    Tuple.of(1, Arbitraries.of(true, false).map(NODES::booleanNode)),
                    Tuple.of(2, Arbitraries.integers().map(i -> NODES.numberNode(i.intValue()))),
                    Tuple.of(1, Arbitraries.longs().map(l -> NODES.numberNode(l.longValue()))),
                    Tuple.of(1, Arbitraries.bigIntegers()
                            .between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
                            .map(NODES::numberNode)),
                    Tuple.of(2, decimals().map(NODES::numberNode)),
                    Tuple.of(1, Arbitraries.doubles().map(d -> NODES.numberNode(d.doubleValue()))),
                    Tuple.of(3, strings().map(NODES::stringNode)));
            if (depth <= 0) {
                return scalars;
            }
            Arbitrary<JsonNode> inner = jsonValues(depth - 1);
            return Arbitraries.frequencyOf(
                    Tuple.of(4, scalars),
                    Tuple.of(1, inner.list().ofMaxSize(4).map(PlanArbitraries::arrayOf)),
                    Tuple.of(1, jsonObjects(inner, 0).map(object -> (JsonNode) object)));
        });
    }

    /**
     * Returns arbitrary non-empty extensions: JSON objects of nested values.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Extensions> extensions() {
        return once("extensions", () -> jsonObjects(jsonValues(2), 1).map(Extensions::of));
    }

    // ---------------------------------------------------------------------------------------------
    // Scalars

    private static Arbitrary<BigDecimal> decimals() {
        return once("decimals", () -> Combinators.combine(
                        Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
                        Arbitraries.integers().between(-4, 8))
                .as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale)));
    }

    private static Arbitrary<BigDecimal> nonNegativeDecimals() {
        return once("nonNegativeDecimals", () -> decimals().map(BigDecimal::abs));
    }

    private static ArrayNode arrayOf(List<JsonNode> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(value -> array.add(value));
        return array;
    }

    private static Arbitrary<ObjectNode> jsonObjects(Arbitrary<JsonNode> values, int minSize) {
        Arbitrary<String> keys = Arbitraries.frequencyOf(
                Tuple.of(4, strings()), Tuple.of(1, Arbitraries.just("")), Tuple.of(1, Arbitraries.of(TOKENS)));
        return Arbitraries.maps(keys, values).ofMinSize(minSize).ofMaxSize(4).map(map -> {
            ObjectNode object = NODES.objectNode();
            map.forEach((key, value) -> object.set(key, value));
            return object;
        });
    }

    private static Arbitrary<Integer> seeds() {
        return once("seeds", () -> Arbitraries.integers().between(0, 10_000));
    }

    private static Arbitrary<URI> uris() {
        return once("uris", () -> {
            Arbitrary<String> segment = strings();
            Arbitrary<URI> hierarchical = Combinators.combine(
                            Arbitraries.of("https", "http", "HTTPS"),
                            Arbitraries.of("example.gov.uk", "performance.example.org", "localhost"),
                            segment.list().ofMaxSize(3),
                            optional(segment, 30))
                    .as((scheme, host, path, fragment) -> uri(() ->
                            new URI(scheme, host, "/" + String.join("/", path), fragment.orElse(null))));
            Arbitrary<URI> opaque = segment.map(s -> uri(() -> new URI("urn", "council:" + s, null)));
            return choose(
                    Tuple.of(4, hierarchical),
                    Tuple.of(2, opaque),
                    Tuple.of(1, Arbitraries.just(URI.create("mailto:performance@example.gov.uk"))));
        });
    }

    private interface UriSupplier {
        URI get() throws URISyntaxException;
    }

    /**
     * Makes a URI and percent-encodes what it holds beyond ASCII, and its brackets (no host here is
     * an IPv6 address), as a plan's URIs must be (RFC 3986).
     */
    private static URI uri(UriSupplier supplier) {
        try {
            return new URI(supplier.get().toASCIIString().replace("[", "%5B").replace("]", "%5D"));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Arbitrary<PeriodRange> ranges() {
        return once("ranges", () -> Combinators.combine(
                        Arbitraries.of(PeriodType.class),
                        Arbitraries.integers().between(1995, 2045),
                        Arbitraries.integers().between(1, 12),
                        Arbitraries.of(PeriodType.class),
                        Arbitraries.integers().between(0, 84))
                .as((startType, year, month, endType, months) -> {
                    ReportingPeriod start = ReportingPeriod.of(startType, LocalDate.of(year, month, 1));
                    ReportingPeriod end = ReportingPeriod.of(endType, start.endDate().plusMonths(months));
                    return PeriodRange.of(start, end.compareTo(start) < 0 ? start : end);
                }));
    }

    // ---------------------------------------------------------------------------------------------
    // Assembly: resolving drafts into a plan

    /** How a draft element is numbered. */
    enum Numbering {
        /** No number. */
        NONE,
        /** Numbered within the parent: {@code 1.2.3} in {@code 1.2}; {@code 3} when the parent has none. */
        DOTTED,
        /** A number of one segment, lettered: {@code A}, {@code B}, ..., {@code AA}. */
        SINGLE
    }

    private static Arbitrary<Numbering> numberings() {
        return once("numberings", () -> Arbitraries.frequency(
                Tuple.of(2, Numbering.NONE), Tuple.of(4, Numbering.DOTTED), Tuple.of(1, Numbering.SINGLE)));
    }

    /** How a draft element's id is made: from its kind and number, or from one of the plan's id stems. */
    record IdChoice(boolean fromNumber, int stem) {}

    /** How a draft element is named: its id and its numbering. */
    record Naming(IdChoice id, Numbering numbering) {
        /** This naming, lettered. */
        Naming lettered() {
            return new Naming(id, Numbering.SINGLE);
        }
    }

    private static Arbitrary<Naming> namings() {
        return once("namings", () -> Combinators.combine(Arbitraries.of(true, false), seeds(), numberings())
                .as((fromNumber, stem, numbering) -> new Naming(new IdChoice(fromNumber, stem), numbering)));
    }

    /** Id stems: a letter or digit, then up to 30 letters, digits or {@code ._:-}. */
    private static Arbitrary<String> idStems() {
        return once("idStems", () -> {
            Arbitrary<String> first = Arbitraries.strings().withChars(LETTERS + DIGITS).ofLength(1);
            Arbitrary<String> rest = Arbitraries.strings().withChars(LETTERS + DIGITS + "._:-").ofMaxLength(30);
            return Combinators.combine(first, rest).as(String::concat);
        });
    }

    /**
     * What a plan being assembled knows: its period and languages, its pools, the ids handed out,
     * the elements built so far by kind, its owners and the related plans it lists.
     */
    static final class Assembly {
        final PeriodRange range;
        final List<String> languages;
        final Set<String> partial;
        final Pools pools;
        private final Set<ElementId> ids = new HashSet<>();
        private final Map<ElementKind, List<ElementId>> built = new EnumMap<>(ElementKind.class);
        private final Map<PeriodType, List<ReportingPeriod>> periods = new EnumMap<>(PeriodType.class);
        private final long days;
        private List<ElementId> owners = List.of();
        /** The edition's adoption date, which no target revision precedes. */
        Optional<LocalDate> adopted = Optional.empty();
        private List<ElementId> related = List.of();

        Assembly(PeriodRange range, List<String> languages, Set<String> partial, Pools pools) {
            this.range = range;
            this.languages = languages;
            this.partial = partial;
            this.pools = pools;
            this.days = ChronoUnit.DAYS.between(range.startDate(), range.endDate()) + 1;
            for (PeriodType type : PeriodType.values()) {
                List<ReportingPeriod> inside = new ArrayList<>();
                for (ReportingPeriod p = ReportingPeriod.of(type, range.startDate());
                        !p.startDate().isAfter(range.endDate()); p = p.next()) {
                    if (range.encloses(p)) {
                        inside.add(p);
                    }
                }
                periods.put(type, List.copyOf(inside));
            }
        }

        /** Hands out an id not used before in this plan. */
        ElementId id(IdChoice choice, ElementKind kind, Optional<DisplayNumber> number, int ordinal) {
            String stem = choice.fromNumber()
                    ? kind.defaultName() + "-" + number.map(DisplayNumber::toString).orElse(Integer.toString(ordinal))
                    : pools.idStems().get(Math.floorMod(choice.stem(), pools.idStems().size()));
            ElementId id = ElementId.of(stem);
            for (int n = 2; !ids.add(id); n++) {
                id = ElementId.of(stem + "-" + n);
            }
            return id;
        }

        /** The number of the {@code ordinal}th child (from 1) of an element numbered {@code parent}. */
        Optional<DisplayNumber> number(
                Numbering numbering, Optional<DisplayNumber> parent, int ordinal, String prefix) {
            switch (numbering) {
                case NONE:
                    return Optional.empty();
                case DOTTED:
                    String segment = prefix + ordinal;
                    return Optional.of(parent.map(p -> p.child(segment)).orElseGet(() -> DisplayNumber.of(segment)));
                case SINGLE:
                    return Optional.of(DisplayNumber.of(prefix + letters(ordinal)));
                default:
                    throw new AssertionError(numbering);
            }
        }

        private static String letters(int ordinal) {
            StringBuilder s = new StringBuilder();
            for (int n = ordinal; n > 0; n = (n - 1) / 26) {
                s.insert(0, (char) ('A' + (n - 1) % 26));
            }
            return s.toString();
        }

        /** Records a built element, so that links can name it. */
        <T extends PlanElement> T register(T element) {
            built.computeIfAbsent(element.kind(), k -> new ArrayList<>()).add(element.id());
            return element;
        }

        /** A period of {@code type} inside the plan's period, or empty if there is none. */
        Optional<ReportingPeriod> period(PeriodType type, int seed) {
            List<ReportingPeriod> inside = periods.get(type);
            return inside.isEmpty() ? Optional.empty() : Optional.of(inside.get(Math.floorMod(seed, inside.size())));
        }

        /** A date inside the plan's period. */
        LocalDate date(int seed) {
            return range.startDate().plusDays(Math.floorMod(seed, days));
        }

        /** A date within ten years after the plan's period, for a long-term element. */
        LocalDate dateAfter(int seed) {
            return range.endDate().plusDays(1 + Math.floorMod(seed, 3650));
        }

        /** A period that ends after the plan's period and starts within it or after it, for a long-term element. */
        ReportingPeriod periodAfter(PeriodType type, int seed) {
            ReportingPeriod period = ReportingPeriod.of(type, dateAfter(seed));
            while (period.startDate().isBefore(range.startDate())) {
                period = period.next();
            }
            return period;
        }

        /** A text made from one seed, with the plan's languages. */
        Text text(int seed) {
            return TextDraft.of(seed).build(this);
        }

        void setOwners(List<ElementId> owners) {
            this.owners = List.copyOf(owners);
        }

        /** Distinct owner ids, or none if the plan has no owners; never {@code except}. */
        List<ElementId> owners(List<Integer> seeds, ElementId except) {
            List<ElementId> candidates = new ArrayList<>(owners);
            candidates.remove(except);
            Set<ElementId> chosen = new LinkedHashSet<>();
            if (!candidates.isEmpty()) {
                seeds.forEach(seed -> chosen.add(candidates.get(Math.floorMod(seed, candidates.size()))));
            }
            return List.copyOf(chosen);
        }

        List<ElementId> owners(List<Integer> seeds) {
            return owners(seeds, null);
        }

        void setRelated(List<ElementId> related) {
            this.related = List.copyOf(related);
        }

        /** One of the related plans the plan lists, or empty if it lists none. */
        Optional<ElementId> related(int seed) {
            return related.isEmpty() ? Optional.empty() : Optional.of(related.get(Math.floorMod(seed, related.size())));
        }

        /** An element built so far whose kind is one of {@code kinds}, other than {@code except}. */
        Optional<ElementId> pick(Set<ElementKind> kinds, int seed, ElementId except) {
            List<ElementId> candidates = new ArrayList<>();
            for (ElementKind kind : ElementKind.values()) {
                if (kinds.contains(kind)) {
                    candidates.addAll(built.getOrDefault(kind, List.of()));
                }
            }
            candidates.remove(except);
            return candidates.isEmpty()
                    ? Optional.empty()
                    : Optional.of(candidates.get(Math.floorMod(seed, candidates.size())));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Drafts of the parts that are not elements

    /**
     * Text: untagged, or tagged in languages chosen by seed (spelled in any case); in a plan that
     * declares languages, always in those languages, less some of those it declares partial. Its
     * strings are the plan's pool strings chosen by seed, one or two joined.
     */
    record TextDraft(boolean tagged, List<Integer> strings, List<Integer> tagSeeds, int omitted) {
        /** A text made from one seed. */
        static TextDraft of(int seed) {
            return new TextDraft(Math.floorMod(seed, 2) == 0, List.of(seed / 2, seed / 3),
                    List.of(seed / 5, seed / 7), seed / 11);
        }

        Text build(Assembly a) {
            if (a.languages.isEmpty() && !tagged) {
                return Text.of(string(a, 0));
            }
            Map<String, String> byLanguage = new LinkedHashMap<>();
            if (!a.languages.isEmpty()) {
                for (int i = 0; i < a.languages.size(); i++) {
                    String language = a.languages.get(i);
                    if (a.partial.contains(language) && ((omitted >> i) & 1) == 1) {
                        continue;
                    }
                    byLanguage.put(spelled(language, tagSeeds.get(i % tagSeeds.size())), string(a, i));
                }
            } else {
                Set<String> canonical = new HashSet<>();
                for (int i = 0; i < tagSeeds.size(); i++) {
                    int seed = tagSeeds.get(i);
                    String tag = LANGUAGES.get(Math.floorMod(seed, LANGUAGES.size()));
                    if (canonical.add(tag)) {
                        byLanguage.put(spelled(tag, seed / LANGUAGES.size()), string(a, i));
                    }
                }
            }
            return Text.of(byLanguage);
        }

        private String string(Assembly a, int i) {
            List<String> pool = a.pools.strings();
            int seed = strings.get(i % strings.size());
            String first = pool.get(Math.floorMod(seed, pool.size()));
            int rest = Math.floorDiv(seed, pool.size());
            return Math.floorMod(rest, 3) != 2 ? first : first + " " + pool.get(Math.floorMod(rest / 3, pool.size()));
        }

        private static String spelled(String tag, int seed) {
            switch (Math.floorMod(seed, 3)) {
                case 0:
                    return tag.toUpperCase(Locale.ROOT);
                case 1:
                    return tag.toLowerCase(Locale.ROOT);
                default:
                    return tag;
            }
        }
    }

    private static Arbitrary<TextDraft> texts() {
        return once("texts", () -> Combinators.combine(
                        Arbitraries.of(false, true),
                        seeds().list().ofMinSize(1).ofMaxSize(3),
                        seeds().list().ofMinSize(1).ofMaxSize(3),
                        seeds())
                .as(TextDraft::new));
    }

    /** Optional texts, each made from one seed. */
    private static Arbitrary<Optional<TextDraft>> optionalTexts() {
        return once("optionalTexts", () -> optional(seeds().map(TextDraft::of), 50));
    }

    private static Optional<Text> build(Optional<TextDraft> draft, Assembly a) {
        return draft.map(d -> d.build(a));
    }

    private static List<Text> build(List<TextDraft> drafts, Assembly a) {
        List<Text> texts = new ArrayList<>();
        drafts.forEach(d -> texts.add(d.build(a)));
        return texts;
    }

    /** A plan date of a precision chosen by seed; past the plan's end now and then, for long-term elements only. */
    record DateChoice(int precision, int seed) {
        PlanDate build(Assembly a, boolean longTerm) {
            DatePrecision chosen = DatePrecision.values()[Math.floorMod(precision, DatePrecision.values().length)];
            boolean after = longTerm && Math.floorMod(seed, 3) == 0;
            if (chosen == DatePrecision.DAY) {
                return PlanDate.of(after ? a.dateAfter(seed / 3) : a.date(seed));
            }
            PeriodType type = typeOf(chosen);
            Optional<ReportingPeriod> period = after ? Optional.of(a.periodAfter(type, seed / 3)) : a.period(type, seed);
            return period.map(PlanDate::of).orElseGet(() -> PlanDate.of(a.date(seed)));
        }

        private static PeriodType typeOf(DatePrecision precision) {
            for (PeriodType type : PeriodType.values()) {
                if (DatePrecision.of(type) == precision) {
                    return type;
                }
            }
            throw new AssertionError(precision);
        }
    }

    private static Arbitrary<DateChoice> dates() {
        return once("dates", () -> Combinators.combine(Arbitraries.integers().between(0, 4), seeds())
                .as(DateChoice::new));
    }

    private static Arbitrary<Optional<DateChoice>> optionalDates(int percent) {
        return once("optionalDates" + percent, () -> optional(dates(), percent));
    }

    /** A reference by key, URI or both. */
    record ReferenceDraft(String system, int form, String key, URI uri, Optional<TextDraft> title) {
        ExternalReference build(Assembly a) {
            ExternalReference.Builder b = ExternalReference.builder().system(system);
            if (form != 1) {
                b.key(key);
            }
            if (form != 0) {
                b.uri(uri);
            }
            title.ifPresent(t -> b.title(t.build(a)));
            return b.build();
        }
    }

    private static Arbitrary<ReferenceDraft> references() {
        return once("references", () -> Combinators.combine(
                        choose(Tuple.of(2, Arbitraries.of("pentana", "InPhase", "sharepoint")),
                                Tuple.of(1, strings())),
                        Arbitraries.integers().between(0, 2),
                        strings(),
                        uris(),
                        optionalTexts())
                .as(ReferenceDraft::new));
    }

    /** Where words come from: a document, an address or both, with a page and a quote now and then. */
    record ProvenanceDraft(int form, int document, String page, URI uri, int quote) {
        Provenance build(Assembly a) {
            Provenance.Builder b = Provenance.builder();
            if (form != 1) {
                b.document(a.text(document));
            }
            if (form != 0) {
                b.uri(uri);
            }
            if (Math.floorMod(quote, 2) == 0) {
                b.page(page);
            }
            if (Math.floorMod(quote, 3) == 0) {
                b.quote(a.text(quote));
            }
            return b.build();
        }
    }

    private static Arbitrary<ProvenanceDraft> provenances() {
        return once("provenances", () -> Combinators.combine(Arbitraries.integers().between(0, 2), seeds(),
                        Arbitraries.of("12", "12-13", "iv", "p. 7"), uris(), seeds())
                .as(ProvenanceDraft::new));
    }

    /**
     * Extensions, references, provenance, id stems and strings that the plan's texts and elements
     * draw on. Generated once per plan rather than once per element or text, because they are the
     * costliest parts to generate.
     */
    record Pools(List<Extensions> extensions, List<ReferenceDraft> references, List<ProvenanceDraft> provenances,
            List<String> idStems, List<String> strings) {}

    private static Arbitrary<Pools> pools() {
        return once("pools", () -> Combinators.combine(extensions().list().ofMinSize(1).ofMaxSize(3),
                        references().list().ofMinSize(1).ofMaxSize(3), provenances().list().ofMinSize(1).ofMaxSize(2),
                        idStems().list().ofMinSize(1).ofMaxSize(6), strings().list().ofMinSize(3).ofMaxSize(10))
                .as(Pools::new));
    }

    /**
     * What every element has besides its own attributes, chosen by seed: references and extensions
     * from the plan's {@link Pools} (a quarter of elements have extensions, and a third of the
     * reference seeds give a reference); and from {@code extras}, its level name, other names,
     * provenance, whether it is long-term (for the kinds that can be) and the lead-ins of its lists
     * (for the kinds that have them). Seeds of 0, to which jqwik shrinks, give none of these.
     */
    record Common(int extensions, List<Integer> references, int extras) {
        List<ExternalReference> references(Assembly a) {
            List<ExternalReference> built = new ArrayList<>();
            for (int seed : references) {
                if (Math.floorMod(seed, 3) == 2) {
                    built.add(a.pools.references().get(Math.floorMod(seed / 3, a.pools.references().size())).build(a));
                }
            }
            return built;
        }

        Extensions extensions(Assembly a) {
            return Math.floorMod(extensions, 4) == 3
                    ? a.pools.extensions().get(Math.floorMod(extensions / 4, a.pools.extensions().size()))
                    : Extensions.empty();
        }

        /** Whether the extras seed says yes to the choice {@code salt}, once in {@code n}. */
        boolean has(int salt, int n) {
            return extras != 0 && Math.floorMod(mix(extras, salt), n) == 0;
        }

        Optional<Text> levelName(Assembly a) {
            return has(1, 6) ? Optional.of(a.text(extras + 1)) : Optional.empty();
        }

        List<AlternativeName> otherNames(Assembly a) {
            if (!has(2, 6)) {
                return List.of();
            }
            List<AlternativeName> names = new ArrayList<>();
            names.add(AlternativeName.builder().name(a.text(extras + 2)).build());
            if (has(3, 2)) {
                names.add(AlternativeName.of(a.text(extras + 3), a.text(extras + 4)));
            }
            return names;
        }

        Optional<Provenance> provenance(Assembly a) {
            List<ProvenanceDraft> pool = a.pools.provenances();
            return has(5, 5) ? Optional.of(pool.get(Math.floorMod(extras, pool.size())).build(a)) : Optional.empty();
        }

        boolean longTerm() {
            return has(7, 5);
        }

        /** Lead-ins for some of the lists an element of this shape may introduce. */
        Map<String, Text> leadIns(Assembly a, ObjectShape shape) {
            return PlanArbitraries.leadIns(a, shape, extras);
        }
    }

    private static Arbitrary<Common> commons() {
        return once("commons", () -> Combinators.combine(seeds(), seeds().list().ofMaxSize(2), seeds())
                .as(Common::new));
    }

    /** Mixes a seed and a salt into a number whose remainders are independent of other salts'. */
    private static int mix(int seed, int salt) {
        int h = seed * 0x9E3779B9 + salt * 0x7FEB352D;
        h ^= h >>> 15;
        h *= 0x846CA68B;
        return h ^ (h >>> 16);
    }

    /** Lead-ins for about a fifth of the lists an object of the shape may introduce, by seed. */
    private static Map<String, Text> leadIns(Assembly a, ObjectShape shape, int seed) {
        Map<String, Text> leadIns = new LinkedHashMap<>();
        if (seed == 0) {
            return leadIns;
        }
        List<Property> lists = shape.leadInLists();
        for (int i = 0; i < lists.size(); i++) {
            if (Math.floorMod(mix(seed, 100 + i), 5) == 0) {
                leadIns.put(lists.get(i).name(), a.text(seed + 20 + i));
            }
        }
        return leadIns;
    }

    /** Level names for some kinds, by seed, for one seed in {@code oneIn}. */
    private static Optional<LevelNames> levelNames(Assembly a, int seed, int oneIn) {
        if (seed == 0 || Math.floorMod(seed, oneIn) != oneIn - 1) {
            return Optional.empty();
        }
        LevelNames.Builder names = LevelNames.builder();
        for (ElementKind kind : ElementKind.values()) {
            if (kind != ElementKind.PLAN && Math.floorMod(mix(seed, 200 + kind.ordinal()), 3) != 0) {
                name(names, kind, a.text(seed + kind.ordinal()));
            }
        }
        return Optional.of(names.build());
    }

    private static void name(LevelNames.Builder names, ElementKind kind, Text name) {
        switch (kind) {
            case STATEMENT: names.statement(name); break;
            case VALUE: names.value(name); break;
            case PRINCIPLE: names.principle(name); break;
            case THEME: names.theme(name); break;
            case OBJECTIVE: names.objective(name); break;
            case OUTCOME: names.outcome(name); break;
            case PRIORITY: names.priority(name); break;
            case DELIVERABLE: names.deliverable(name); break;
            case COMMITMENT: names.commitment(name); break;
            case LIST: names.list(name); break;
            case ITEM: names.item(name); break;
            case MEASURE: names.measure(name); break;
            case MILESTONE: names.milestone(name); break;
            case OWNER: names.owner(name); break;
            case PARTNER: names.partner(name); break;
            default: throw new AssertionError(kind);
        }
    }

    /** A decision: its body, reference, address or several, with a date now and then; made from one seed. */
    private static Decision decision(Assembly a, int seed) {
        Decision.Builder b = Decision.builder();
        int form = Math.floorMod(seed, 4);
        if (form != 1) {
            b.body(a.text(seed));
        }
        if (form == 1 || form == 3) {
            b.reference("Minute " + seed);
        }
        if (form == 2 || form == 3) {
            b.uri(URI.create("https://democracy.example.gov.uk/decisions/" + seed));
        }
        if (Math.floorMod(seed / 4, 2) == 0) {
            b.date(a.date(seed));
        }
        return b.build();
    }

    record OrganisationDraft(TextDraft name, Optional<String> code, Optional<String> gssCode, Optional<String> orgId) {
        Organisation build(Assembly a) {
            return Organisation.builder().name(name.build(a)).code(code).gssCode(gssCode).orgId(orgId).build();
        }
    }

    /**
     * A GSS code and an org-id identifier, either or both, of one nation: an identifier in the list
     * of the GSS code's nation, or in a list of no nation.
     */
    private static Arbitrary<Tuple.Tuple2<Optional<String>, Optional<String>>> identifiers() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofLength(8);
        Arbitrary<String> letters = Arbitraries.strings().withCharRange('A', 'Z').ofLength(3);
        return Combinators.combine(Arbitraries.of("E", "W", "S", "N"), digits, letters, Arbitraries.integers().between(0, 5))
                .as((nation, number, code, shape) -> {
                    String list = Map.of("E", "GB-LAE", "W", "GB-PLA", "S", "GB-LAS").getOrDefault(nation, "GB-COH");
                    Optional<String> gss = Optional.of(nation + number);
                    Optional<String> orgId = Optional.of((shape == 4 ? "XI-TEST" : list) + "-" + code);
                    switch (shape) {
                        case 0:
                            return Tuple.of(gss, Optional.<String>empty());
                        case 1:
                            return Tuple.of(Optional.<String>empty(), orgId);
                        case 2:
                            return Tuple.of(Optional.<String>empty(), Optional.<String>empty());
                        default:
                            return Tuple.of(gss, orgId);
                    }
                });
    }

    /** An edition; a superseded one names its successor now and then. */
    record EditionDraft(String name, EditionStatus status, Optional<Integer> adoptedOn, Optional<String> supersedes,
            Optional<Integer> decision, Optional<Tuple2<String, Integer>> supersededBy) {
        Edition build(Assembly a) {
            Edition.Builder b = Edition.builder().name(name).status(status);
            Optional<LocalDate> adopted = status == EditionStatus.DRAFT ? Optional.empty() : adoptedOn.map(a::date);
            adopted.ifPresent(b::adoptedOn);
            supersedes.ifPresent(s -> b.supersedes(s.equals(name) ? s + " (earlier)" : s));
            decision.ifPresent(seed -> b.decision(PlanArbitraries.decision(a, seed)));
            if (status == EditionStatus.SUPERSEDED && supersededBy.isPresent()) {
                String later = supersededBy.get().get1();
                int seed = supersededBy.get().get2();
                Supersession.Builder s = Supersession.builder().edition(later.equals(name) ? later + " (later)" : later);
                if (Math.floorMod(seed, 3) != 0) {
                    s.on(adopted.map(date -> date.plusDays(Math.floorMod(seed, 1000))).orElseGet(() -> a.date(seed)));
                }
                if (Math.floorMod(seed, 2) == 0) {
                    s.decision(PlanArbitraries.decision(a, seed + 1));
                }
                b.supersededBy(s.build());
            }
            return b.build();
        }
    }

    record PurposeDraft(Optional<TextDraft> introduction, List<TextDraft> statements, List<TextDraft> approaches,
            int leadIns) {
        Purpose build(Assembly a) {
            return Purpose.builder()
                    .introduction(PlanArbitraries.build(introduction, a))
                    .leadIns(PlanArbitraries.leadIns(a, PlanStructure.named("purpose").orElseThrow(), leadIns))
                    .addAllStatements(PlanArbitraries.build(statements, a))
                    .addAllApproaches(PlanArbitraries.build(approaches, a))
                    .build();
        }
    }

    record ProgressDraft(PeriodType type, int period, ProgressStatus status, Optional<TextDraft> commentary) {
        Optional<ProgressUpdate> build(Assembly a) {
            return a.period(type, period).map(p -> ProgressUpdate.builder()
                    .period(p).status(status).commentary(PlanArbitraries.build(commentary, a)).build());
        }
    }

    /** A signatory: a name from the plan's strings, with a role or without. */
    record SignatoryDraft(int name, Optional<TextDraft> role) {
        Signatory build(Assembly a) {
            List<String> pool = a.pools.strings();
            return Signatory.builder().name(pool.get(Math.floorMod(name, pool.size())))
                    .role(PlanArbitraries.build(role, a)).build();
        }
    }

    /** One block of a statement's body: a paragraph, a bulleted list or a numbered list. */
    record BlockDraft(int form, List<TextDraft> texts) {
        Block build(Assembly a) {
            List<Text> built = PlanArbitraries.build(texts, a);
            switch (Math.floorMod(form, 4)) {
                case 1:
                    return Block.bullets(built);
                case 2:
                    return Block.numbered(built);
                default:
                    return Block.paragraph(built.get(0));
            }
        }
    }

    /** A related plan, by a seed for its id, with its relation, title and address now and then. */
    record RelatedPlanDraft(int id, Optional<PlanRelation> relation, Optional<TextDraft> title, Optional<URI> uri) {
        RelatedPlan build(Assembly a) {
            return RelatedPlan.builder().id(ElementId.of("plan-" + id)).relation(relation)
                    .title(PlanArbitraries.build(title, a)).uri(uri).build();
        }
    }

    /** A measure's unit, direction, frequency, tolerance and source, each of which it may lack. */
    record MeasureSpec(Optional<Integer> unit, Optional<Direction> direction, Optional<PeriodType> frequency,
            Optional<Tolerance> tolerance, Optional<TextDraft> source, Optional<RollUpMethod> rollUp) {
        /** A ratio is per 100 (a percentage) now and then, chosen by the unit's seed. */
        Optional<BigDecimal> ratioPer() {
            return rollUp.filter(method -> method == RollUpMethod.RATIO && unit.orElse(0) % 2 == 0)
                    .map(method -> BigDecimal.valueOf(100));
        }

        private static final List<String> UNITS = List.of("%", "count", "£", "days", "£m", "per 1,000 residents");

        Optional<String> unit(Assembly a) {
            return unit.map(seed -> Math.floorMod(seed, 5) == 4
                    ? a.pools.strings().get(Math.floorMod(seed / 5, a.pools.strings().size()))
                    : UNITS.get(Math.floorMod(seed, UNITS.size())));
        }

        /**
         * Now and then metrics, from the unit's seed: an LG Inform metric type (with its address,
         * and now and then a title and the polarity of the measure's direction), a Local Outcomes
         * Framework metric, a council's own, or two of these.
         */
        List<MetricReference> metrics(Assembly a) {
            if (unit.isEmpty()) {
                return List.of();
            }
            int seed = unit.get();
            List<MetricReference> metrics = new ArrayList<>();
            int form = Math.floorMod(seed / 7, 5);
            if (form == 1 || form == 4) {
                MetricReference.Builder b = MetricReference.builder().from(MetricReference.lgInform(
                        1 + Math.floorMod(seed, 99999)));
                if (Math.floorMod(seed, 2) == 0) {
                    b.title(a.text(seed));
                }
                direction.filter(d -> d != Direction.ON_TARGET).ifPresent(d -> b.polarity(
                        d == Direction.HIGHER_IS_BETTER ? Polarity.HIGH_IS_GOOD : Polarity.LOW_IS_GOOD));
                metrics.add(b.build());
            }
            if (form == 2 || form == 4) {
                metrics.add(MetricReference.builder().scheme(MetricReference.LOCAL_OUTCOMES_FRAMEWORK)
                        .id("Outcome metric " + Math.floorMod(seed, 40)).build());
            }
            if (form == 3) {
                metrics.add(MetricReference.builder().scheme("benchmarking-club").id("BC-" + Math.floorMod(seed, 500))
                        .uri(URI.create("https://benchmarks.example.org/" + Math.floorMod(seed, 500))).build());
            }
            return metrics;
        }
    }

    /**
     * A value of a measure: {@code when} chooses its period (or none: over the whole plan for a
     * target, as at a date for an actual), {@code form} whether it is a number, words or both.
     */
    record AmountDraft(int when, int form, BigDecimal value) {
        boolean hasValue() {
            return Math.floorMod(form, 4) != 1;
        }

        Optional<Text> text(Assembly a) {
            return Math.floorMod(form, 4) <= 1 ? Optional.of(a.text(form)) : Optional.empty();
        }

        /** The target's period: whole plan, or a period of a type made of the measure's periods. */
        Optional<Optional<ReportingPeriod>> targetPeriod(Assembly a, Optional<PeriodType> frequency) {
            if (Math.floorMod(when, 6) == 0) {
                return Optional.of(Optional.empty());
            }
            List<PeriodType> types = new ArrayList<>();
            for (PeriodType type : PeriodType.values()) {
                if (frequency.isEmpty() || type.consistsOf(frequency.get())) {
                    types.add(type);
                }
            }
            PeriodType type = types.get(Math.floorMod(when / 6, types.size()));
            return a.period(type, when / 6 / types.size()).map(Optional::of);
        }

        /**
         * Now and then up to two revisions of a target: in date order, none before the edition's
         * adoption, flagged when made after the target's period closed; a new value, text or both,
         * the last now and then a withdrawal.
         */
        List<TargetRevision> revisions(Assembly a, Optional<ReportingPeriod> period) {
            int count = Math.floorMod(form / 4, 3);
            List<TargetRevision> revisions = new ArrayList<>(count);
            LocalDate date = a.adopted.filter(d -> d.isAfter(a.range.startDate())).orElse(a.range.startDate());
            LocalDate closes = period.map(ReportingPeriod::endDate).orElse(a.range.endDate());
            for (int i = 0; i < count; i++) {
                date = date.plusDays(Math.floorMod(when * 31 + i * 97, 400));
                int seed = when + i * 13 + form;
                TargetRevision.Builder r = TargetRevision.builder().date(date).decision(decision(a, seed));
                if (i == count - 1 && Math.floorMod(when, 4) == 0) {
                    r.withdrawn(true);
                } else {
                    if (Math.floorMod(seed, 3) != 1) {
                        r.value(value);
                    }
                    if (Math.floorMod(seed, 3) != 0) {
                        r.text(a.text(seed));
                    }
                }
                if (Math.floorMod(seed, 2) == 0) {
                    r.reason(a.text(seed + 1));
                }
                revisions.add(r.afterPeriodClosed(date.isAfter(closes)).build());
            }
            return revisions;
        }

        /**
         * An assessment of an actual's period: now and then an override with its reason, a
         * forecast, a forecast's state and commentary, each chosen by the seeds.
         */
        Assessment assessment(Assembly a, ReportingPeriod period) {
            Assessment.Builder b = Assessment.builder().period(period);
            RagState[] states = RagState.values();
            if (Math.floorMod(form, 2) == 0) {
                b.status(states[Math.floorMod(when, states.length)]).reason(a.text(when + 3));
            }
            if (Math.floorMod(form / 2, 2) == 0) {
                b.forecast(value);
            }
            if (Math.floorMod(when, 3) == 1) {
                b.forecastStatus(states[Math.floorMod(form + when, states.length)]);
            }
            if (Math.floorMod(form + when, 2) == 1) {
                b.commentary(a.text(form + 5));
            }
            return b.build();
        }

        /** An observation for a period of the measure's frequency (any, without one) or as at a date. */
        Optional<Observation> observation(Assembly a, Optional<PeriodType> frequency) {
            Observation.Builder b = Observation.builder();
            if (Math.floorMod(when, 5) == 0) {
                b.asAt(a.date(when / 5));
            } else {
                PeriodType type = frequency.orElse(PeriodType.values()[Math.floorMod(when, PeriodType.values().length)]);
                Optional<ReportingPeriod> period = a.period(type, when / 5);
                if (period.isEmpty()) {
                    return Optional.empty();
                }
                b.period(period.get());
            }
            if (hasValue()) {
                b.value(value);
                if (Math.floorMod(form / 4, 3) == 0) {
                    // the parts of a ratio, with no digit the value does not have
                    b.numerator(value.abs()).denominator(value.abs());
                }
            }
            return Optional.of(b.text(text(a)).build());
        }
    }

    record MeasureValues(Optional<AmountDraft> baseline, List<AmountDraft> targets, List<AmountDraft> actuals) {}

    /** A link: of a kind, between elements of kinds it allows; now and then into a related plan. */
    record LinkDraft(LinkKind kind, int from, int to, Optional<TextDraft> note, int toPlan) {
        Optional<Link> build(Assembly a) {
            Optional<ElementId> source = a.pick(kind.sources(), from, null);
            if (source.isEmpty()) {
                return Optional.empty();
            }
            Optional<ElementId> other = Math.floorMod(toPlan, 5) == 0 ? a.related(toPlan / 5) : Optional.empty();
            Optional<ElementId> target = other.isPresent()
                    ? Optional.of(ElementId.of("other-" + Math.floorMod(to, 50)))
                    : a.pick(kind.targets(), to, source.get());
            if (target.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Link.builder().from(source.get()).kind(kind).to(target.get()).toPlan(other)
                    .note(PlanArbitraries.build(note, a)).build());
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Drafts of elements

    /** A draft of an element that is numbered by its position among its siblings. */
    interface Numbered<T extends PlanElement> {
        /**
         * Builds the element as the {@code ordinal}th child (from 1) of a parent numbered
         * {@code parent}, and registers it.
         */
        T build(Assembly a, Optional<DisplayNumber> parent, int ordinal);
    }

    /** The drafts of one list of children, numbered from {@code first}. */
    record Children<D>(int first, List<D> drafts) {
        int size() {
            return drafts.size();
        }
    }

    private static <D> Arbitrary<Children<D>> children(Arbitrary<D> draft, int maxSize) {
        Arbitrary<Integer> first = Arbitraries.frequency(Tuple.of(12, 1), Tuple.of(1, 2), Tuple.of(1, 9));
        return Combinators.combine(first, draft.list().ofMaxSize(maxSize)).as(Children::new);
    }

    /**
     * Children of which there are seldom any: one list in {@code oneIn} has one to {@code maxSize};
     * the others are empty and cost nothing to generate.
     */
    private static <D> Arbitrary<Children<D>> fewChildren(Arbitrary<D> draft, int maxSize, int oneIn) {
        Arbitrary<Integer> first = Arbitraries.frequency(Tuple.of(12, 1), Tuple.of(1, 2), Tuple.of(1, 9));
        return Combinators.combine(first, draft.list().ofMaxSize(maxSize).withSizeDistribution(new Seldom(oneIn)))
                .as(Children::new);
    }

    /**
     * A distribution of sizes that is the least size {@code oneIn - 1} times in {@code oneIn}, else
     * uniform over the rest. Unlike choosing between an empty list and a list with
     * {@link Arbitraries#frequencyOf} (a flat-map, whose every value looks up its generator by the
     * structural equality of a large tree of arbitraries), a list generates only the drafts it keeps.
     */
    record Seldom(int oneIn) implements RandomDistribution {
        @Override
        public RandomNumericGenerator createGenerator(int genSize, BigInteger min, BigInteger max, BigInteger center) {
            BigInteger span = max.subtract(min);
            return random -> span.signum() == 0 || random.nextInt(oneIn) != 0
                    ? min
                    : min.add(BigInteger.ONE).add(BigInteger.valueOf(random.nextInt(span.intValueExact())));
        }
    }

    private static <T extends PlanElement> List<T> build(
            Assembly a, Optional<DisplayNumber> parent, int first, List<? extends Numbered<T>> drafts) {
        List<T> built = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            built.add(drafts.get(i).build(a, parent, first + i));
        }
        return built;
    }

    private static <T extends PlanElement> List<T> build(
            Assembly a, Optional<DisplayNumber> parent, Children<? extends Numbered<T>> children) {
        return build(a, parent, children.first(), children.drafts());
    }

    record MilestoneDraft(Naming naming, TextDraft title, DateChoice due, Optional<DateChoice> forecast,
            Optional<DateChoice> achieved, Optional<ProgressStatus> status, Common common)
            implements Numbered<Milestone> {
        @Override
        public Milestone build(Assembly a, Optional<DisplayNumber> parent, int ordinal) {
            Optional<DisplayNumber> number = a.number(naming.numbering(), parent, ordinal, "");
            Optional<ProgressStatus> reported = achieved.isPresent() && status.isPresent()
                    ? Optional.of(ProgressStatus.COMPLETE)
                    : status;
            boolean longTerm = common.longTerm();
            return a.register(Milestone.builder()
                    .id(a.id(naming.id(), ElementKind.MILESTONE, number, ordinal)).number(number)
                    .levelName(common.levelName(a))
                    .title(title.build(a)).due(due.build(a, longTerm))
                    .forecast(forecast.map(d -> d.build(a, longTerm)))
                    .achieved(achieved.map(d -> d.build(a, false))).status(reported).longTerm(longTerm)
                    .addAllOtherNames(common.otherNames(a)).provenance(common.provenance(a))
                    .addAllReferences(common.references(a)).extensions(common.extensions(a))
                    .build());
        }
    }

    record OutcomeDraft(Naming naming, TextDraft statement, Optional<DateChoice> by, Common common)
            implements Numbered<Outcome> {
        @Override
        public Outcome build(Assembly a, Optional<DisplayNumber> parent, int ordinal) {
            // outcome numbers ("1.o2", "oB") never collide with the numbers of the parent's work
            Optional<DisplayNumber> number = a.number(naming.numbering(), parent, ordinal, "o");
            boolean longTerm = common.longTerm();
            return a.register(Outcome.builder()
                    .id(a.id(naming.id(), ElementKind.OUTCOME, number, ordinal)).number(number)
                    .levelName(common.levelName(a))
                    .statement(statement.build(a)).by(by.map(d -> d.build(a, longTerm))).longTerm(longTerm)
                    .addAllOtherNames(common.otherNames(a)).provenance(common.provenance(a))
                    .addAllReferences(common.references(a)).extensions(common.extensions(a))
                    .build());
        }
    }

    record CommitmentDraft(Naming naming, TextDraft text, Common common) implements Numbered<Commitment> {
        @Override
        public Commitment build(Assembly a, Optional<DisplayNumber> parent, int ordinal) {
            Optional<DisplayNumber> number = a.number(naming.numbering(), parent, ordinal, "c");
            return a.register(Commitment.builder()
                    .id(a.id(naming.id(), ElementKind.COMMITMENT, number, ordinal)).number(number)
                    .levelName(common.levelName(a))
                    .text(text.build(a))
                    .addAllOtherNames(common.otherNames(a)).provenance(common.provenance(a))
                    .addAllReferences(common.references(a)).extensions(common.extensions(a))
                    .build());
        }
    }

    record ListItemDraft(Naming naming, TextDraft text, Common common) implements Numbered<ListItem> {
        @Override
        public ListItem build(Assembly a, Optional<DisplayNumber> parent, int ordinal) {
            Optional<DisplayNumber> number = a.number(naming.numbering(), parent, ordinal, "");
            return a.register(ListItem.builder()
                    .id(a.id(naming.id(), ElementKind.ITEM, number, ordinal)).number(number)
                    .levelName(common.levelName(a))
                    .text(text.build(a))
                    .addAllOtherNames(common.otherNames(a)).provenance(common.provenance(a))
                    .addAllReferences(common.references(a)).extensions(common.extensions(a))
                    .build());
        }
    }

    record ListDraft(Naming naming, TextDraft title, Children<ListItemDraft> items, Common common)
            implements Numbered<ItemList> {
        @Override
        public ItemList build(Assembly a, Optional<DisplayNumber> parent, int ordinal) {
            // list numbers ("1.l2", "lB") never collide with the numbers of the parent's work
            Optional<DisplayNumber> number = a.number(naming.numbering(), parent, ordinal, "l");
            return a.register(ItemList.builder()
                    .id(a.id(naming.id(), ElementKind.LIST, number, ordinal)).number(number)
                    .levelName(common.levelName(a))
                    .title(title.build(a))
                    .addAllItems(PlanArbitraries.build(a, number, items))
                    .addAllOtherNames(common.otherNames(a)).provenance(common.provenance(a))
                    .addAllReferences(common.references(a)).extensions(common.extensions(a))
                    .build());
        }
    }

    /** What every level of work has beside its title and the work it holds. */
    record WorkParts(Optional<TextDraft> description, List<Integer> owners, Optional<DateChoice> start,
            Optional<DateChoice> end, Children<OutcomeDraft> outcomes, Children<ListDraft> lists,
            Children<MilestoneDraft> milestones, List<ProgressDraft> progress) {

        /** The parts, built: dates in order (swapped if the end came before the start). */
        Built build(Assembly a, Optional<DisplayNumber> number, ElementKind kind, Common common) {
            boolean longTerm = common.longTerm();
            Optional<PlanDate> from = start.map(d -> d.build(a, longTerm));
            Optional<PlanDate> to = end.map(d -> d.build(a, longTerm));
            if (from.isPresent() && to.isPresent() && to.get().endsBefore(from.get())) {
                Optional<PlanDate> swap = from;
                from = to;
                to = swap;
            }
            Map<ReportingPeriod, ProgressUpdate> updates = new LinkedHashMap<>();
            progress.forEach(p -> p.build(a).ifPresent(u -> updates.putIfAbsent(u.period(), u)));
            return new Built(PlanArbitraries.build(description, a), a.owners(owners), from, to, longTerm,
                    common.leadIns(a, PlanStructure.of(kind)), PlanArbitraries.build(a, number, outcomes),
                    PlanArbitraries.build(a, number, lists), PlanArbitraries.build(a, number, milestones),
                    List.copyOf(updates.values()));
        }

        record Built(Optional<Text> description, List<ElementId> owners, Optional<PlanDate> start,
                Optional<PlanDate> end, boolean longTerm, Map<String, Text> leadIns, List<Outcome> outcomes,
                List<ItemList> lists, List<Milestone> milestones, List<ProgressUpdate> progress) {}
    }

    record DeliverableDraft(Naming naming, TextDraft title, WorkParts parts, Common common)
            implements Numbered<Deliverable> {
        @Override
        public Deliverable build(Assembly a, Optional<DisplayNumber> parent, int ordinal) {
            Optional<DisplayNumber> number = a.number(naming.numbering(), parent, ordinal, "");
            ElementId elementId = a.id(naming.id(), ElementKind.DELIVERABLE, number, ordinal);
            WorkParts.Built p = parts.build(a, number, ElementKind.DELIVERABLE, common);
            return a.register(Deliverable.builder()
                    .id(elementId).number(number).levelName(common.levelName(a))
                    .title(title.build(a)).description(p.description()).addAllOwners(p.owners())
                    .start(p.start()).end(p.end()).longTerm(p.longTerm()).leadIns(p.leadIns())
                    .addAllOutcomes(p.outcomes()).addAllLists(p.lists()).addAllMilestones(p.milestones())
                    .addAllProgress(p.progress())
                    .addAllOtherNames(common.otherNames(a)).provenance(common.provenance(a))
                    .addAllReferences(common.references(a)).extensions(common.extensions(a))
                    .build());
        }
    }

    record PriorityDraft(Naming naming, TextDraft title, WorkParts parts, Children<DeliverableDraft> deliverables,
            Common common) implements Numbered<Priority> {
        /** This priority, lettered ("A", "B"), as a strategic objective's priorities are. */
        PriorityDraft lettered() {
            return new PriorityDraft(naming.lettered(), title, parts, deliverables, common);
        }

        @Override
        public Priority build(Assembly a, Optional<DisplayNumber> parent, int ordinal) {
            Optional<DisplayNumber> number = a.number(naming.numbering(), parent, ordinal, "");
            ElementId elementId = a.id(naming.id(), ElementKind.PRIORITY, number, ordinal);
            WorkParts.Built p = parts.build(a, number, ElementKind.PRIORITY, common);
            return a.register(Priority.builder()
                    .id(elementId).number(number).levelName(common.levelName(a))
                    .title(title.build(a)).description(p.description()).addAllOwners(p.owners())
                    .start(p.start()).end(p.end()).longTerm(p.longTerm()).leadIns(p.leadIns())
                    .addAllOutcomes(p.outcomes())
                    .addAllDeliverables(PlanArbitraries.build(a, number, deliverables))
                    .addAllLists(p.lists()).addAllMilestones(p.milestones()).addAllProgress(p.progress())
                    .addAllOtherNames(common.otherNames(a)).provenance(common.provenance(a))
                    .addAllReferences(common.references(a)).extensions(common.extensions(a))
                    .build());
        }
    }

    record ObjectiveDraft(Naming naming, TextDraft title, WorkParts parts, Children<PriorityDraft> priorities,
            Children<DeliverableDraft> deliverables, Common common) implements Numbered<Objective> {
        @Override
        public Objective build(Assembly a, Optional<DisplayNumber> parent, int ordinal) {
            Optional<DisplayNumber> number = a.number(naming.numbering(), parent, ordinal, "");
            ElementId elementId = a.id(naming.id(), ElementKind.OBJECTIVE, number, ordinal);
            WorkParts.Built p = parts.build(a, number, ElementKind.OBJECTIVE, common);
            // half the objectives letter their priorities, as strategic objectives often do
            List<PriorityDraft> held = common.has(9, 2)
                    ? priorities.drafts().stream().map(PriorityDraft::lettered).toList()
                    : priorities.drafts();
            return a.register(Objective.builder()
                    .id(elementId).number(number).levelName(common.levelName(a))
                    .title(title.build(a)).description(p.description()).addAllOwners(p.owners())
                    .start(p.start()).end(p.end()).longTerm(p.longTerm()).leadIns(p.leadIns())
                    .addAllOutcomes(p.outcomes())
                    .addAllPriorities(PlanArbitraries.build(a, number, priorities.first(), held))
                    // the objective's own deliverables are numbered after its priorities
                    .addAllDeliverables(PlanArbitraries.build(a, number, priorities.first() + priorities.size(),
                            deliverables.drafts()))
                    .addAllLists(p.lists()).addAllMilestones(p.milestones()).addAllProgress(p.progress())
                    .addAllOtherNames(common.otherNames(a)).provenance(common.provenance(a))
                    .addAllReferences(common.references(a)).extensions(common.extensions(a))
                    .build());
        }
    }

    /** A theme's lists. */
    record ThemeContents(Children<OutcomeDraft> outcomes, Children<ObjectiveDraft> objectives,
            List<PriorityDraft> priorities, List<DeliverableDraft> deliverables, Children<CommitmentDraft> commitments,
            Children<ListDraft> lists) {}

    record ThemeDraft(Naming naming, Optional<TextDraft> name, Optional<TextDraft> description, List<Integer> owners,
            int levelNames, ThemeContents contents, Common common) implements Numbered<Theme> {
        @Override
        public Theme build(Assembly a, Optional<DisplayNumber> parent, int ordinal) {
            // a theme without a name is known by its number
            Numbering numbering = name.isEmpty() && naming.numbering() == Numbering.NONE
                    ? Numbering.DOTTED
                    : naming.numbering();
            Optional<DisplayNumber> number = a.number(numbering, parent, ordinal, "");
            ElementId elementId = a.id(naming.id(), ElementKind.THEME, number, ordinal);
            Children<ObjectiveDraft> objectives = contents.objectives();
            // the theme's own priorities are numbered after its objectives, its deliverables after those
            int priorities = objectives.first() + objectives.size();
            int deliverables = priorities + contents.priorities().size();
            return a.register(Theme.builder()
                    .id(elementId).number(number).levelName(common.levelName(a))
                    .name(PlanArbitraries.build(name, a)).description(PlanArbitraries.build(description, a))
                    .addAllOwners(a.owners(owners))
                    .levelNames(PlanArbitraries.levelNames(a, levelNames, 4))
                    .leadIns(common.leadIns(a, PlanStructure.of(ElementKind.THEME)))
                    .addAllOutcomes(PlanArbitraries.build(a, number, contents.outcomes()))
                    .addAllObjectives(PlanArbitraries.build(a, number, objectives))
                    .addAllPriorities(PlanArbitraries.build(a, number, priorities, contents.priorities()))
                    .addAllDeliverables(PlanArbitraries.build(a, number, deliverables, contents.deliverables()))
                    .addAllCommitments(PlanArbitraries.build(a, number, contents.commitments()))
                    .addAllLists(PlanArbitraries.build(a, number, contents.lists()))
                    .addAllOtherNames(common.otherNames(a)).provenance(common.provenance(a))
                    .addAllReferences(common.references(a)).extensions(common.extensions(a))
                    .build());
        }
    }

    record StatementDraft(Naming naming, Optional<TextDraft> heading, List<BlockDraft> body,
            List<SignatoryDraft> signatories, Common common) implements Numbered<Statement> {
        @Override
        public Statement build(Assembly a, Optional<DisplayNumber> parent, int ordinal) {
            Optional<DisplayNumber> number = a.number(naming.numbering(), parent, ordinal, "");
            List<Block> blocks = new ArrayList<>();
            body.forEach(b -> blocks.add(b.build(a)));
            List<Signatory> signed = new ArrayList<>();
            signatories.forEach(s -> signed.add(s.build(a)));
            return a.register(Statement.builder()
                    .id(a.id(naming.id(), ElementKind.STATEMENT, number, ordinal)).number(number)
                    .levelName(common.levelName(a))
                    .heading(PlanArbitraries.build(heading, a))
                    .addAllBody(blocks)
                    .addAllSignatories(signed)
                    .addAllOtherNames(common.otherNames(a)).provenance(common.provenance(a))
                    .addAllReferences(common.references(a)).extensions(common.extensions(a))
                    .build());
        }
    }

    record ValueDraft(Naming naming, TextDraft name, List<TextDraft> behaviours, Common common)
            implements Numbered<SharedValue> {
        @Override
        public SharedValue build(Assembly a, Optional<DisplayNumber> parent, int ordinal) {
            Optional<DisplayNumber> number = a.number(naming.numbering(), parent, ordinal, "");
            return a.register(SharedValue.builder()
                    .id(a.id(naming.id(), ElementKind.VALUE, number, ordinal)).number(number)
                    .levelName(common.levelName(a))
                    .name(name.build(a))
                    .leadIns(common.leadIns(a, PlanStructure.of(ElementKind.VALUE)))
                    .addAllBehaviours(PlanArbitraries.build(behaviours, a))
                    .addAllOtherNames(common.otherNames(a)).provenance(common.provenance(a))
                    .addAllReferences(common.references(a)).extensions(common.extensions(a))
                    .build());
        }
    }

    record PrincipleDraft(Naming naming, TextDraft name, Optional<TextDraft> description, Common common)
            implements Numbered<Principle> {
        @Override
        public Principle build(Assembly a, Optional<DisplayNumber> parent, int ordinal) {
            Optional<DisplayNumber> number = a.number(naming.numbering(), parent, ordinal, "");
            return a.register(Principle.builder()
                    .id(a.id(naming.id(), ElementKind.PRINCIPLE, number, ordinal)).number(number)
                    .levelName(common.levelName(a))
                    .name(name.build(a)).description(PlanArbitraries.build(description, a))
                    .addAllOtherNames(common.otherNames(a)).provenance(common.provenance(a))
                    .addAllReferences(common.references(a)).extensions(common.extensions(a))
                    .build());
        }
    }

    record MeasureDraft(Naming naming, TextDraft name, Optional<TextDraft> description, MeasureSpec spec,
            MeasureValues values, List<Integer> owners, Common common) implements Numbered<Measure> {
        @Override
        public Measure build(Assembly a, Optional<DisplayNumber> parent, int ordinal) {
            Optional<DisplayNumber> number = a.number(naming.numbering(), parent, ordinal, "");
            Optional<PeriodType> frequency = spec.frequency();
            Measure.Builder b = Measure.builder()
                    .id(a.id(naming.id(), ElementKind.MEASURE, number, ordinal)).number(number)
                    .levelName(common.levelName(a))
                    .name(name.build(a)).description(PlanArbitraries.build(description, a))
                    .unit(spec.unit(a)).direction(spec.direction()).frequency(frequency)
                    .rollUp(spec.rollUp()).ratioPer(spec.ratioPer())
                    .tolerance(spec.tolerance()).source(PlanArbitraries.build(spec.source(), a))
                    .addAllMetrics(spec.metrics(a))
                    .addAllOwners(a.owners(owners)).longTerm(common.longTerm())
                    .addAllOtherNames(common.otherNames(a)).provenance(common.provenance(a))
                    .addAllReferences(common.references(a)).extensions(common.extensions(a));
            values.baseline().flatMap(v -> v.observation(a, frequency)).ifPresent(b::baseline);
            Set<Optional<ReportingPeriod>> targeted = new HashSet<>();
            for (AmountDraft v : values.targets()) {
                v.targetPeriod(a, frequency).filter(targeted::add).ifPresent(period -> {
                    Target.Builder target = Target.builder().period(period).text(v.text(a));
                    if (v.hasValue()) {
                        target.value(v.value());
                    }
                    target.addAllRevisions(v.revisions(a, period));
                    b.addTargets(target.build());
                });
            }
            Set<String> reported = new HashSet<>();
            Set<ReportingPeriod> assessed = new HashSet<>();
            for (AmountDraft v : values.actuals()) {
                Optional<Observation> actual = v.observation(a, frequency).filter(o -> reported.add(o.when()));
                actual.ifPresent(b::addActuals);
                actual.flatMap(Observation::period).filter(period -> Math.floorMod(v.form() + v.when(), 3) == 0)
                        .filter(assessed::add).ifPresent(period -> b.addAssessments(v.assessment(a, period)));
            }
            return a.register(b.build());
        }
    }

    /** An owner; built in two steps, as every owner's id must be known before any is built. */
    record OwnerDraft(Naming naming, TextDraft name, Optional<OwnerType> type, Optional<String> holder,
            List<Integer> accountableTo, Common common) {
        Owner build(Assembly a, ElementId elementId, Optional<DisplayNumber> number) {
            return a.register(Owner.builder()
                    .id(elementId).number(number).levelName(common.levelName(a))
                    .name(name.build(a)).type(type).holder(holder)
                    .addAllAccountableTo(a.owners(accountableTo, elementId))
                    .addAllOtherNames(common.otherNames(a)).provenance(common.provenance(a))
                    .addAllReferences(common.references(a)).extensions(common.extensions(a))
                    .build());
        }
    }

    record PartnerDraft(Naming naming, TextDraft name, Optional<TextDraft> description, Common common)
            implements Numbered<Partner> {
        @Override
        public Partner build(Assembly a, Optional<DisplayNumber> parent, int ordinal) {
            Optional<DisplayNumber> number = a.number(naming.numbering(), parent, ordinal, "");
            return a.register(Partner.builder()
                    .id(a.id(naming.id(), ElementKind.PARTNER, number, ordinal)).number(number)
                    .levelName(common.levelName(a))
                    .name(name.build(a)).description(PlanArbitraries.build(description, a))
                    .addAllOtherNames(common.otherNames(a)).provenance(common.provenance(a))
                    .addAllReferences(common.references(a)).extensions(common.extensions(a))
                    .build());
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Arbitraries of drafts

    private static Arbitrary<List<Integer>> ownerSeeds() {
        return once("ownerSeeds", () -> seeds().list().ofMaxSize(2));
    }

    private static Arbitrary<MilestoneDraft> milestones() {
        return once("milestones", () -> Combinators.combine(
                        namings(), texts(), dates(), optionalDates(30), optionalDates(40),
                        optional(Arbitraries.of(ProgressStatus.class), 60), commons())
                .as(MilestoneDraft::new));
    }

    private static Arbitrary<ProgressDraft> progressUpdates() {
        return once("progressUpdates", () -> Combinators.combine(
                        Arbitraries.of(PeriodType.class), seeds(), Arbitraries.of(ProgressStatus.class),
                        optionalTexts())
                .as(ProgressDraft::new));
    }

    private static Arbitrary<OutcomeDraft> outcomes() {
        return once("outcomes", () -> Combinators.combine(namings(), texts(), optionalDates(30), commons())
                .as(OutcomeDraft::new));
    }

    private static Arbitrary<CommitmentDraft> commitments() {
        return once("commitments", () -> Combinators.combine(namings(), texts(), commons())
                .as(CommitmentDraft::new));
    }

    private static Arbitrary<ListDraft> lists() {
        return once("lists", () -> {
            Arbitrary<ListItemDraft> items = Combinators.combine(namings(), texts(), commons()).as(ListItemDraft::new);
            return Combinators.combine(namings(), texts(), children(items, 3), commons()).as(ListDraft::new);
        });
    }

    /** What a level of work has; its outcomes and lists are few, so that plans stay moderate in size. */
    private static Arbitrary<WorkParts> workParts() {
        return once("workParts", () -> Combinators.combine(
                        optionalTexts(), ownerSeeds(), optionalDates(40), optionalDates(50),
                        fewChildren(outcomes(), 2, 4), fewChildren(lists(), 1, 6), children(milestones(), 2),
                        progressUpdates().list().ofMaxSize(3))
                .as(WorkParts::new));
    }

    private static Arbitrary<DeliverableDraft> deliverables() {
        return once("deliverables", () -> Combinators.combine(namings(), texts(), workParts(), commons())
                .as(DeliverableDraft::new));
    }

    private static Arbitrary<PriorityDraft> priorities() {
        return once("priorities", () -> Combinators.combine(
                        namings(), texts(), workParts(), children(deliverables(), 3), commons())
                .as(PriorityDraft::new));
    }

    private static Arbitrary<ObjectiveDraft> objectives() {
        return once("objectives", () -> Combinators.combine(
                        namings(), texts(), workParts(), children(priorities(), 2),
                        fewChildren(deliverables(), 2, 3), commons())
                .as(ObjectiveDraft::new));
    }

    private static Arbitrary<ThemeDraft> themes() {
        return once("themes", () -> {
            // about half the themes have an objective, the optional extra level
            Arbitrary<Children<ObjectiveDraft>> objectives = Combinators.combine(Arbitraries.just(1),
                            objectives().list().ofMaxSize(1))
                    .as(Children::new);
            // a third of the themes hold deliverables straight under them, as titled pledges
            Arbitrary<List<DeliverableDraft>> pledges = fewChildren(deliverables(), 3, 3).map(Children::drafts);
            Arbitrary<ThemeContents> contents = Combinators.combine(children(outcomes(), 3), objectives,
                            priorities().list().ofMaxSize(3), pledges, children(commitments(), 3),
                            fewChildren(lists(), 1, 4))
                    .as(ThemeContents::new);
            return Combinators.combine(namings(), optional(texts(), 85), optionalTexts(), ownerSeeds(), seeds(),
                            contents, commons())
                    .as(ThemeDraft::new);
        });
    }

    private static Arbitrary<StatementDraft> statements() {
        return once("statements", () -> {
            Arbitrary<SignatoryDraft> signatories = Combinators.combine(seeds(), optionalTexts())
                    .as(SignatoryDraft::new);
            Arbitrary<BlockDraft> blocks = Combinators.combine(seeds(), texts().list().ofMinSize(1).ofMaxSize(3))
                    .as(BlockDraft::new);
            return Combinators.combine(namings(), optionalTexts(), blocks.list().ofMinSize(1).ofMaxSize(3),
                            signatories.list().ofMaxSize(2), commons())
                    .as(StatementDraft::new);
        });
    }

    private static Arbitrary<ValueDraft> values() {
        return once("values", () -> Combinators.combine(namings(), texts(), texts().list().ofMaxSize(3), commons())
                .as(ValueDraft::new));
    }

    private static Arbitrary<PrincipleDraft> principles() {
        return once("principles", () -> Combinators.combine(namings(), texts(), optionalTexts(), commons())
                .as(PrincipleDraft::new));
    }

    private static Arbitrary<MeasureDraft> measures() {
        return once("measures", () -> {
            Arbitrary<Tolerance> tolerances = choose(
                    Tuple.of(1, nonNegativeDecimals().map(Tolerance::absolute)),
                    Tuple.of(1, nonNegativeDecimals().map(Tolerance::percentOfTarget)));
            Arbitrary<MeasureSpec> specs = Combinators.combine(optional(seeds(), 80),
                            optional(Arbitraries.of(Direction.class), 80),
                            optional(Arbitraries.of(PeriodType.class), 80), optional(tolerances, 60), optionalTexts(),
                            optional(Arbitraries.of(RollUpMethod.class), 50))
                    .as(MeasureSpec::new);
            Arbitrary<AmountDraft> value = Combinators.combine(seeds(), seeds(), decimals()).as(AmountDraft::new);
            Arbitrary<MeasureValues> values = Combinators.combine(optional(value, 50), value.list().ofMaxSize(4),
                            value.list().ofMaxSize(4))
                    .as(MeasureValues::new);
            return Combinators.combine(namings(), texts(), optionalTexts(), specs, values, ownerSeeds(), commons())
                    .as(MeasureDraft::new);
        });
    }

    private static Arbitrary<OwnerDraft> owners() {
        return once("owners", () -> Combinators.combine(
                        namings(), texts(), optional(Arbitraries.of(OwnerType.class), 80), optional(strings(), 40),
                        seeds().list().ofMaxSize(2), commons())
                .as(OwnerDraft::new));
    }

    private static Arbitrary<PartnerDraft> partners() {
        return once("partners", () -> Combinators.combine(namings(), texts(), optionalTexts(), commons())
                .as(PartnerDraft::new));
    }

    private static Arbitrary<LinkDraft> links() {
        return once("links", () -> Combinators.combine(
                        Arbitraries.of(LinkKind.class), seeds(), seeds(), optionalTexts(), seeds())
                .as(LinkDraft::new));
    }

    // ---------------------------------------------------------------------------------------------
    // The plan

    /** The plan's languages, and a seed for which of them after the first are partly translated. */
    record Languages(List<String> declared, int partial) {
        Set<String> partialOnes() {
            Set<String> partialOnes = new LinkedHashSet<>();
            if (Math.floorMod(partial, 3) == 0) {
                for (int i = 1; i < declared.size(); i++) {
                    if (((partial / 3 >> i) & 1) == 1 || declared.size() == 2) {
                        partialOnes.add(declared.get(i));
                    }
                }
            }
            return partialOnes;
        }
    }

    /** The plan's own attributes. */
    record Header(IdChoice id, TextDraft title, OrganisationDraft organisation, PeriodRange period,
            Languages languages, Optional<EditionDraft> edition, Optional<Integer> levelNames,
            Optional<PurposeDraft> purpose) {}

    /** The plan's shared values and cross-cutting principles. */
    record Foundations(Children<ValueDraft> values, Children<PrincipleDraft> principles) {}

    /** The plan's lists, its links and its own references, extensions and other common parts. */
    record Body(Children<StatementDraft> statements, Foundations foundations, Children<ThemeDraft> themes,
            Children<MeasureDraft> measures, Children<OwnerDraft> owners, Children<PartnerDraft> partners,
            List<LinkDraft> links, Common common) {
        /** This body cut down to a handful of elements: one statement, value and principle at most. */
        Body tiny() {
            return new Body(firstOf(statements), new Foundations(firstOf(foundations.values()),
                    firstOf(foundations.principles())), none(themes), none(measures), none(owners), none(partners),
                    List.of(), common);
        }

        private static <D> Children<D> firstOf(Children<D> children) {
            return new Children<>(children.first(), children.drafts().subList(0, Math.min(1, children.size())));
        }

        private static <D> Children<D> none(Children<D> children) {
            return new Children<>(children.first(), List.of());
        }
    }

    /**
     * The plan's publication date, overseers, related plans and vision, and whether it is tiny:
     * one plan in twelve is cut down to a handful of elements.
     */
    record Extras(Optional<DateChoice> published, List<Integer> overseenBy, List<RelatedPlanDraft> relatedPlans,
            Optional<StatementDraft> vision, boolean tiny, Optional<Boolean> extensionUse) {}

    /**
     * The one extension generated plans may declare: a test extension whose schema (in
     * plan-schema's test resources, {@code META-INF/councilplan/extensions/any-data/1.0.schema.json})
     * accepts any data, so that a plan that declares it is as valid as one that does not.
     */
    public static final ExtensionUse ANY_DATA = ExtensionUse.builder().name(ElementId.of("any-data"))
            .version(ElementId.of("1.0")).schema(URI.create("https://schemas.example.org/councilplan/any-data/1.0"))
            .build();

    private static Arbitrary<Header> headers() {
        return once("headers", () -> {
            Arbitrary<OrganisationDraft> organisations = Combinators.combine(texts(),
                            optional(choose(Tuple.of(2, Arbitraries.of("E06000034", "W06000015", "S12000036")),
                                    Tuple.of(1, strings())), 50), identifiers())
                    .as((name, code, ids) -> new OrganisationDraft(name, code, ids.get1(), ids.get2()));
            Arbitrary<List<String>> declared = choose(
                    Tuple.of(1, Arbitraries.just(List.<String>of())),
                    Tuple.of(1, Arbitraries.of(LANGUAGES).list().uniqueElements().ofMinSize(1).ofMaxSize(3)));
            Arbitrary<Languages> languages = Combinators.combine(declared, seeds()).as(Languages::new);
            Arbitrary<EditionDraft> editions = Combinators.combine(strings(), Arbitraries.of(EditionStatus.class),
                            optional(seeds(), 70), optional(strings(), 50), optional(seeds(), 50),
                            optional(Combinators.combine(strings(), seeds()).as(Tuple::of), 70))
                    .as(EditionDraft::new);
            Arbitrary<PurposeDraft> purposes = Combinators.combine(optionalTexts(),
                            texts().list().ofMinSize(1).ofMaxSize(3), texts().list().ofMaxSize(3), seeds())
                    .as(PurposeDraft::new);
            return Combinators.combine(Combinators.combine(Arbitraries.of(true, false), seeds()).as(IdChoice::new),
                            texts(), organisations, ranges(), languages, optional(editions, 60),
                            optional(seeds(), 40), optional(purposes, 50))
                    .as(Header::new);
        });
    }

    private static Arbitrary<Body> bodies() {
        return once("bodies", () -> Combinators.combine(
                        children(statements(), 2),
                        Combinators.combine(children(values(), 3), children(principles(), 2)).as(Foundations::new),
                        children(themes(), 4),
                        children(measures(), 4), children(owners(), 4), children(partners(), 3),
                        links().list().ofMaxSize(8), commons())
                .as(Body::new));
    }

    private static Arbitrary<Extras> extras() {
        return once("extras", () -> {
            Arbitrary<RelatedPlanDraft> related = Combinators.combine(seeds(),
                            optional(Arbitraries.of(PlanRelation.class), 70), optionalTexts(), optional(uris(), 40))
                    .as(RelatedPlanDraft::new);
            return Combinators.combine(optionalDates(50), seeds().list().ofMaxSize(2),
                            fewChildren(related, 2, 3).map(Children::drafts), optional(statements(), 30),
                            Arbitraries.integers().between(0, 11).map(roll -> roll == 0),
                            optional(Arbitraries.of(true, false), 12))
                    .as(Extras::new);
        });
    }

    private static Plan assemble(Header header, Body whole, Pools pools, Extras extras) {
        Body body = extras.tiny() ? whole.tiny() : whole;
        Set<String> partial = header.languages().partialOnes();
        Assembly a = new Assembly(header.period(), header.languages().declared(), partial, pools);
        ElementId planId = a.id(header.id(), ElementKind.PLAN, Optional.empty(), 1);
        Plan.Builder plan = Plan.builder()
                .id(planId)
                .title(header.title().build(a))
                .organisation(header.organisation().build(a))
                .period(header.period())
                .published(extras.published().map(d -> d.build(a, false)))
                .addAllLanguages(header.languages().declared())
                .addAllPartialLanguages(partial);
        header.edition().ifPresent(e -> {
            Edition edition = e.build(a);
            a.adopted = edition.adoptedOn();
            plan.edition(edition);
        });
        plan.levelNames(header.levelNames().flatMap(seed -> levelNames(a, seed, 1)));
        header.purpose().ifPresent(p -> plan.purpose(p.build(a)));

        // owners first, so that every element can name them
        List<OwnerDraft> ownerDrafts = body.owners().drafts();
        List<Optional<DisplayNumber>> ownerNumbers = new ArrayList<>();
        List<ElementId> ownerIds = new ArrayList<>();
        for (int i = 0; i < ownerDrafts.size(); i++) {
            int ordinal = body.owners().first() + i;
            OwnerDraft draft = ownerDrafts.get(i);
            Optional<DisplayNumber> number = a.number(draft.naming().numbering(), Optional.empty(), ordinal, "");
            ownerNumbers.add(number);
            ownerIds.add(a.id(draft.naming().id(), ElementKind.OWNER, number, ordinal));
        }
        a.setOwners(ownerIds);
        List<Owner> owners = new ArrayList<>();
        for (int i = 0; i < ownerDrafts.size(); i++) {
            owners.add(ownerDrafts.get(i).build(a, ownerIds.get(i), ownerNumbers.get(i)));
        }
        plan.addAllOverseenBy(a.owners(extras.overseenBy()));

        // related plans, with ids no element has, so that links into them can name them
        Map<ElementId, RelatedPlan> related = new LinkedHashMap<>();
        for (RelatedPlanDraft draft : extras.relatedPlans()) {
            RelatedPlan built = draft.build(a);
            if (!built.id().equals(planId)) {
                related.putIfAbsent(built.id(), built);
            }
        }
        plan.addAllRelatedPlans(related.values());
        a.setRelated(List.copyOf(related.keySet()));
        extras.extensionUse().ifPresent(withSchema -> plan.addExtensionsUsed(withSchema ? ANY_DATA
                : ExtensionUse.of(ANY_DATA.name(), ANY_DATA.version())));

        plan.vision(extras.vision().map(v -> v.build(a, Optional.empty(), 1)))
                .leadIns(body.common().leadIns(a, PlanStructure.plan()))
                .addAllStatements(build(a, Optional.empty(), body.statements()))
                .addAllValues(build(a, Optional.empty(), body.foundations().values()))
                .addAllPrinciples(build(a, Optional.empty(), body.foundations().principles()))
                .addAllThemes(build(a, Optional.empty(), body.themes()))
                .addAllMeasures(build(a, Optional.empty(), body.measures()))
                .addAllOwners(owners)
                .addAllPartners(build(a, Optional.empty(), body.partners()));

        // links last, between elements built above; each at most once
        Map<List<Object>, Link> links = new LinkedHashMap<>();
        body.links().forEach(draft -> draft.build(a).ifPresent(link -> links.putIfAbsent(
                List.of(link.from(), link.kind(), link.to(), link.toPlan()), link)));
        plan.addAllLinks(links.values());
        Common common = body.common();
        return plan.addAllOtherNames(common.otherNames(a)).provenance(common.provenance(a))
                .addAllReferences(common.references(a))
                .extensions(common.extensions(a))
                .build();
    }
}

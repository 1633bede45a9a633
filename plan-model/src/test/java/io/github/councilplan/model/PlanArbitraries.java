package io.github.councilplan.model;

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
 * moderately large (a hundred elements and more): themes with outcomes, objectives, priorities,
 * deliverables, milestones, progress updates and commitments; statements with signatories;
 * purpose; shared values; measures with baselines, targets and actuals for reporting periods of
 * the measure's frequency, absolute or percentage tolerances, every {@link Direction} and
 * {@link PeriodType}; owners accountable to other owners; partners; links of every {@link LinkKind}
 * between elements of the kinds it allows; external references by key, URI or both; text untagged
 * or in several languages, with non-ASCII characters and characters JSON must escape; extensions
 * holding nested JSON of every kind; an edition and the plan's own level names.
 *
 * <p>Every generated plan is valid beyond the checks the model makes when built: ids are unique
 * across the whole plan, dotted numbers follow nesting (and the numbers of a theme's objectives
 * and priorities do not collide), every owner id and link end names an element of a kind it may
 * name, periods and dates fall inside the plan's period, and when the plan declares languages
 * every text is given in exactly those languages.
 *
 * <p>How: the arbitraries generate <em>drafts</em>, immutable descriptions of the parts of a plan
 * in which ids, numbers, dates, periods, owner references and link ends are only choices (seeds).
 * A draft is resolved into model objects when the whole plan is assembled, against an
 * {@link Assembly} that knows the plan's period and languages, hands out unique ids and records
 * the elements built so far. jqwik can still shrink every choice. References and extensions, the
 * costliest parts to generate, come from small per-plan {@link Pools} that elements pick from.
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
        return once("plans", () -> Combinators.combine(headers(), bodies(), pools()).as(PlanArbitraries::assemble));
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

    /** How a draft element's id is made: from its kind and number, or from a random stem. */
    record IdChoice(boolean fromNumber, String stem) {}

    private static Arbitrary<IdChoice> ids() {
        return once("ids", () -> {
            Arbitrary<String> first = Arbitraries.strings().withChars(LETTERS + DIGITS).ofLength(1);
            Arbitrary<String> rest = Arbitraries.strings().withChars(LETTERS + DIGITS + "._:-").ofMaxLength(30);
            return Combinators.combine(Arbitraries.of(true, false), Combinators.combine(first, rest).as(String::concat))
                    .as(IdChoice::new);
        });
    }

    /**
     * What a plan being assembled knows: its period and languages, the ids handed out, the
     * elements built so far by kind, and its owners.
     */
    static final class Assembly {
        final PeriodRange range;
        final List<String> languages;
        final Pools pools;
        private final Set<ElementId> ids = new HashSet<>();
        private final Map<ElementKind, List<ElementId>> built = new EnumMap<>(ElementKind.class);
        private final Map<PeriodType, List<ReportingPeriod>> periods = new EnumMap<>(PeriodType.class);
        private final long days;
        private List<ElementId> owners = List.of();

        Assembly(PeriodRange range, List<String> languages, Pools pools) {
            this.range = range;
            this.languages = languages;
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
                    : choice.stem();
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
     * declares languages, always exactly those languages.
     */
    record TextDraft(boolean tagged, List<String> strings, List<Integer> tagSeeds) {
        Text build(Assembly a) {
            if (a.languages.isEmpty() && !tagged) {
                return Text.of(strings.get(0));
            }
            Map<String, String> byLanguage = new LinkedHashMap<>();
            if (!a.languages.isEmpty()) {
                for (int i = 0; i < a.languages.size(); i++) {
                    byLanguage.put(spelled(a.languages.get(i), tagSeeds.get(i % tagSeeds.size())),
                            strings.get(i % strings.size()));
                }
            } else {
                Set<String> canonical = new HashSet<>();
                for (int i = 0; i < tagSeeds.size(); i++) {
                    int seed = tagSeeds.get(i);
                    String tag = LANGUAGES.get(Math.floorMod(seed, LANGUAGES.size()));
                    if (canonical.add(tag)) {
                        byLanguage.put(spelled(tag, seed / LANGUAGES.size()), strings.get(i % strings.size()));
                    }
                }
            }
            return Text.of(byLanguage);
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
                        strings().list().ofMinSize(1).ofMaxSize(3),
                        seeds().list().ofMinSize(1).ofMaxSize(3))
                .as(TextDraft::new));
    }

    private static Arbitrary<Optional<TextDraft>> optionalTexts() {
        return once("optionalTexts", () -> optional(texts(), 50));
    }

    private static Optional<Text> build(Optional<TextDraft> draft, Assembly a) {
        return draft.map(d -> d.build(a));
    }

    private static List<Text> build(List<TextDraft> drafts, Assembly a) {
        List<Text> texts = new ArrayList<>();
        drafts.forEach(d -> texts.add(d.build(a)));
        return texts;
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

    /** What every element has besides its own attributes: references and extensions. */
    /**
     * What every element has besides its own attributes: references and extensions, chosen by
     * seed from the plan's {@link Pools}; a quarter of elements have extensions, and a third of the
     * reference seeds give a reference (seed 0, to which jqwik shrinks, gives neither).
     */
    record Common(int extensions, List<Integer> references) {
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
    }

    /**
     * Extensions and references that the plan's elements draw on. Generated once per plan rather
     * than once per element, because they are the costliest parts to generate.
     */
    record Pools(List<Extensions> extensions, List<ReferenceDraft> references) {}

    private static Arbitrary<Pools> pools() {
        return once("pools", () -> Combinators.combine(extensions().list().ofMinSize(1).ofMaxSize(3),
                        references().list().ofMinSize(1).ofMaxSize(3))
                .as(Pools::new));
    }

    private static Arbitrary<Common> commons() {
        return once("commons", () -> Combinators.combine(seeds(), seeds().list().ofMaxSize(2)).as(Common::new));
    }

    record OrganisationDraft(TextDraft name, Optional<String> code) {
        Organisation build(Assembly a) {
            return Organisation.builder().name(name.build(a)).code(code).build();
        }
    }

    record EditionDraft(String name, EditionStatus status, Optional<Integer> adoptedOn, Optional<String> supersedes) {
        Edition build(Assembly a) {
            Edition.Builder b = Edition.builder().name(name).status(status);
            if (status != EditionStatus.DRAFT) {
                adoptedOn.ifPresent(seed -> b.adoptedOn(a.date(seed)));
            }
            supersedes.ifPresent(s -> b.supersedes(s.equals(name) ? s + " (earlier)" : s));
            return b.build();
        }
    }

    record LevelNamesDraft(Optional<TextDraft> theme, Optional<TextDraft> objective, Optional<TextDraft> outcome,
            Optional<TextDraft> priority, Optional<TextDraft> deliverable, Optional<TextDraft> commitment) {
        LevelNames build(Assembly a) {
            return LevelNames.builder()
                    .theme(PlanArbitraries.build(theme, a))
                    .objective(PlanArbitraries.build(objective, a))
                    .outcome(PlanArbitraries.build(outcome, a))
                    .priority(PlanArbitraries.build(priority, a))
                    .deliverable(PlanArbitraries.build(deliverable, a))
                    .commitment(PlanArbitraries.build(commitment, a))
                    .build();
        }
    }

    record PurposeDraft(Optional<TextDraft> introduction, List<TextDraft> statements, List<TextDraft> approaches) {
        Purpose build(Assembly a) {
            return Purpose.builder()
                    .introduction(PlanArbitraries.build(introduction, a))
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

    record SignatoryDraft(String name, TextDraft role) {
        Signatory build(Assembly a) {
            return Signatory.of(name, role.build(a));
        }
    }

    /** A measure's unit, direction, frequency, tolerance and source. */
    record MeasureSpec(String unit, Direction direction, PeriodType frequency, Optional<Tolerance> tolerance,
            Optional<TextDraft> source) {}

    /** A measure's values: each a period seed and a value. */
    record MeasureValues(Optional<Tuple2<Integer, BigDecimal>> baseline, List<Tuple2<Integer, BigDecimal>> targets,
            List<Tuple2<Integer, BigDecimal>> actuals) {}

    record LinkDraft(LinkKind kind, int from, int to, Optional<TextDraft> note) {
        Optional<Link> build(Assembly a) {
            Optional<ElementId> source = a.pick(kind.sources(), from, null);
            Optional<ElementId> target = source.flatMap(s -> a.pick(kind.targets(), to, s));
            if (target.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Link.builder().from(source.get()).kind(kind).to(target.get())
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

    record MilestoneDraft(IdChoice id, Numbering numbering, TextDraft title, int due, Optional<Integer> forecast,
            Optional<Integer> achieved, Optional<ProgressStatus> status, Common common) implements Numbered<Milestone> {
        @Override
        public Milestone build(Assembly a, Optional<DisplayNumber> parent, int ordinal) {
            Optional<DisplayNumber> number = a.number(numbering, parent, ordinal, "");
            Optional<ProgressStatus> reported = achieved.isPresent() && status.isPresent()
                    ? Optional.of(ProgressStatus.COMPLETE)
                    : status;
            return a.register(Milestone.builder()
                    .id(a.id(id, ElementKind.MILESTONE, number, ordinal)).number(number)
                    .title(title.build(a)).due(a.date(due))
                    .forecast(forecast.map(a::date).map(PlanDate::of)).achieved(achieved.map(a::date).map(PlanDate::of)).status(reported)
                    .addAllReferences(common.references(a)).extensions(common.extensions(a))
                    .build());
        }
    }

    record DeliverableDraft(IdChoice id, Numbering numbering, TextDraft title, Optional<TextDraft> description,
            List<Integer> owners, Children<MilestoneDraft> milestones, List<ProgressDraft> progress, Common common)
            implements Numbered<Deliverable> {
        @Override
        public Deliverable build(Assembly a, Optional<DisplayNumber> parent, int ordinal) {
            Optional<DisplayNumber> number = a.number(numbering, parent, ordinal, "");
            ElementId elementId = a.id(id, ElementKind.DELIVERABLE, number, ordinal);
            Map<ReportingPeriod, ProgressUpdate> updates = new LinkedHashMap<>();
            progress.forEach(p -> p.build(a).ifPresent(u -> updates.putIfAbsent(u.period(), u)));
            return a.register(Deliverable.builder()
                    .id(elementId).number(number)
                    .title(title.build(a)).description(PlanArbitraries.build(description, a))
                    .addAllOwners(a.owners(owners))
                    .addAllMilestones(PlanArbitraries.build(a, number, milestones))
                    .addAllProgress(updates.values())
                    .addAllReferences(common.references(a)).extensions(common.extensions(a))
                    .build());
        }
    }

    record PriorityDraft(IdChoice id, Numbering numbering, TextDraft title, Optional<TextDraft> description,
            List<Integer> owners, Children<DeliverableDraft> deliverables, Common common)
            implements Numbered<Priority> {
        @Override
        public Priority build(Assembly a, Optional<DisplayNumber> parent, int ordinal) {
            Optional<DisplayNumber> number = a.number(numbering, parent, ordinal, "");
            ElementId elementId = a.id(id, ElementKind.PRIORITY, number, ordinal);
            return a.register(Priority.builder()
                    .id(elementId).number(number)
                    .title(title.build(a)).description(PlanArbitraries.build(description, a))
                    .addAllOwners(a.owners(owners))
                    .addAllDeliverables(PlanArbitraries.build(a, number, deliverables))
                    .addAllReferences(common.references(a)).extensions(common.extensions(a))
                    .build());
        }
    }

    record ObjectiveDraft(IdChoice id, Numbering numbering, TextDraft title, Optional<TextDraft> description,
            List<Integer> owners, Children<PriorityDraft> priorities, Common common)
            implements Numbered<Objective> {
        @Override
        public Objective build(Assembly a, Optional<DisplayNumber> parent, int ordinal) {
            Optional<DisplayNumber> number = a.number(numbering, parent, ordinal, "");
            ElementId elementId = a.id(id, ElementKind.OBJECTIVE, number, ordinal);
            return a.register(Objective.builder()
                    .id(elementId).number(number)
                    .title(title.build(a)).description(PlanArbitraries.build(description, a))
                    .addAllOwners(a.owners(owners))
                    .addAllPriorities(PlanArbitraries.build(a, number, priorities))
                    .addAllReferences(common.references(a)).extensions(common.extensions(a))
                    .build());
        }
    }

    record OutcomeDraft(IdChoice id, Numbering numbering, TextDraft statement, Common common)
            implements Numbered<Outcome> {
        @Override
        public Outcome build(Assembly a, Optional<DisplayNumber> parent, int ordinal) {
            // outcome numbers ("1.o2", "oB") never collide with the theme's priorities
            Optional<DisplayNumber> number = a.number(numbering, parent, ordinal, "o");
            return a.register(Outcome.builder()
                    .id(a.id(id, ElementKind.OUTCOME, number, ordinal)).number(number)
                    .statement(statement.build(a))
                    .addAllReferences(common.references(a)).extensions(common.extensions(a))
                    .build());
        }
    }

    record CommitmentDraft(IdChoice id, Numbering numbering, TextDraft text, Common common)
            implements Numbered<Commitment> {
        @Override
        public Commitment build(Assembly a, Optional<DisplayNumber> parent, int ordinal) {
            Optional<DisplayNumber> number = a.number(numbering, parent, ordinal, "c");
            return a.register(Commitment.builder()
                    .id(a.id(id, ElementKind.COMMITMENT, number, ordinal)).number(number)
                    .text(text.build(a))
                    .addAllReferences(common.references(a)).extensions(common.extensions(a))
                    .build());
        }
    }

    /** A theme's lists. */
    record ThemeContents(Children<OutcomeDraft> outcomes, Children<ObjectiveDraft> objectives,
            List<PriorityDraft> priorities, Children<CommitmentDraft> commitments, Children<ListDraft> lists) {}

    record ListItemDraft(IdChoice id, Numbering numbering, TextDraft text, Common common)
            implements Numbered<ListItem> {
        @Override
        public ListItem build(Assembly a, Optional<DisplayNumber> parent, int ordinal) {
            Optional<DisplayNumber> number = a.number(numbering, parent, ordinal, "");
            return a.register(ListItem.builder()
                    .id(a.id(id, ElementKind.ITEM, number, ordinal)).number(number)
                    .text(text.build(a))
                    .addAllReferences(common.references(a)).extensions(common.extensions(a))
                    .build());
        }
    }

    record ListDraft(IdChoice id, Numbering numbering, TextDraft title, Children<ListItemDraft> items, Common common)
            implements Numbered<ItemList> {
        @Override
        public ItemList build(Assembly a, Optional<DisplayNumber> parent, int ordinal) {
            // list numbers ("1.l2", "lB") never collide with the theme's priorities
            Optional<DisplayNumber> number = a.number(numbering, parent, ordinal, "l");
            return a.register(ItemList.builder()
                    .id(a.id(id, ElementKind.LIST, number, ordinal)).number(number)
                    .title(title.build(a))
                    .addAllItems(PlanArbitraries.build(a, number, items))
                    .addAllReferences(common.references(a)).extensions(common.extensions(a))
                    .build());
        }
    }

    record PrincipleDraft(IdChoice id, Numbering numbering, TextDraft name, Optional<TextDraft> description,
            Common common) implements Numbered<Principle> {
        @Override
        public Principle build(Assembly a, Optional<DisplayNumber> parent, int ordinal) {
            Optional<DisplayNumber> number = a.number(numbering, parent, ordinal, "");
            return a.register(Principle.builder()
                    .id(a.id(id, ElementKind.PRINCIPLE, number, ordinal)).number(number)
                    .name(name.build(a)).description(PlanArbitraries.build(description, a))
                    .addAllReferences(common.references(a)).extensions(common.extensions(a))
                    .build());
        }
    }

    private static Arbitrary<ListDraft> lists() {
        return once("lists", () -> {
            Arbitrary<ListItemDraft> items = Combinators.combine(ids(), numberings(), texts(), commons())
                    .as(ListItemDraft::new);
            return Combinators.combine(ids(), numberings(), texts(), children(items, 3), commons())
                    .as(ListDraft::new);
        });
    }

    private static Arbitrary<PrincipleDraft> principles() {
        return once("principles", () -> Combinators.combine(ids(), numberings(), texts(), optionalTexts(), commons())
                .as(PrincipleDraft::new));
    }

    record ThemeDraft(IdChoice id, Numbering numbering, TextDraft name, Optional<TextDraft> description,
            List<Integer> owners, Optional<TextDraft> outcomesLeadIn, ThemeContents contents, Common common)
            implements Numbered<Theme> {
        @Override
        public Theme build(Assembly a, Optional<DisplayNumber> parent, int ordinal) {
            Optional<DisplayNumber> number = a.number(numbering, parent, ordinal, "");
            ElementId elementId = a.id(id, ElementKind.THEME, number, ordinal);
            Children<ObjectiveDraft> objectives = contents.objectives();
            return a.register(Theme.builder()
                    .id(elementId).number(number)
                    .name(name.build(a)).description(PlanArbitraries.build(description, a))
                    .addAllOwners(a.owners(owners))
                    .leadIns(PlanArbitraries.build(outcomesLeadIn, a).map(t -> Map.of("outcomes", t)).orElse(Map.of()))
                    .addAllOutcomes(PlanArbitraries.build(a, number, contents.outcomes()))
                    .addAllObjectives(PlanArbitraries.build(a, number, objectives))
                    // the theme's own priorities are numbered after its objectives
                    .addAllPriorities(PlanArbitraries.build(a, number, objectives.first() + objectives.size(),
                            contents.priorities()))
                    .addAllCommitments(PlanArbitraries.build(a, number, contents.commitments()))
                    .addAllLists(PlanArbitraries.build(a, number, contents.lists()))
                    .addAllReferences(common.references(a)).extensions(common.extensions(a))
                    .build());
        }
    }

    record StatementDraft(IdChoice id, Numbering numbering, Optional<TextDraft> heading, List<TextDraft> paragraphs,
            List<SignatoryDraft> signatories, Common common) implements Numbered<Statement> {
        @Override
        public Statement build(Assembly a, Optional<DisplayNumber> parent, int ordinal) {
            Optional<DisplayNumber> number = a.number(numbering, parent, ordinal, "");
            List<Signatory> signed = new ArrayList<>();
            signatories.forEach(s -> signed.add(s.build(a)));
            return a.register(Statement.builder()
                    .id(a.id(id, ElementKind.STATEMENT, number, ordinal)).number(number)
                    .heading(PlanArbitraries.build(heading, a))
                    .addAllBody(PlanArbitraries.build(paragraphs, a).stream().map(Block::paragraph).toList())
                    .addAllSignatories(signed)
                    .addAllReferences(common.references(a)).extensions(common.extensions(a))
                    .build());
        }
    }

    record ValueDraft(IdChoice id, Numbering numbering, TextDraft name, List<TextDraft> behaviours, Common common)
            implements Numbered<SharedValue> {
        @Override
        public SharedValue build(Assembly a, Optional<DisplayNumber> parent, int ordinal) {
            Optional<DisplayNumber> number = a.number(numbering, parent, ordinal, "");
            return a.register(SharedValue.builder()
                    .id(a.id(id, ElementKind.VALUE, number, ordinal)).number(number)
                    .name(name.build(a))
                    .addAllBehaviours(PlanArbitraries.build(behaviours, a))
                    .addAllReferences(common.references(a)).extensions(common.extensions(a))
                    .build());
        }
    }

    record MeasureDraft(IdChoice id, Numbering numbering, TextDraft name, Optional<TextDraft> description,
            MeasureSpec spec, MeasureValues values, List<Integer> owners, Common common) implements Numbered<Measure> {
        @Override
        public Measure build(Assembly a, Optional<DisplayNumber> parent, int ordinal) {
            Optional<DisplayNumber> number = a.number(numbering, parent, ordinal, "");
            Measure.Builder b = Measure.builder()
                    .id(a.id(id, ElementKind.MEASURE, number, ordinal)).number(number)
                    .name(name.build(a)).description(PlanArbitraries.build(description, a))
                    .unit(spec.unit()).direction(spec.direction()).frequency(spec.frequency())
                    .tolerance(spec.tolerance()).source(PlanArbitraries.build(spec.source(), a))
                    .addAllOwners(a.owners(owners))
                    .addAllReferences(common.references(a)).extensions(common.extensions(a));
            values.baseline().ifPresent(v -> a.period(spec.frequency(), v.get1())
                    .ifPresent(p -> b.baseline(Observation.of(p, v.get2()))));
            Set<ReportingPeriod> targeted = new HashSet<>();
            values.targets().forEach(v -> a.period(spec.frequency(), v.get1())
                    .filter(targeted::add).ifPresent(p -> b.putTargets(p, v.get2())));
            Set<ReportingPeriod> reported = new HashSet<>();
            values.actuals().forEach(v -> a.period(spec.frequency(), v.get1())
                    .filter(reported::add).ifPresent(p -> b.putActuals(p, v.get2())));
            return a.register(b.build());
        }
    }

    /** An owner; built in two steps, as every owner's id must be known before any is built. */
    record OwnerDraft(IdChoice id, Numbering numbering, TextDraft name, OwnerType type, Optional<String> holder,
            List<Integer> accountableTo, Common common) {
        Owner build(Assembly a, ElementId elementId, Optional<DisplayNumber> number) {
            return a.register(Owner.builder()
                    .id(elementId).number(number)
                    .name(name.build(a)).type(type).holder(holder)
                    .addAllAccountableTo(a.owners(accountableTo, elementId))
                    .addAllReferences(common.references(a)).extensions(common.extensions(a))
                    .build());
        }
    }

    record PartnerDraft(IdChoice id, Numbering numbering, TextDraft name, Optional<TextDraft> description,
            Common common) implements Numbered<Partner> {
        @Override
        public Partner build(Assembly a, Optional<DisplayNumber> parent, int ordinal) {
            Optional<DisplayNumber> number = a.number(numbering, parent, ordinal, "");
            return a.register(Partner.builder()
                    .id(a.id(id, ElementKind.PARTNER, number, ordinal)).number(number)
                    .name(name.build(a)).description(PlanArbitraries.build(description, a))
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
                        ids(), numberings(), texts(), seeds(), optional(seeds(), 30), optional(seeds(), 40),
                        optional(Arbitraries.of(ProgressStatus.class), 60), commons())
                .as(MilestoneDraft::new));
    }

    private static Arbitrary<ProgressDraft> progressUpdates() {
        return once("progressUpdates", () -> Combinators.combine(
                        Arbitraries.of(PeriodType.class), seeds(), Arbitraries.of(ProgressStatus.class),
                        optionalTexts())
                .as(ProgressDraft::new));
    }

    private static Arbitrary<DeliverableDraft> deliverables() {
        return once("deliverables", () -> Combinators.combine(
                        ids(), numberings(), texts(), optionalTexts(), ownerSeeds(), children(milestones(), 2),
                        progressUpdates().list().ofMaxSize(3), commons())
                .as(DeliverableDraft::new));
    }

    private static Arbitrary<PriorityDraft> priorities() {
        return once("priorities", () -> Combinators.combine(
                        ids(), numberings(), texts(), optionalTexts(), ownerSeeds(), children(deliverables(), 3),
                        commons())
                .as(PriorityDraft::new));
    }

    private static Arbitrary<ObjectiveDraft> objectives() {
        return once("objectives", () -> Combinators.combine(
                        ids(), numberings(), texts(), optionalTexts(), ownerSeeds(), children(priorities(), 2),
                        commons())
                .as(ObjectiveDraft::new));
    }

    private static Arbitrary<OutcomeDraft> outcomes() {
        return once("outcomes", () -> Combinators.combine(ids(), numberings(), texts(), commons())
                .as(OutcomeDraft::new));
    }

    private static Arbitrary<CommitmentDraft> commitments() {
        return once("commitments", () -> Combinators.combine(ids(), numberings(), texts(), commons())
                .as(CommitmentDraft::new));
    }

    private static Arbitrary<ThemeDraft> themes() {
        return once("themes", () -> {
            // about half the themes have an objective, the optional extra level
            Arbitrary<Children<ObjectiveDraft>> objectives = Combinators.combine(Arbitraries.just(1),
                            objectives().list().ofMaxSize(1))
                    .as(Children::new);
            Arbitrary<ThemeContents> contents = Combinators.combine(children(outcomes(), 3), objectives,
                            priorities().list().ofMaxSize(3), children(commitments(), 3), children(lists(), 1))
                    .as(ThemeContents::new);
            return Combinators.combine(ids(), numberings(), texts(), optionalTexts(), ownerSeeds(), optionalTexts(),
                            contents, commons())
                    .as(ThemeDraft::new);
        });
    }

    private static Arbitrary<StatementDraft> statements() {
        return once("statements", () -> {
            Arbitrary<SignatoryDraft> signatories = Combinators.combine(strings(), texts()).as(SignatoryDraft::new);
            return Combinators.combine(ids(), numberings(), optionalTexts(), texts().list().ofMinSize(1).ofMaxSize(3),
                            signatories.list().ofMaxSize(2), commons())
                    .as(StatementDraft::new);
        });
    }

    private static Arbitrary<ValueDraft> values() {
        return once("values", () -> Combinators.combine(
                        ids(), numberings(), texts(), texts().list().ofMaxSize(3), commons())
                .as(ValueDraft::new));
    }

    private static Arbitrary<MeasureDraft> measures() {
        return once("measures", () -> {
            Arbitrary<Tolerance> tolerances = choose(
                    Tuple.of(1, nonNegativeDecimals().map(Tolerance::absolute)),
                    Tuple.of(1, nonNegativeDecimals().map(Tolerance::percentOfTarget)));
            Arbitrary<String> units = choose(
                    Tuple.of(3, Arbitraries.of("%", "count", "£", "days", "£m", "per 1,000 residents")),
                    Tuple.of(1, strings()));
            Arbitrary<MeasureSpec> specs = Combinators.combine(units, Arbitraries.of(Direction.class),
                            Arbitraries.of(PeriodType.class), optional(tolerances, 60), optionalTexts())
                    .as(MeasureSpec::new);
            Arbitrary<Tuple2<Integer, BigDecimal>> value = Combinators.combine(seeds(), decimals()).as(Tuple::of);
            Arbitrary<MeasureValues> values = Combinators.combine(optional(value, 50), value.list().ofMaxSize(4),
                            value.list().ofMaxSize(4))
                    .as(MeasureValues::new);
            return Combinators.combine(ids(), numberings(), texts(), optionalTexts(), specs, values, ownerSeeds(),
                            commons())
                    .as(MeasureDraft::new);
        });
    }

    private static Arbitrary<OwnerDraft> owners() {
        return once("owners", () -> Combinators.combine(
                        ids(), numberings(), texts(), Arbitraries.of(OwnerType.class), optional(strings(), 40),
                        seeds().list().ofMaxSize(2), commons())
                .as(OwnerDraft::new));
    }

    private static Arbitrary<PartnerDraft> partners() {
        return once("partners", () -> Combinators.combine(ids(), numberings(), texts(), optionalTexts(), commons())
                .as(PartnerDraft::new));
    }

    private static Arbitrary<LinkDraft> links() {
        return once("links", () -> Combinators.combine(
                        Arbitraries.of(LinkKind.class), seeds(), seeds(), optional(texts(), 30))
                .as(LinkDraft::new));
    }

    // ---------------------------------------------------------------------------------------------
    // The plan

    /** The plan's own attributes. */
    record Header(IdChoice id, TextDraft title, OrganisationDraft organisation, PeriodRange period,
            List<String> languages, Optional<EditionDraft> edition, Optional<LevelNamesDraft> levelNames,
            Optional<PurposeDraft> purpose) {}

    /** The plan's lists, its links and its own references and extensions. */
    /** The plan's shared values and cross-cutting principles. */
    record Foundations(Children<ValueDraft> values, Children<PrincipleDraft> principles) {}

    record Body(Children<StatementDraft> statements, Foundations foundations, Children<ThemeDraft> themes,
            Children<MeasureDraft> measures, Children<OwnerDraft> owners, Children<PartnerDraft> partners,
            List<LinkDraft> links, Common common) {}

    private static Arbitrary<Header> headers() {
        return once("headers", () -> {
            Arbitrary<OrganisationDraft> organisations = Combinators.combine(texts(),
                            optional(choose(Tuple.of(2, Arbitraries.of("E06000034", "W06000015", "S12000036")),
                                    Tuple.of(1, strings())), 50))
                    .as(OrganisationDraft::new);
            Arbitrary<List<String>> languages = choose(
                    Tuple.of(1, Arbitraries.just(List.<String>of())),
                    Tuple.of(1, Arbitraries.of(LANGUAGES).list().uniqueElements().ofMinSize(1).ofMaxSize(3)));
            Arbitrary<EditionDraft> editions = Combinators.combine(strings(), Arbitraries.of(EditionStatus.class),
                            optional(seeds(), 70), optional(strings(), 50))
                    .as(EditionDraft::new);
            Arbitrary<LevelNamesDraft> levelNames = Combinators.combine(optionalTexts(), optionalTexts(),
                            optionalTexts(), optionalTexts(), optionalTexts(), optionalTexts())
                    .as(LevelNamesDraft::new);
            Arbitrary<PurposeDraft> purposes = Combinators.combine(optionalTexts(),
                            texts().list().ofMinSize(1).ofMaxSize(3), texts().list().ofMaxSize(3))
                    .as(PurposeDraft::new);
            return Combinators.combine(ids(), texts(), organisations, ranges(), languages, optional(editions, 60),
                            optional(levelNames, 40), optional(purposes, 50))
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

    private static Plan assemble(Header header, Body body, Pools pools) {
        Assembly a = new Assembly(header.period(), header.languages(), pools);
        Plan.Builder plan = Plan.builder()
                .id(a.id(header.id(), ElementKind.PLAN, Optional.empty(), 1))
                .title(header.title().build(a))
                .organisation(header.organisation().build(a))
                .period(header.period())
                .addAllLanguages(header.languages());
        header.edition().ifPresent(e -> plan.edition(e.build(a)));
        header.levelNames().ifPresent(l -> plan.levelNames(l.build(a)));
        header.purpose().ifPresent(p -> plan.purpose(p.build(a)));

        // owners first, so that every element can name them
        List<OwnerDraft> ownerDrafts = body.owners().drafts();
        List<Optional<DisplayNumber>> ownerNumbers = new ArrayList<>();
        List<ElementId> ownerIds = new ArrayList<>();
        for (int i = 0; i < ownerDrafts.size(); i++) {
            int ordinal = body.owners().first() + i;
            OwnerDraft draft = ownerDrafts.get(i);
            Optional<DisplayNumber> number = a.number(draft.numbering(), Optional.empty(), ordinal, "");
            ownerNumbers.add(number);
            ownerIds.add(a.id(draft.id(), ElementKind.OWNER, number, ordinal));
        }
        a.setOwners(ownerIds);
        List<Owner> owners = new ArrayList<>();
        for (int i = 0; i < ownerDrafts.size(); i++) {
            owners.add(ownerDrafts.get(i).build(a, ownerIds.get(i), ownerNumbers.get(i)));
        }

        plan.addAllStatements(build(a, Optional.empty(), body.statements()))
                .addAllValues(build(a, Optional.empty(), body.foundations().values()))
                .addAllPrinciples(build(a, Optional.empty(), body.foundations().principles()))
                .addAllThemes(build(a, Optional.empty(), body.themes()))
                .addAllMeasures(build(a, Optional.empty(), body.measures()))
                .addAllOwners(owners)
                .addAllPartners(build(a, Optional.empty(), body.partners()));

        // links last, between elements built above; each at most once
        Map<List<Object>, Link> links = new LinkedHashMap<>();
        body.links().forEach(draft -> draft.build(a)
                .ifPresent(link -> links.putIfAbsent(List.of(link.from(), link.kind(), link.to()), link)));
        plan.addAllLinks(links.values());
        return plan.addAllReferences(body.common().references(a))
                .extensions(body.common().extensions(a))
                .build();
    }
}

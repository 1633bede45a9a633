package io.github.councilplan.schema;

import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.Direction;
import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.Edition;
import io.github.councilplan.model.EditionStatus;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Extensions;
import io.github.councilplan.model.ExternalReference;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Milestone;
import io.github.councilplan.model.Observation;
import io.github.councilplan.model.Organisation;
import io.github.councilplan.model.Owner;
import io.github.councilplan.model.OwnerType;
import io.github.councilplan.model.PeriodRange;
import io.github.councilplan.model.PeriodType;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.Priority;
import io.github.councilplan.model.ProgressStatus;
import io.github.councilplan.model.ProgressUpdate;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Theme;
import io.github.councilplan.model.Tolerance;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates valid plans whose text, ids, numbers and extensions are full of what a YAML writer
 * must take care over: strings that look like numbers, booleans, null or dates in YAML 1.2 or 1.1,
 * YAML indicators, line breaks, control characters, non-ASCII text and empty collections.
 *
 * <p>A modest stand-in for a general plan generator: plans have up to two themes of up to two
 * priorities, each with deliverables, milestones and progress; measures with targets and actuals;
 * owners; an edition; a reference; and arbitrary extensions. Every plan keeps the plan rules: ids
 * are unique, dates and periods fall inside the plan's period, a bilingual plan gives all its text
 * in both of its languages, and numbers are only on siblings that cannot clash.
 */
final class YamlPlanArbitraries {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Strings that a YAML writer must quote or escape, or might mangle. */
    static final List<String> TRICKY = List.of(
            "2025", "1.10", "007", "-1", "+1", "1e3", "0x1F", "0o17", ".5", "1_000", "1:20", "true", "True", "FALSE",
            "null", "Null", "~", "yes", "No", "on", "OFF", "y", "n", "2025-04-01", "2025-04-01T10:00:00Z", "2025/26",
            ".inf", "-.Inf", ".nan", "NaN", "<<", "=", "- item", "? key", ": value", "key: value", "a #comment",
            "#hash", "&anchor", "*alias", "!tag", "!!str x", "%directive", "@at", "`tick", "|", ">-", "'single'",
            "\"double\"", "---", "...", "[flow]", "{flow}", "a, b", " leading", "trailing ", "two\nlines",
            "ends with a break\n", "\nstarts with a break", "tab\there", "cr\rlf\r\n", "back\\slash", "bell\u0007",
            "nul\u0000", "esc\u001b", "del\u007f", "c1\u0080\u009f", "nel\u0085", "\ufffe\uffff",
            "line\u2028separator", "\uFEFFbom", "Cymraeg: ŵ ŷ", "café",
            "€100", "£5", "中文", "😀 emoji", "\t\ttabbed", "many   spaces", "x".repeat(130));

    private static final List<String> IDS = List.of(
            "2025", "1.10", "007", "1e3", "0x1F", "true", "false", "null", "yes", "no", "on", "off", "y", "n", "NaN",
            "2025-04-01", "t-people", "d-1.2.3", "KPI:017", "a_b", "Z");

    private YamlPlanArbitraries() {}

    /** Non-blank strings, mostly tricky ones and their combinations. */
    static Arbitrary<String> words() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange(' ', '~').withChars("éŵ€\n\t").ofMinLength(1)
                .ofMaxLength(20);
        Arbitrary<String> combined = Arbitraries.of(TRICKY).list().ofMinSize(1).ofMaxSize(3)
                .map(pieces -> String.join("", pieces));
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(TRICKY)), Tuple.of(2, combined), Tuple.of(3, plain))
                .filter(word -> !word.isBlank());
    }

    /** Valid element ids, many of which look like other scalars. */
    static Arbitrary<String> ids() {
        Arbitrary<String> generated = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .withChars("._:-").ofMinLength(1).ofMaxLength(12)
                .filter(id -> Character.isLetterOrDigit(id.charAt(0)));
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(IDS)), Tuple.of(1, generated));
    }

    /** JSON values as the JSON reader holds them, with tricky strings and keys, nested a little. */
    static Arbitrary<JsonNode> jsonValues(int depth) {
        Arbitrary<JsonNode> scalars = Arbitraries.oneOf(
                words().map(NODES::stringNode),
                Arbitraries.just(NODES.stringNode("")),
                Arbitraries.integers().map(i -> (JsonNode) NODES.numberNode(i)),
                Arbitraries.longs().filter(l -> l < Integer.MIN_VALUE || l > Integer.MAX_VALUE)
                        .map(l -> (JsonNode) NODES.numberNode(l)),
                Arbitraries.bigIntegers().greaterOrEqual(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE))
                        .lessOrEqual(new BigInteger("1" + "0".repeat(40))).map(i -> (JsonNode) NODES.numberNode(i)),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e9"), new BigDecimal("1e9"))
                        .ofScale(3).map(d -> (JsonNode) NODES.numberNode(d)),
                Arbitraries.of(true, false).map(b -> (JsonNode) NODES.booleanNode(b)),
                Arbitraries.just(NODES.nullNode()));
        if (depth == 0) {
            return scalars;
        }
        Arbitrary<JsonNode> arrays = jsonValues(depth - 1).list().ofMaxSize(3).map(values -> {
            ArrayNode array = NODES.arrayNode();
            values.forEach(array::add);
            return array;
        });
        return Arbitraries.frequencyOf(Tuple.of(4, scalars), Tuple.of(1, arrays), Tuple.of(1, objects(depth - 1)));
    }

    /** JSON objects with tricky keys (the empty key too). */
    static Arbitrary<ObjectNode> objects(int depth) {
        Arbitrary<String> keys = Arbitraries.frequencyOf(Tuple.of(5, words()), Tuple.of(1, Arbitraries.just("")));
        return Arbitraries.maps(keys, jsonValues(depth)).ofMaxSize(4).map(entries -> {
            ObjectNode object = NODES.objectNode();
            entries.forEach(object::set);
            return object;
        });
    }

    /** Valid plans. */
    static Arbitrary<Plan> plans() {
        return Combinators.combine(
                        Arbitraries.of(true, false),
                        Arbitraries.of(PeriodType.FINANCIAL_YEAR, PeriodType.CALENDAR_YEAR),
                        ids().list().uniqueElements().ofSize(40),
                        words().list().ofMinSize(1).ofMaxSize(150),
                        Arbitraries.integers().between(0, 9).list().ofMinSize(1).ofMaxSize(80),
                        Arbitraries.bigDecimals().between(new BigDecimal("-1e6"), new BigDecimal("1e6"))
                                .ofScale(2).list().ofMinSize(1).ofMaxSize(20),
                        Arbitraries.integers().between(0, 700).list().ofMinSize(1).ofMaxSize(10),
                        objects(2))
                .as(Material::new)
                .map(Material::plan);
    }

    /** What a plan is made of, consumed in order (cyclically) while the plan is built. */
    private static final class Material {
        private final boolean bilingual;
        private final PeriodType type;
        private final List<String> ids;
        private final List<String> words;
        private final List<Integer> choices;
        private final List<BigDecimal> numbers;
        private final List<Integer> days;
        private final ObjectNode extensions;
        private int nextId;
        private int nextWord;
        private int nextChoice;
        private int nextNumber;
        private int nextDay;

        Material(boolean bilingual, PeriodType type, List<String> ids, List<String> words, List<Integer> choices,
                List<BigDecimal> numbers, List<Integer> days, ObjectNode extensions) {
            this.bilingual = bilingual;
            this.type = type;
            this.ids = ids;
            this.words = words;
            this.choices = choices;
            this.numbers = numbers;
            this.days = days;
            this.extensions = extensions;
        }

        private ElementId id() {
            return ElementId.of(ids.get(nextId++));
        }

        private String word() {
            return words.get(nextWord++ % words.size());
        }

        private int choice(int bound) {
            return choices.get(nextChoice++ % choices.size()) % bound;
        }

        private boolean chance() {
            return choice(2) == 1;
        }

        private BigDecimal number() {
            return numbers.get(nextNumber++ % numbers.size());
        }

        /** A date inside either kind of plan period (2026-01-01 to 2027-12-01). */
        private LocalDate date() {
            return LocalDate.of(2026, 1, 1).plusDays(days.get(nextDay++ % days.size()));
        }

        private Text text() {
            if (!bilingual) {
                return Text.of(word());
            }
            Map<String, String> byLanguage = new LinkedHashMap<>();
            byLanguage.put("cy", word());
            byLanguage.put("en", word());
            return Text.of(byLanguage);
        }

        /** The plan's periods of its own kind, all four of them. */
        private List<ReportingPeriod> periods() {
            List<ReportingPeriod> periods = new ArrayList<>();
            for (int year = 2025; year <= 2028; year++) {
                periods.add(type == PeriodType.FINANCIAL_YEAR
                        ? ReportingPeriod.financialYear(year) : ReportingPeriod.calendarYear(year));
            }
            return periods;
        }

        private <E extends Enum<E>> E pick(Class<E> type) {
            E[] values = type.getEnumConstants();
            return values[choice(values.length)];
        }

        Plan plan() {
            List<ReportingPeriod> periods = periods();
            Plan.Builder plan = Plan.builder()
                    .id(id())
                    .title(text())
                    .period(PeriodRange.of(periods.get(0), periods.get(periods.size() - 1)))
                    .extensions(Extensions.of(extensions));
            Organisation.Builder organisation = Organisation.builder().name(text());
            if (chance()) {
                organisation.code(word());
            }
            plan.organisation(organisation.build());
            if (bilingual) {
                plan.addLanguages("cy", "en");
            }
            if (chance()) {
                plan.edition(edition());
            }
            List<ElementId> owners = new ArrayList<>();
            for (int i = 0, n = 1 + choice(3); i < n; i++) {
                Owner.Builder owner = Owner.builder().id(id()).name(text()).type(pick(OwnerType.class));
                if (chance()) {
                    owner.holder(word());
                }
                Owner built = owner.build();
                owners.add(built.id());
                plan.addOwners(built);
            }
            for (int i = 0, n = choice(3); i < n; i++) {
                plan.addThemes(theme(i, owners, periods));
            }
            for (int i = 0, n = choice(3); i < n; i++) {
                plan.addMeasures(measure(owners, periods));
            }
            if (chance()) {
                plan.addReferences(ExternalReference.builder().system(word()).key(word()).build());
            }
            return plan.build();
        }

        private Edition edition() {
            Edition.Builder edition = Edition.builder().name(word());
            if (chance()) {
                edition.status(EditionStatus.DRAFT);
            } else {
                edition.status(chance() ? EditionStatus.ADOPTED : EditionStatus.SUPERSEDED).adoptedOn(date());
            }
            String supersedes = word();
            if (chance() && !supersedes.equals(edition.build().name())) {
                edition.supersedes(supersedes);
            }
            return edition.build();
        }

        private List<ElementId> someOf(List<ElementId> owners) {
            List<ElementId> some = new ArrayList<>();
            for (ElementId owner : owners) {
                if (chance()) {
                    some.add(owner);
                }
            }
            return some;
        }

        private Theme theme(int index, List<ElementId> owners, List<ReportingPeriod> periods) {
            Theme.Builder theme = Theme.builder().id(id()).name(text()).addAllOwners(someOf(owners));
            if (chance()) {
                theme.number(DisplayNumber.of(String.valueOf(index + 1)));
            }
            if (chance()) {
                theme.description(text());
            }
            for (int i = 0, n = choice(3); i < n; i++) {
                Priority.Builder priority = Priority.builder().id(id()).title(text()).addAllOwners(someOf(owners));
                for (int j = 0, m = 1 + choice(2); j < m; j++) {
                    priority.addDeliverables(deliverable(periods));
                }
                theme.addPriorities(priority.build());
            }
            return theme.build();
        }

        private Deliverable deliverable(List<ReportingPeriod> periods) {
            Deliverable.Builder deliverable = Deliverable.builder().id(id()).title(text());
            if (chance()) {
                deliverable.description(text());
            }
            for (int i = 0, n = choice(3); i < n; i++) {
                Milestone.Builder milestone = Milestone.builder().id(id()).title(text()).due(date());
                if (chance()) {
                    milestone.forecast(date());
                }
                if (chance()) {
                    milestone.achieved(date()).status(ProgressStatus.COMPLETE);
                } else if (chance()) {
                    ProgressStatus status = pick(ProgressStatus.class);
                    milestone.status(status);
                }
                deliverable.addMilestones(milestone.build());
            }
            for (int i = 0, n = choice(periods.size() + 1); i < n; i++) {
                ProgressUpdate.Builder update = ProgressUpdate.builder().period(periods.get(i))
                        .status(pick(ProgressStatus.class));
                if (chance()) {
                    update.commentary(text());
                }
                deliverable.addProgress(update.build());
            }
            return deliverable.build();
        }

        private Measure measure(List<ElementId> owners, List<ReportingPeriod> periods) {
            Measure.Builder measure = Measure.builder().id(id()).name(text()).unit(word())
                    .direction(pick(Direction.class)).frequency(type).addAllOwners(someOf(owners));
            for (ReportingPeriod period : periods) {
                if (chance()) {
                    measure.putTargets(period, number());
                }
                if (chance()) {
                    measure.putActuals(period, number());
                }
            }
            if (chance()) {
                measure.baseline(Observation.of(periods.get(0), number()));
            }
            if (chance()) {
                measure.tolerance(chance() ? Tolerance.absolute(number().abs()) : Tolerance.percentOfTarget(number().abs()));
            }
            if (chance()) {
                measure.source(text());
            }
            return measure.build();
        }
    }
}

package io.github.councilplan.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanArbitraries;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cutting a document into parts ({@link DocumentParts}) keeps every byte: the frame with each
 * item put back in its array, commas between, is the document, whatever the document holds; and
 * only arrays that are values of the root's properties named, written plainly and once, are cut.
 * The runs it reports as it goes are each list's items, in order, each run as short as reaches
 * the target size.
 */
class DocumentPartsTest {
    private static final List<String> LISTS = List.of("themes", "measures", "links");

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The frame with each item put back where it was cut out. */
    private static byte[] reassembled(DocumentParts parts, byte[] document) {
        byte[] frame = parts.frame();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        int removed = 0;
        for (DocumentParts.Items items : parts.lists()) {
            // the frame's bracket that opens this array is where the document's is, less what earlier cuts removed
            int open = items.open - removed;
            out.write(frame, at, open + 1 - at);
            assertThat(frame[open]).isEqualTo((byte) '[');
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(document, items.starts[i], items.ends[i] - items.starts[i]);
            }
            removed += items.close - (items.open + 1);
            at = open + 1;
        }
        out.write(frame, at, frame.length - at);
        return out.toByteArray();
    }

    @Provide
    Arbitrary<byte[]> writtenPlans() {
        return PlanArbitraries.plans().map(plan -> utf8(PlanJson.standard().write(plan)));
    }

    @Provide
    Arbitrary<byte[]> changedPlans() {
        return ByteChanges.of(writtenPlans());
    }

    @Property(tries = 100)
    @StatisticsReport(onFailureOnly = true)
    void aWrittenPlanIsItsFrameWithItsItemsPutBack(@ForAll("writtenPlans") byte[] document) {
        DocumentParts parts = DocumentParts.cut(document, LISTS);

        Statistics.label("cut").collect(parts != null);
        if (parts != null) {
            assertThat(reassembled(parts, document)).isEqualTo(document);
        }
        Statistics.label("cut").coverage(coverage -> coverage.check(true).percentage(p -> p > 50));
    }

    @Property(tries = 300)
    @StatisticsReport(onFailureOnly = true)
    void anyDocumentCutIsItsFrameWithItsItemsPutBack(@ForAll("changedPlans") byte[] document) {
        DocumentParts parts = DocumentParts.cut(document, LISTS);

        Statistics.label("cut").collect(parts != null);
        if (parts != null) {
            assertThat(reassembled(parts, document)).isEqualTo(document);
        }
        // most changes leave the root's lists to be found; some leave nothing the pass can cut
        Statistics.label("cut").coverage(coverage -> {
            coverage.check(true).percentage(p -> p > 30);
            coverage.check(false).count(c -> c > 0);
        });
    }

    /** A run the pass reported. */
    private record Run(String property, int start, int end, int count) {}

    /** A document and a target size for runs, from 1 byte to the document's size. */
    record Targeted(byte[] document, int target) {}

    @Provide
    Arbitrary<Targeted> targetedPlans() {
        return writtenPlans().flatMap(document -> Arbitraries.integers().between(1, Math.max(1, document.length))
                .map(target -> new Targeted(document, target)));
    }

    @Provide
    Arbitrary<Targeted> targetedChangedPlans() {
        return Combinators.combine(changedPlans(), Arbitraries.integers().between(1, 4_000)).as(Targeted::new);
    }

    /** Asserts that the runs reported are the lists' items, in order, each run ending as soon as it reaches the target. */
    private static void assertRunsTileTheLists(DocumentParts parts, List<Run> runs, int target) {
        int r = 0;
        for (DocumentParts.Items items : parts.lists()) {
            int item = 0;
            while (item < items.size()) {
                assertThat(r).as("a run for item %d of %s", item, items.property).isLessThan(runs.size());
                Run run = runs.get(r++);
                int last = item + run.count() - 1;
                assertThat(run.property()).isEqualTo(items.property);
                assertThat(run.count()).isPositive();
                assertThat(last).isLessThan(items.size());
                assertThat(run.start()).isEqualTo(items.starts[item]);
                assertThat(run.end()).isEqualTo(items.ends[last]);
                for (int i = item; i < last; i++) {
                    assertThat(items.ends[i] - run.start()).as("a run goes on only while under the target").isLessThan(target);
                }
                if (last < items.size() - 1) {
                    assertThat(run.end() - run.start()).as("a run ends before its list's last item at the target")
                            .isGreaterThanOrEqualTo(target);
                }
                item = last + 1;
            }
        }
        assertThat(r).as("no run but the lists'").isEqualTo(runs.size());
    }

    @Property(tries = 100)
    void theRunsReportedAreEachListsItemsInOrder(@ForAll("targetedPlans") Targeted targeted) {
        List<Run> runs = new ArrayList<>();

        DocumentParts parts = DocumentParts.cut(targeted.document(), LISTS, targeted.target(),
                (property, start, end, count) -> runs.add(new Run(property, start, end, count)));

        if (parts == null) {
            assertThat(DocumentParts.cut(targeted.document(), LISTS)).isNull();
        } else {
            assertRunsTileTheLists(parts, runs, targeted.target());
        }
    }

    @Property(tries = 200)
    void theRunsReportedInAnyDocumentCutAreEachListsItemsInOrder(@ForAll("targetedChangedPlans") Targeted targeted) {
        List<Run> runs = new ArrayList<>();

        DocumentParts parts = DocumentParts.cut(targeted.document(), LISTS, targeted.target(),
                (property, start, end, count) -> runs.add(new Run(property, start, end, count)));

        if (parts != null) {
            assertRunsTileTheLists(parts, runs, targeted.target());
        }
    }

    @Test
    void runsAreReportedAsTheyReachTheTarget() {
        // items of four bytes, commas between: a target of 8 bytes ends the first run at the second item
        byte[] document = utf8("{\"links\":[\"ab\",\"cd\",\"ef\"]}");
        List<Run> runs = new ArrayList<>();

        DocumentParts.cut(document, LISTS, 8, (property, start, end, count) -> runs.add(new Run(property, start, end, count)));

        assertThat(runs).containsExactly(new Run("links", 10, 19, 2), new Run("links", 20, 24, 1));
    }

    @Test
    void eachItemOfAListNamedIsCutOut() {
        byte[] document = utf8("{\"id\":\"p\", \"themes\" : [ {\"a\":[1,{}]} , {\"b\":\"]\\\"\"} ],\"measures\":[{}]}");

        DocumentParts parts = DocumentParts.cut(document, LISTS);

        assertThat(new String(parts.frame(), StandardCharsets.UTF_8))
                .isEqualTo("{\"id\":\"p\", \"themes\" : [],\"measures\":[]}");
        assertThat(parts.lists()).extracting(items -> items.property).containsExactly("themes", "measures");
        DocumentParts.Items themes = parts.lists().get(0);
        assertThat(new String(document, themes.starts[0], themes.ends[0] - themes.starts[0], StandardCharsets.UTF_8))
                .isEqualTo(" {\"a\":[1,{}]} ");
        assertThat(new String(document, themes.starts[1], themes.ends[1] - themes.starts[1], StandardCharsets.UTF_8))
                .isEqualTo(" {\"b\":\"]\\\"\"} ");
    }

    @Test
    void aListNotNamedIsLeftInTheFrame() {
        byte[] document = utf8("{\"values\":[{}],\"themes\":[{}]}");

        assertThat(new String(DocumentParts.cut(document, LISTS).frame(), StandardCharsets.UTF_8))
                .isEqualTo("{\"values\":[{}],\"themes\":[]}");
    }

    @Test
    void aListNestedDeeperThanTheRootsPropertiesIsNotCut() {
        assertThat(DocumentParts.cut(utf8("{\"a\":{\"themes\":[{}]}}"), LISTS)).isNull();
    }

    @Test
    void aNameWrittenWithAnEscapeIsNotCut() {
        assertThat(DocumentParts.cut(utf8("{\"th\\u0065mes\":[{}]}"), LISTS)).isNull();
    }

    @Test
    void aListNamedTwiceIsNotCutAtAll() {
        assertThat(DocumentParts.cut(utf8("{\"themes\":[{}],\"themes\":[{}]}"), LISTS)).isNull();
    }

    @Test
    void anEmptyListIsNotCut() {
        assertThat(DocumentParts.cut(utf8("{\"themes\":[ ],\"links\":[{}]}"), LISTS).lists())
                .extracting(items -> items.property).containsExactly("links");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[{\"themes\":[{}]}]", "\uFEFF{\"themes\":[{}]}", "{\"themes\":[{\"a\":\"open}]}",
        "{\"themes\":[{}", "{\"themes\" [{}]}", "{\"id\":1 \"themes\":[{}]}", "{\"themes\":[{}}", "", "  "})
    void aDocumentThePassCannotCutIsLeftWhole(String document) {
        assertThat(DocumentParts.cut(utf8(document), LISTS)).isNull();
    }

    @Test
    void aPlanWithManyItemsIsCutIntoAll() {
        Plan plan = JsonFixtures.minimalPlan();
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            links.append(i == 0 ? "" : ",").append("{\"from\":\"a").append(i).append("\"}");
        }
        byte[] document = utf8(PlanJson.standard().write(plan).replaceFirst("\\{", "{\"links\":[" + links + "],"));

        DocumentParts parts = DocumentParts.cut(document, LISTS);

        assertThat(parts.lists()).singleElement().satisfies(items -> assertThat(items.size()).isEqualTo(1_000));
        assertThat(reassembled(parts, document)).isEqualTo(document);
    }
}

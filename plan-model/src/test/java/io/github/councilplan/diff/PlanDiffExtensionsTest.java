package io.github.councilplan.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.message.ShownValue;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Changes within extensions, one behaviour per test, on outcome 1.1 of {@link SmallPlan}: named
 * by JSON pointer, with old and new values, never a whole JSON object, and bounded.
 */
class PlanDiffExtensionsTest {

    private static ObjectNode object() {
        return EditablePlan.MAPPER.createObjectNode();
    }

    /** The small plan with outcome 1.1's extensions set to {@code extensions} (none if null). */
    private static EditablePlan withExtensions(JsonNode extensions) {
        return SmallPlan.editable().set("o-1", "extensions", extensions);
    }

    private static PlanDiff diff(JsonNode before, JsonNode after) {
        return PlanDiff.between(withExtensions(before).build(), withExtensions(after).build());
    }

    private static List<String> lines(PlanDiff diff) {
        return diff.changes().stream().map(Change::toString).collect(Collectors.toList());
    }

    @Test
    void aChangedValueIsNamedByItsPointer() {
        PlanDiff diff = diff(object().set("rag", object().put("colour", "amber")), object().set("rag", object().put("colour", "red")));

        assertThat(lines(diff)).containsExactly("field-changed outcome 1.1 extensions/rag/colour: \"amber\" -> \"red\"");
        assertThat(diff.changes().get(0).field()).contains("extensions/rag/colour");
    }

    @Test
    void addedExtensionsAreListedValueByValueNotAsOneObject() {
        ObjectNode added = object().put("colour", "red");
        added.putArray("tags").add("housing").add(3);

        assertThat(lines(diff(null, added))).containsExactly(
                "field-changed outcome 1.1 extensions/colour: (none) -> \"red\"",
                "field-changed outcome 1.1 extensions/tags/0: (none) -> \"housing\"",
                "field-changed outcome 1.1 extensions/tags/1: (none) -> \"3\"");
    }

    @Test
    void removedExtensionsAreListedValueByValue() {
        assertThat(lines(diff(object().put("colour", "red").put("score", 4), null))).containsExactly(
                "field-changed outcome 1.1 extensions/colour: \"red\" -> (none)",
                "field-changed outcome 1.1 extensions/score: \"4\" -> (none)");
    }

    @Test
    void anArrayIsComparedIndexByIndex() {
        ObjectNode before = object();
        before.putArray("scores").add(1).add(2).add(3);
        ObjectNode after = object();
        after.putArray("scores").add(1).add(5);

        assertThat(lines(diff(before, after))).containsExactly(
                "field-changed outcome 1.1 extensions/scores/1: \"2\" -> \"5\"",
                "field-changed outcome 1.1 extensions/scores/2: \"3\" -> (none)");
    }

    @Test
    void aValueThatChangedTypeIsOneChange() {
        ObjectNode after = object();
        after.putObject("owner").put("name", "Finance");

        assertThat(lines(diff(object().put("owner", "Finance"), after))).containsExactly(
                "field-changed outcome 1.1 extensions/owner: \"Finance\" -> \"{\\\"name\\\":\\\"Finance\\\"}\"");
    }

    @Test
    void aSlashOrTildeInAKeyIsEscapedInThePointer() {
        assertThat(diff(object().put("a/b~c", 1), object().put("a/b~c", 2)).changes().get(0).field())
                .contains("extensions/a~1b~0c");
    }

    @Test
    void aFieldWithALineBreakOrQuoteIsWrittenAsAJsonString() {
        assertThat(lines(diff(object().put("a\n\"b", 1), object().put("a\n\"b", 2)))).containsExactly(
                "field-changed outcome 1.1 \"extensions/a\\n\\\"b\": \"1\" -> \"2\"");
    }

    @Test
    void aHugeValueIsShortenedAsShownValueShowsIt() {
        String huge = "x".repeat(100_000);

        Change change = diff(object().put("notes", "short"), object().put("notes", huge)).changes().get(0);

        assertThat(change.oldValue()).contains("short");
        assertThat(change.newValue()).contains(ShownValue.of(huge));
        assertThat(change.newValue().orElseThrow()).hasSizeLessThan(50);
    }

    @Test
    void aValueWithAControlCharacterIsEscapedAsShownValueShowsIt() {
        Change change = diff(object().put("notes", "a"), object().put("notes", "a\u001b[2Jb")).changes().get(0);

        assertThat(change.newValue()).contains(ShownValue.of("a\u001b[2Jb"));
    }

    @Test
    void atMostTheBoundOfChangesIsListedAndTheRestCounted() {
        ObjectNode before = object();
        ObjectNode after = object();
        for (int i = 0; i < 50; i++) {
            before.put("k" + i, i);
            after.put("k" + i, i + 1);
        }

        PlanDiff diff = diff(before, after);

        assertThat(diff.count(ChangeKind.FIELD_CHANGED)).isEqualTo(PlanDiff.MAX_EXTENSION_CHANGES);
        assertThat(diff.changes(ChangeKind.UNLISTED_CHANGES)).singleElement()
                .hasToString("unlisted-changes outcome 1.1 extensions: 30 more changes");
        assertThat(diff.changes()).last().extracting(Change::kind).isEqualTo(ChangeKind.UNLISTED_CHANGES);
    }

    @Test
    void theChangesListedAreTheSameInBothDirections() {
        ObjectNode before = object();
        ObjectNode after = object();
        for (int i = 0; i < 30; i++) {
            before.put("old" + i, i);
            after.put("new" + i, i);
        }

        List<String> forward = diff(before, after).changes().stream().map(change -> change.field().orElseThrow()).sorted()
                .collect(Collectors.toList());
        List<String> back = diff(after, before).changes().stream().map(change -> change.field().orElseThrow()).sorted()
                .collect(Collectors.toList());

        assertThat(forward).hasSize(PlanDiff.MAX_EXTENSION_CHANGES + 1).isEqualTo(back);
    }

    @Test
    void theListedChangesAreThoseWhosePointersComeFirstWithIndexesAsNumbers() {
        ObjectNode before = object();
        before.putArray("list");
        ObjectNode after = object();
        for (int i = 0; i < 25; i++) {
            after.withArray("list").add(i);
        }

        assertThat(diff(before, after).changes(ChangeKind.FIELD_CHANGED)).extracting(change -> change.field().orElseThrow())
                .last().isEqualTo("extensions/list/19");
    }

    @Test
    void equalExtensionsWithNumbersWrittenAnotherWayAreNotAChange() {
        assertThat(diff(object().put("n", 2), object().put("n", new java.math.BigDecimal("2.00"))).changes()).isEmpty();
    }
}

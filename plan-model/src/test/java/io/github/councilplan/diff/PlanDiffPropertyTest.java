package io.github.councilplan.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Extensions;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanArbitraries;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.trace.PlanIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The diff reports exactly what changed, over generated plans and generated edits. */
class PlanDiffPropertyTest {
    @Provide
    Arbitrary<Plan> plans() {
        return PlanArbitraries.plans();
    }

    /** Plans with a deliverable, so that most edits find something to edit. */
    @Provide
    Arbitrary<Plan> plansWithDeliverables() {
        return PlanArbitraries.plans().filter(plan -> plan.elements().stream().anyMatch(e -> e.kind() == ElementKind.DELIVERABLE));
    }

    @Provide
    Arbitrary<List<RandomEdits.Edit>> edits() {
        return RandomEdits.edits();
    }

    @Property(tries = 200)
    void aPlanComparedWithItselfHasNoChanges(@ForAll("plans") Plan plan) {
        assertThat(PlanDiff.between(plan, plan).changes()).isEmpty();
    }

    @Property(tries = 100)
    void aPlanComparedWithACopyReadBackHasNoChanges(@ForAll("plans") Plan plan) {
        Plan copy = PlanJson.standard().read(PlanJson.standard().write(plan));

        assertThat(PlanDiff.between(plan, copy).changes()).isEmpty();
    }

    @Property(tries = 200)
    void theDiffReportsExactlyTheEditsMade(@ForAll("plansWithDeliverables") Plan plan, @ForAll("edits") List<RandomEdits.Edit> edits) {
        RandomEdits.Edited edited = RandomEdits.apply(plan, edits);
        Statistics.label("edits applied").collect(edited.applied().size());
        edited.applied().forEach(kind -> Statistics.label("kinds").collect(kind));

        List<RandomEdits.Expected> reported = PlanDiff.between(plan, edited.plan()).changes().stream()
                .map(RandomEdits.Expected::of).collect(Collectors.toList());

        assertThat(reported).containsExactlyInAnyOrderElementsOf(edited.expected());
    }

    @Property(tries = 100)
    void theDiffBackMirrorsTheDiffForwardAfterEdits(@ForAll("plansWithDeliverables") Plan plan,
            @ForAll("edits") List<RandomEdits.Edit> edits) {
        Plan edited = RandomEdits.apply(plan, edits).plan();

        assertMirrored(PlanDiff.between(plan, edited), PlanDiff.between(edited, plan));
    }

    @Property(tries = 100)
    void theDiffBackMirrorsTheDiffForwardBetweenAnyPlans(@ForAll("plans") Plan older, @ForAll("plans") Plan newer) {
        assertMirrored(PlanDiff.between(older, newer), PlanDiff.between(newer, older));
    }

    @Provide
    Arbitrary<ObjectNode> extensionObjects() {
        return PlanArbitraries.extensions().map(Extensions::toObjectNode);
    }

    private static Plan withOutcomeExtensions(ObjectNode extensions) {
        return SmallPlan.editable().set("o-1", "extensions", extensions).build();
    }

    private static JsonNode outcomeExtensions(Plan plan) {
        return Fields.of(PlanIndex.of(plan).get(ElementId.of("o-1"))).get("extensions");
    }

    @Property(tries = 300)
    void eachChangeWithinExtensionsGivesTheValuesAtItsPointer(@ForAll("extensionObjects") ObjectNode a,
            @ForAll("extensionObjects") ObjectNode b) {
        Plan older = withOutcomeExtensions(a);
        Plan newer = withOutcomeExtensions(b);
        JsonNode olderExtensions = outcomeExtensions(older);
        JsonNode newerExtensions = outcomeExtensions(newer);

        PlanDiff diff = PlanDiff.between(older, newer);

        Statistics.label("changes").collect(Math.min(diff.changes().size(), PlanDiff.MAX_EXTENSION_CHANGES + 1));
        assertThat(diff.isEmpty()).isEqualTo(Fields.same(olderExtensions, newerExtensions));
        assertThat(diff.count(ChangeKind.FIELD_CHANGED)).isLessThanOrEqualTo(PlanDiff.MAX_EXTENSION_CHANGES);
        for (Change change : diff.changes(ChangeKind.FIELD_CHANGED)) {
            String pointer = change.field().orElseThrow().substring("extensions".length());
            assertThat(change.oldValue()).as(pointer).isEqualTo(Fields.render(olderExtensions.at(pointer)).map(Fields::shown));
            assertThat(change.newValue()).as(pointer).isEqualTo(Fields.render(newerExtensions.at(pointer)).map(Fields::shown));
        }
    }

    @Property(tries = 200)
    void theDiffBackMirrorsTheDiffForwardWithinExtensions(@ForAll("extensionObjects") ObjectNode a,
            @ForAll("extensionObjects") ObjectNode b) {
        Plan older = withOutcomeExtensions(a);
        Plan newer = withOutcomeExtensions(b);

        assertMirrored(PlanDiff.between(older, newer), PlanDiff.between(newer, older));
    }

    @Property(tries = 100)
    void noFieldOfAnElementHoldsOneOfItsChildren(@ForAll("plans") Plan plan) {
        for (PlanElement element : plan.elements()) {
            ObjectNode fields = Fields.of(element);
            for (PlanElement child : element.children()) {
                JsonNode childJson = EditablePlan.MAPPER.valueToTree(child);
                assertThat(contains(fields, childJson)).as("%s holds %s", element.describe(), child.describe()).isFalse();
            }
        }
    }

    private static boolean contains(JsonNode tree, JsonNode value) {
        if (tree.equals(value)) {
            return true;
        }
        for (JsonNode item : tree.values()) {
            if (contains(item, value)) {
                return true;
            }
        }
        return false;
    }

    /** A change with its sides swapped, less its subject (a description in the newer edition). */
    private record Sides(ChangeKind kind, Optional<MatchBasis> basis, Optional<ElementId> olderId,
            Optional<ElementId> newerId, Optional<ElementId> olderParentId, Optional<ElementId> newerParentId,
            boolean themeChanged, Optional<Link> olderLink, Optional<Link> newerLink, Optional<String> field,
            Optional<String> oldValue, Optional<String> newValue) {
        static Sides of(Change change) {
            return new Sides(change.kind(), change.basis(), change.olderId(), change.newerId(),
                    change.olderParent().map(PlanElement::id), change.newerParent().map(PlanElement::id),
                    change.themeChanged(), change.olderLink(), change.newerLink(), change.field(), change.oldValue(),
                    change.newValue());
        }

        Sides mirrored() {
            ChangeKind mirror;
            switch (kind) {
                case ADDED: mirror = ChangeKind.REMOVED; break;
                case REMOVED: mirror = ChangeKind.ADDED; break;
                case LINK_ADDED: mirror = ChangeKind.LINK_REMOVED; break;
                case LINK_REMOVED: mirror = ChangeKind.LINK_ADDED; break;
                case TARGET_REVISED: mirror = ChangeKind.TARGET_REVISION_DROPPED; break;
                case TARGET_REVISION_DROPPED: mirror = ChangeKind.TARGET_REVISED; break;
                default: mirror = kind;
            }
            return new Sides(mirror, basis, newerId, olderId, newerParentId, olderParentId, themeChanged, newerLink,
                    olderLink, field, newValue, oldValue);
        }
    }

    private static void assertMirrored(PlanDiff forward, PlanDiff back) {
        List<Sides> mirrored = new ArrayList<>();
        forward.changes().forEach(change -> mirrored.add(Sides.of(change).mirrored()));

        assertThat(back.changes().stream().map(Sides::of).collect(Collectors.toList()))
                .containsExactlyInAnyOrderElementsOf(mirrored);
    }
}

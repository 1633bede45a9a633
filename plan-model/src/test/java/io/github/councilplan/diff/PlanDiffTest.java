package io.github.councilplan.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** One behaviour of the diff per test, on a small hand-written plan. */
class PlanDiffTest {
    private final Plan original = SmallPlan.editable().build();

    private PlanDiff diff(EditablePlan edited) {
        return PlanDiff.between(original, edited.build());
    }

    private static List<String> lines(PlanDiff diff) {
        return diff.changes().stream().map(Change::toString).collect(Collectors.toList());
    }

    private static ObjectNode object() {
        return EditablePlan.MAPPER.createObjectNode();
    }

    private static EditablePlan edit() {
        return SmallPlan.editable();
    }

    // ---- nothing changed

    @Test
    void aPlanComparedWithItselfHasNoChanges() {
        PlanDiff diff = PlanDiff.between(original, original);

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.changes()).isEmpty();
        assertThat(diff.counts()).isEmpty();
    }

    @Test
    void aPlanComparedWithAnEqualCopyHasNoChanges() {
        assertThat(diff(edit()).changes()).isEmpty();
    }

    @Test
    void aNumberWrittenWithAnotherScaleIsNotAChange() {
        EditablePlan edited = edit();
        ((ObjectNode) edited.element("kpi-1").withArray("targets").get(1)).put("value", new BigDecimal("82.00"));

        assertThat(diff(edited).changes()).isEmpty();
    }

    // ---- added and removed

    @Test
    void anAddedDeliverableIsReportedWithItsTitle() {
        ObjectNode added = object().put("id", "d-1.2.2").put("number", "1.2.2").put("title", "Open a new hub");

        assertThat(lines(diff(edit().append("p-1.2", "deliverables", added))))
                .containsExactly("added deliverable 1.2.2: \"Open a new hub\"");
    }

    @Test
    void aRemovedDeliverableIsReportedWithItsMilestones() {
        assertThat(lines(diff(edit().remove("d-1.1.2")))).containsExactly(
                "removed deliverable 1.1.2: \"Support, motivate and develop a collaborative workforce\"",
                "removed milestone 1.1.2.1: \"Workforce strategy adopted\"");
    }

    @Test
    void theLinksOfARemovedElementAreReportedRemoved() {
        assertThat(lines(diff(edit().remove("d-1.1.1")))).containsExactly(
                "removed deliverable 1.1.1: \"Improve our financial management and internal controls\"",
                "link-removed link deliverable 1.1.1 contributesTo outcome 1.1: \"d-1.1.1 contributesTo o-1\"");
    }

    @Test
    void anAddedElementHasOnlyANewerSide() {
        ObjectNode added = object().put("id", "d-1.2.2").put("number", "1.2.2").put("title", "Open a new hub");
        Change change = diff(edit().append("p-1.2", "deliverables", added)).changes().get(0);

        assertThat(change.kind()).isEqualTo(ChangeKind.ADDED);
        assertThat(change.olderElement()).isEmpty();
        assertThat(change.newerId()).contains(ElementId.of("d-1.2.2"));
        assertThat(change.elementKind()).contains(ElementKind.DELIVERABLE);
        assertThat(change.basis()).isEmpty();
        assertThat(change.oldValue()).isEmpty();
    }

    @Test
    void addingAChildIsNotAFieldChangeOfItsParent() {
        ObjectNode milestone = object().put("id", "m-2").put("title", "Hub open").put("due", "2027-01-31");

        assertThat(diff(edit().append("d-1.2.1", "milestones", milestone)).changes())
                .extracting(Change::kind).containsExactly(ChangeKind.ADDED);
    }

    // ---- reworded

    @Test
    void aRewordedDeliverableShowsTheOldAndNewTitle() {
        EditablePlan edited = edit().set("d-1.2.1", "title", "Innovate through digital services");

        assertThat(lines(diff(edited))).containsExactly("reworded deliverable 1.2.1: "
                + "\"Innovate our services through digital efficiencies\" -> \"Innovate through digital services\"");
    }

    @Test
    void rewordingInOneLanguageOfSeveralIsRewording() {
        Plan before = edit().set("o-1", "statement", object().put("en", "Oversight").put("cy", "Goruchwyliaeth")).build();
        Plan after = edit().set("o-1", "statement", object().put("en", "Oversight").put("cy", "Trosolwg")).build();

        assertThat(lines(PlanDiff.between(before, after))).containsExactly(
                "reworded outcome 1.1: \"en: Oversight | cy: Goruchwyliaeth\" -> \"en: Oversight | cy: Trosolwg\"");
    }

    @Test
    void aStatementIsRewordedByItsHeading() {
        assertThat(lines(diff(edit().set("s-foreword", "heading", "Leader's foreword"))))
                .containsExactly("reworded statement 's-foreword': \"Foreword\" -> \"Leader's foreword\"");
    }

    @Test
    void aStatementsBodyIsAField() {
        EditablePlan edited = edit().set("s-foreword", "body",
                EditablePlan.MAPPER.createArrayNode().add(object().put("paragraph", "We will fix the foundations.")));

        assertThat(lines(diff(edited))).containsExactly("field-changed statement 's-foreword' body: "
                + "\"[{\\\"paragraph\\\":\\\"We will fix the foundations.\\\"},"
                + "{\\\"paragraph\\\":\\\"Then we will grow.\\\"}]\" -> "
                + "\"[{\\\"paragraph\\\":\\\"We will fix the foundations.\\\"}]\"");
    }

    @Test
    void thePlansTitleIsRewordingOfThePlan() {
        assertThat(lines(diff(edit().set(null, "title", "A fresh start"))))
                .containsExactly("reworded plan 'plan': \"Our plan\" -> \"A fresh start\"");
    }

    // ---- moved and renumbered

    @Test
    void aDeliverableMovedToAnotherPriorityIsMovedAndRenumbered() {
        EditablePlan edited = edit();
        ObjectNode moved = edited.detach("d-1.2.1").put("number", "1.1.3");
        edited.append("p-1.1", "deliverables", moved);

        assertThat(lines(diff(edited))).containsExactly(
                "moved deliverable 1.1.3: \"priority 1.2\" -> \"priority 1.1\"",
                "renumbered deliverable 1.1.3: \"1.2.1\" -> \"1.1.3\"");
    }

    @Test
    void aMovedElementsChildrenHaveNotMoved() {
        EditablePlan edited = edit();
        ObjectNode priority = edited.detach("p-1.2").put("number", "2.2");
        ((ObjectNode) priority.get("deliverables").get(0)).put("number", "2.2.1");
        edited.append("t-2", "priorities", priority);

        assertThat(lines(diff(edited))).containsExactly(
                "moved priority 2.2 (to another theme): \"theme 1\" -> \"theme 2\"",
                "renumbered priority 2.2: \"1.2\" -> \"2.2\"",
                "renumbered deliverable 2.2.1: \"1.2.1\" -> \"2.2.1\"");
    }

    @Test
    void aMoveIntoAnotherThemeNamesEachParentAfterItsTheme() {
        EditablePlan edited = edit();
        edited.append("p-2.1", "deliverables", edited.detach("d-1.2.1").put("number", "2.1.2"));

        PlanDiff diff = diff(edited);

        assertThat(lines(diff)).containsExactly("moved deliverable 2.1.2 (to another theme): "
                + "\"theme 1 \u203a priority 1.2\" -> \"theme 2 \u203a priority 2.1\"",
                "renumbered deliverable 2.1.2: \"1.2.1\" -> \"2.1.2\"");
        Change moved = diff.changes().get(0);
        assertThat(moved.themeChanged()).isTrue();
        assertThat(moved.olderParent().map(PlanElement::id)).contains(ElementId.of("p-1.2"));
        assertThat(moved.newerParent().map(PlanElement::id)).contains(ElementId.of("p-2.1"));
    }

    @Test
    void aMoveWithinItsThemeHasNotChangedTheme() {
        EditablePlan edited = edit();
        edited.append("p-1.1", "deliverables", edited.detach("d-1.2.1").put("number", "1.1.3"));

        Change moved = diff(edited).changes().get(0);

        assertThat(moved.kind()).isEqualTo(ChangeKind.MOVED);
        assertThat(moved.themeChanged()).isFalse();
    }

    @Test
    void onlyAMoveHasParents() {
        Change reworded = diff(edit().set("d-1.2.1", "title", "Innovate through digital services")).changes().get(0);

        assertThat(reworded.olderParent()).isEmpty();
        assertThat(reworded.newerParent()).isEmpty();
        assertThat(reworded.themeChanged()).isFalse();
    }

    @Test
    void aRenumberedDeliverableIsOnlyRenumbered() {
        assertThat(lines(diff(edit().set("d-1.2.1", "number", "1.2.5"))))
                .containsExactly("renumbered deliverable 1.2.5: \"1.2.1\" -> \"1.2.5\"");
    }

    @Test
    void losingANumberIsRenumberingToNone() {
        assertThat(lines(diff(edit().set("d-1.2.1", "number", (String) null))))
                .containsExactly("renumbered deliverable 'd-1.2.1': \"1.2.1\" -> (none)");
    }

    // ---- fields

    @Test
    void aRevisedTargetIsAFieldChangeOfThatPeriod() {
        EditablePlan edited = edit();
        ((ObjectNode) edited.element("kpi-1").withArray("targets").get(1)).put("value", 85);

        PlanDiff diff = diff(edited);

        assertThat(lines(diff))
                .containsExactly("field-changed measure 'kpi-1' targets[2025/26 Q2].value: \"82\" -> \"85\"");
        assertThat(diff.changes().get(0).field()).contains("targets[2025/26 Q2].value");
        assertThat(diff.changes().get(0).oldValue()).contains("82");
        assertThat(diff.changes().get(0).newValue()).contains("85");
    }

    @Test
    void aNewTargetHasNoOldValue() {
        EditablePlan edited = edit();
        edited.append("kpi-1", "targets", object().put("period", "2025/26 Q3").put("value", 84));

        assertThat(lines(diff(edited))).containsExactly("field-changed measure 'kpi-1' targets[2025/26 Q3]: (none) -> "
                + "\"{\\\"period\\\":\\\"2025/26 Q3\\\",\\\"value\\\":84}\"");
    }

    @Test
    void anOwnersListIsComparedWhole() {
        EditablePlan edited = edit().set("d-1.1.1", "owners", EditablePlan.MAPPER.createArrayNode().add("own-1").add("own-2"));

        assertThat(lines(diff(edited))).containsExactly(
                "field-changed deliverable 1.1.1 owners: \"[\\\"own-1\\\"]\" -> \"[\\\"own-1\\\",\\\"own-2\\\"]\"");
    }

    @Test
    void aMilestonesDueDateIsAFieldOfTheMilestone() {
        assertThat(lines(diff(edit().set("m-1", "due", "2026-06-30"))))
                .containsExactly("field-changed milestone 1.1.2.1 due: \"2026-03-31\" -> \"2026-06-30\"");
    }

    @Test
    void progressIsComparedPeriodByPeriod() {
        EditablePlan edited = edit();
        ((ObjectNode) edited.element("d-1.1.1").get("progress").get(0)).put("status", "amber");

        assertThat(lines(diff(edited))).containsExactly(
                "field-changed deliverable 1.1.1 progress[2025/26 Q1].status: \"green\" -> \"amber\"");
    }

    @Test
    void anAddedDescriptionHasNoOldValue() {
        assertThat(lines(diff(edit().set("p-1.1", "description", "Where we start"))))
                .containsExactly("field-changed priority 1.1 description: (none) -> \"Where we start\"");
    }

    @Test
    void thePlansOwnFieldsAreComparedByPath() {
        EditablePlan edited = edit();
        edited.root().withObject("edition").put("status", "draft").remove("adoptedOn");
        edited.root().withObject("organisation").put("code", "E06000034");

        assertThat(lines(diff(edited))).containsExactly(
                "field-changed plan 'plan' organisation.code: (none) -> \"E06000034\"",
                "field-changed plan 'plan' edition.status: \"adopted\" -> \"draft\"",
                "field-changed plan 'plan' edition.adoptedOn: \"2025-04-01\" -> (none)");
    }

    // ---- matching by wording

    @Test
    void anElementWhoseIdChangedIsMatchedByItsWording() {
        PlanDiff diff = diff(edit().rename("d-1.2.1", "d-digital"));

        assertThat(lines(diff)).containsExactly(
                "id-changed deliverable 1.2.1 (matched by wording): \"d-1.2.1\" -> \"d-digital\"");
        assertThat(diff.changes().get(0).basis()).contains(MatchBasis.WORDING);
    }

    @Test
    void wordingIsComparedIgnoringCaseAndSpacing() {
        EditablePlan edited = edit().rename("d-1.2.1", "d-digital")
                .set("d-digital", "title", "  innovate OUR services\tthrough digital efficiencies ");

        assertThat(diff(edited).changes()).extracting(Change::kind, change -> change.basis().orElseThrow())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.ID_CHANGED, MatchBasis.WORDING),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.REWORDED, MatchBasis.WORDING));
    }

    @Test
    void anElementWhoseIdAndWordingChangedALittleIsMatchedBySimilarWording() {
        // 8 of the 9 distinct words are shared: 0.89
        EditablePlan edited = edit().rename("d-1.1.1", "d-finance")
                .set("d-finance", "title", "Improve our financial management and internal controls quickly");

        assertThat(lines(diff(edited))).containsExactly(
                "id-changed deliverable 1.1.1 (matched by similar wording): \"d-1.1.1\" -> \"d-finance\"",
                "reworded deliverable 1.1.1 (matched by similar wording): "
                        + "\"Improve our financial management and internal controls\" -> "
                        + "\"Improve our financial management and internal controls quickly\"");
    }

    @Test
    void anElementWhoseIdAndMuchOfItsWordingChangedIsRemovedAndAdded() {
        // 5 of the 7 distinct words are shared: 0.71, below 0.8
        EditablePlan edited = edit().rename("d-1.2.1", "d-digital")
                .set("d-digital", "title", "Innovate our services through digital efficiency");

        assertThat(diff(edited).changes()).extracting(Change::kind)
                .containsExactly(ChangeKind.REMOVED, ChangeKind.ADDED);
    }

    @Test
    void onlyElementsOfTheSameKindAreMatchedByWording() {
        EditablePlan edited = edit().remove("d-2.1.1");
        ObjectNode outcome = object().put("id", "o-2").put("statement", "Champion our place");
        edited.append("t-2", "outcomes", outcome);

        assertThat(diff(edited).changes()).extracting(Change::kind)
                .containsExactly(ChangeKind.ADDED, ChangeKind.REMOVED);
    }

    @Test
    void theChildrenOfAParentWhoseIdChangedHaveNotMoved() {
        assertThat(lines(diff(edit().rename("p-1.2", "p-digital")))).containsExactly(
                "id-changed priority 1.2 (matched by wording): \"p-1.2\" -> \"p-digital\"");
    }

    @Test
    void aLinkFollowsItsEndsThroughAChangeOfId() {
        EditablePlan edited = edit().rename("d-1.1.1", "d-finance").rename("o-1", "o-oversight");

        assertThat(diff(edited).changes()).extracting(Change::kind)
                .containsExactly(ChangeKind.ID_CHANGED, ChangeKind.ID_CHANGED);
    }

    @Test
    void anOwnerWhoseIdChangedLeavesTheOwnersListsThatNameItUnchanged() {
        EditablePlan edited = edit().rename("own-1", "own-finance")
                .set("d-1.1.1", "owners", EditablePlan.MAPPER.createArrayNode().add("own-finance"));

        assertThat(lines(diff(edited))).containsExactly(
                "id-changed owner 'own-finance' (matched by wording): \"own-1\" -> \"own-finance\"");
    }

    @Test
    void thePlansAreComparedWhateverTheirIds() {
        PlanDiff diff = diff(edit().rename(null, "plan-2026"));

        assertThat(lines(diff)).containsExactly("id-changed plan 'plan-2026': \"plan\" -> \"plan-2026\"");
        assertThat(diff.changes().get(0).basis()).contains(MatchBasis.ROOT);
    }

    // ---- matching within the same parent first, across parents only when unambiguous

    /** Two deliverables of priority 1.2, each with a milestone called "End date". */
    private static EditablePlan withTwoEndDates() {
        EditablePlan plan = edit();
        ObjectNode second = object().put("id", "d-1.2.2").put("number", "1.2.2").put("title", "Open a new hub");
        plan.append("p-1.2", "deliverables", second);
        plan.append("d-1.2.1", "milestones", object().put("id", "m-a").put("title", "End date").put("due", "2026-03-31"));
        plan.append("d-1.2.2", "milestones", object().put("id", "m-b").put("title", "End date").put("due", "2027-03-31"));
        return plan;
    }

    @Test
    void twoMilestonesOfTheSameWordingUnderDifferentDeliverablesAreNotMatchedWithEachOther() {
        Plan before = withTwoEndDates().build();
        EditablePlan edited = withTwoEndDates().remove("d-1.2.1").rename("m-b", "m-b-2026");

        PlanDiff diff = PlanDiff.between(before, edited.build());

        assertThat(lines(diff)).containsExactly(
                "removed deliverable 1.2.1: \"Innovate our services through digital efficiencies\"",
                "removed milestone 'm-a': \"End date\"",
                "id-changed milestone 'm-b-2026' (matched by wording): \"m-b\" -> \"m-b-2026\"");
    }

    @Test
    void milestonesOfTheSameWordingAreMatchedEachWithinItsOwnDeliverable() {
        Plan before = withTwoEndDates().build();
        EditablePlan edited = withTwoEndDates().rename("m-a", "m-a-2").rename("m-b", "m-b-2");
        // the second deliverable first: a match by document order alone would pair the wrong ones
        edited.append("p-1.2", "deliverables", edited.detach("d-1.2.1"));

        PlanDiff diff = PlanDiff.between(before, edited.build());

        assertThat(diff.changes()).extracting(Change::kind).containsOnly(ChangeKind.ID_CHANGED);
        assertThat(diff.changes()).extracting(change -> change.olderId().orElseThrow().value() + " -> "
                + change.newerId().orElseThrow().value()).containsExactlyInAnyOrder("m-a -> m-a-2", "m-b -> m-b-2");
    }

    @Test
    void anElementUnderARemovedParentIsNotMatchedWithOneUnderAnAddedParent() {
        EditablePlan before = edit();
        before.append("d-1.2.1", "milestones", object().put("id", "m-a").put("title", "End date").put("due", "2026-03-31"));
        EditablePlan after = edit().remove("d-1.2.1");
        after.append("p-1.2", "deliverables", object().put("id", "d-hub").put("title", "Open a new hub"));
        after.append("d-hub", "milestones", object().put("id", "m-hub").put("title", "End date").put("due", "2027-03-31"));

        PlanDiff diff = PlanDiff.between(before.build(), after.build());

        assertThat(diff.changes()).extracting(change -> change.kind().code() + " " + change.newerId().or(change::olderId)
                .orElseThrow()).containsExactlyInAnyOrder("removed d-1.2.1", "removed m-a", "added d-hub", "added m-hub");
    }

    @Test
    void anElementWithANewIdUnderAnotherParentIsMatchedWhenItsWordingIsUnambiguous() {
        EditablePlan edited = edit();
        ObjectNode moved = edited.detach("d-1.2.1");
        edited.append("p-1.1", "deliverables", moved.put("id", "d-digital").put("number", "1.1.3"));

        PlanDiff diff = diff(edited);

        assertThat(lines(diff)).containsExactly(
                "id-changed deliverable 1.1.3 (matched by wording): \"d-1.2.1\" -> \"d-digital\"",
                "moved deliverable 1.1.3 (matched by wording): \"priority 1.2\" -> \"priority 1.1\"",
                "renumbered deliverable 1.1.3 (matched by wording): \"1.2.1\" -> \"1.1.3\"");
    }

    @Test
    void wordingTwoElementsShareIsNotMatchedAcrossParents() {
        EditablePlan before = edit();
        before.append("p-1.1", "deliverables", object().put("id", "d-hub-1").put("title", "Open a new hub"));
        before.append("p-2.1", "deliverables", object().put("id", "d-hub-2").put("title", "Open a new hub"));
        EditablePlan after = edit();
        after.append("p-1.1", "deliverables", object().put("id", "d-hub-1").put("title", "Open a new hub"));
        after.append("p-1.2", "deliverables", object().put("id", "d-hub-3").put("title", "Open a new hub"));

        PlanDiff diff = PlanDiff.between(before.build(), after.build());

        assertThat(diff.changes()).extracting(change -> change.kind().code() + " " + change.newerId().or(change::olderId)
                .orElseThrow()).containsExactlyInAnyOrder("added d-hub-3", "removed d-hub-2");
    }

    @Test
    void theChildrenOfAPairMatchedAcrossParentsAreMatchedWithinIt() {
        EditablePlan before = edit();
        before.append("d-1.2.1", "milestones", object().put("id", "m-a").put("title", "End date").put("due", "2026-03-31"));
        before.append("d-2.1.1", "milestones", object().put("id", "m-b").put("title", "End date").put("due", "2027-03-31"));
        EditablePlan after = edit();
        after.append("d-2.1.1", "milestones", object().put("id", "m-b").put("title", "End date").put("due", "2027-03-31"));
        ObjectNode moved = after.detach("d-1.2.1").put("id", "d-digital").put("number", "1.1.3");
        moved.putArray("milestones").add(object().put("id", "m-a-2").put("title", "End date").put("due", "2026-03-31"));
        after.append("p-1.1", "deliverables", moved);

        PlanDiff diff = PlanDiff.between(before.build(), after.build());

        assertThat(diff.changes()).extracting(change -> change.kind().code() + " " + change.olderId().orElseThrow()
                + " " + change.newerId().orElseThrow()).containsExactly(
                        "id-changed d-1.2.1 d-digital", "moved d-1.2.1 d-digital", "renumbered d-1.2.1 d-digital",
                        "id-changed m-a m-a-2");
    }

    // ---- links

    @Test
    void anAddedLinkIsReportedByItsEnds() {
        assertThat(lines(diff(edit().addLink("d-1.2.1", "contributesTo", "o-1")))).containsExactly(
                "link-added link deliverable 1.2.1 contributesTo outcome 1.1: \"d-1.2.1 contributesTo o-1\"");
    }

    @Test
    void aLinkOfAnotherKindIsAnotherLink() {
        EditablePlan edited = edit();
        ((ObjectNode) edited.root().get("links").get(0)).put("kind", "involves");

        assertThat(diff(edited).changes()).extracting(Change::kind)
                .containsExactly(ChangeKind.LINK_REMOVED, ChangeKind.LINK_ADDED);
    }

    @Test
    void aLinksNewNoteIsALinkChange() {
        EditablePlan edited = edit();
        ((ObjectNode) edited.root().get("links").get(0)).put("note", "through the audit plan");

        assertThat(lines(diff(edited))).containsExactly(
                "link-changed link deliverable 1.1.1 contributesTo outcome 1.1 note: (none) -> \"through the audit plan\"");
    }

    // ---- order and summary

    @Test
    void changesFollowTheNewerDocumentWithRemovalsWhereTheyWere() {
        EditablePlan edited = edit().set("d-1.1.1", "title", "Improve financial management")
                .set("d-1.2.1", "title", "Innovate through digital services")
                .remove("d-1.1.2");

        assertThat(diff(edited).changes()).extracting(change -> change.kind().code() + " " + change.subject())
                .containsExactly("reworded deliverable 1.1.1", "removed deliverable 1.1.2", "removed milestone 1.1.2.1",
                        "reworded deliverable 1.2.1");
    }

    @Test
    void countsAndSummaryGiveEachKindInOrder() {
        ObjectNode added = object().put("id", "d-1.2.2").put("number", "1.2.2").put("title", "Open a new hub");
        EditablePlan edited = edit().append("p-1.2", "deliverables", added).remove("d-2.1.1")
                .set("d-1.2.1", "title", "Innovate through digital services");

        PlanDiff diff = diff(edited);

        assertThat(diff.counts()).containsExactly(Map.entry(ChangeKind.ADDED, 1), Map.entry(ChangeKind.REMOVED, 1),
                Map.entry(ChangeKind.REWORDED, 1));
        assertThat(diff.count(ChangeKind.MOVED)).isZero();
        assertThat(diff).hasToString("3 changes: 1 added, 1 removed, 1 reworded");
    }

    @Test
    void anEmptyDiffSaysSo() {
        assertThat(PlanDiff.between(original, original)).hasToString("no changes");
    }

    @Test
    void aValueWithALineBreakStaysOnOneLine() {
        assertThat(lines(diff(edit().set("p-1.1", "description", "First line\nsecond line"))))
                .containsExactly("field-changed priority 1.1 description: (none) -> \"First line\\nsecond line\"");
    }

    @Test
    void theChangeKeepsBothEditionsOfItsElement() {
        Change change = diff(edit().set("d-1.2.1", "number", "1.2.5")).changes().get(0);

        assertThat(change.olderElement().map(PlanElement::describe)).contains("deliverable 1.2.1");
        assertThat(change.newerElement().map(PlanElement::describe)).contains("deliverable 1.2.5");
        assertThat(change.subject()).isEqualTo("deliverable 1.2.5");
    }

    // ---- bad input

    @Test
    void aPlanWithADuplicateIdIsRefusedNamingWhichPlan() {
        Plan duplicated = edit().set("d-1.2.1", "id", "d-1.1.1").build();

        assertThatThrownBy(() -> PlanDiff.between(original, duplicated))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("newer plan 'plan'")
                .hasMessageContaining("d-1.1.1");
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> PlanDiff.between(original, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("newer");
    }
}

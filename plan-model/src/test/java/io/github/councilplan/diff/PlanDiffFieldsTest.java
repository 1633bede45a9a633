package io.github.councilplan.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The diff of the fields format 0.2 added, one behaviour per test, on {@link SmallPlan}: lists
 * compared entry by entry (targets, actuals, related plans), plan dates, lead-ins, references to
 * owners, links into related plans and the new kinds of element.
 */
class PlanDiffFieldsTest {

    private static List<String> lines(EditablePlan older, EditablePlan newer) {
        return PlanDiff.between(older.build(), newer.build()).changes().stream().map(Change::toString)
                .collect(Collectors.toList());
    }

    private static List<String> lines(EditablePlan newer) {
        return lines(SmallPlan.editable(), newer);
    }

    private static ObjectNode object() {
        return EditablePlan.MAPPER.createObjectNode();
    }

    private static ArrayNode array() {
        return EditablePlan.MAPPER.createArrayNode();
    }

    private static EditablePlan edit() {
        return SmallPlan.editable();
    }

    private static ObjectNode target(EditablePlan plan, int index) {
        return (ObjectNode) plan.element("kpi-1").withArray("targets").get(index);
    }

    /** The plan with the measure's actuals replaced. */
    private static EditablePlan withActuals(ObjectNode... actuals) {
        EditablePlan plan = edit();
        ArrayNode list = plan.element("kpi-1").putArray("actuals");
        for (ObjectNode actual : actuals) {
            list.add(actual);
        }
        return plan;
    }

    // ---- target revisions, a kind of change of their own

    private static ObjectNode revision(String date, Integer value) {
        ObjectNode revision = object().put("date", date);
        if (value == null) {
            revision.put("withdrawn", true);
        } else {
            revision.put("value", value);
        }
        revision.putObject("decision").put("body", "Cabinet").put("reference", "Minute " + date.substring(5, 7));
        return revision;
    }

    private static EditablePlan revised(ObjectNode... revisions) {
        EditablePlan plan = edit();
        ArrayNode list = target(plan, 1).putArray("revisions");
        for (ObjectNode revision : revisions) {
            list.add(revision);
        }
        return plan;
    }

    @Test
    void aRevisionTheNewerEditionRecordsIsATargetRevisedChange() {
        assertThat(lines(revised(revision("2025-08-01", 85)))).containsExactly(
                "target-revised measure 'kpi-1' targets[2025/26 Q2].revisions[2025-08-01]: \"85\"");
    }

    @Test
    void aWithdrawalIsATargetRevisedToWithdrawn() {
        assertThat(lines(revised(revision("2025-08-01", null)))).containsExactly(
                "target-revised measure 'kpi-1' targets[2025/26 Q2].revisions[2025-08-01]: \"withdrawn\"");
    }

    @Test
    void onlyTheRevisionsSinceTheOlderEditionAreChanges() {
        EditablePlan older = revised(revision("2025-08-01", 85));
        EditablePlan newer = revised(revision("2025-08-01", 85), revision("2025-09-01", null));

        assertThat(lines(older, newer)).containsExactly(
                "target-revised measure 'kpi-1' targets[2025/26 Q2].revisions[2025-09-01]: \"withdrawn\"");
    }

    @Test
    void aRevisionTheNewerEditionNoLongerRecordsIsDropped() {
        assertThat(lines(revised(revision("2025-08-01", 85)), edit())).containsExactly(
                "target-revision-dropped measure 'kpi-1' targets[2025/26 Q2].revisions[2025-08-01]: \"85\"");
    }

    @Test
    void aRevisionIsNotAlsoAFieldOfItsTarget() {
        assertThat(PlanDiff.between(edit().build(), revised(revision("2025-08-01", 85)).build())
                .changes(ChangeKind.FIELD_CHANGED)).isEmpty();
    }

    // ---- targets, by period or over the whole plan

    @Test
    void aTargetsNewWordsAreAFieldOfThatPeriodsTarget() {
        EditablePlan edited = edit();
        target(edited, 1).put("text", "eighty-two in a hundred");

        assertThat(lines(edited)).containsExactly(
                "field-changed measure 'kpi-1' targets[2025/26 Q2].text: (none) -> \"eighty-two in a hundred\"");
    }

    @Test
    void aTargetOverTheWholePlanIsNamedWholePlan() {
        EditablePlan older = edit().append("kpi-1", "targets", object().put("value", 1000));
        EditablePlan newer = edit().append("kpi-1", "targets", object().put("value", 1200));

        assertThat(lines(older, newer))
                .containsExactly("field-changed measure 'kpi-1' targets[whole plan].value: \"1000\" -> \"1200\"");
    }

    @Test
    void aRemovedTargetHasNoNewValue() {
        EditablePlan edited = edit();
        edited.element("kpi-1").withArray("targets").remove(0);

        assertThat(lines(edited)).containsExactly("field-changed measure 'kpi-1' targets[2025/26 Q1]: "
                + "\"{\\\"period\\\":\\\"2025/26 Q1\\\",\\\"value\\\":80}\" -> (none)");
    }

    @Test
    void targetsGivenInAnotherOrderAreNotAChange() {
        EditablePlan edited = edit();
        ArrayNode targets = edited.element("kpi-1").withArray("targets");
        targets.add(targets.remove(0));

        assertThat(lines(edited)).isEmpty();
    }

    @Test
    void aTargetMovedToAnotherPeriodIsOneRemovedAndOneAdded() {
        EditablePlan edited = edit();
        target(edited, 1).put("period", "2025/26 Q3");

        assertThat(lines(edited)).containsExactly(
                "field-changed measure 'kpi-1' targets[2025/26 Q2]: "
                        + "\"{\\\"period\\\":\\\"2025/26 Q2\\\",\\\"value\\\":82}\" -> (none)",
                "field-changed measure 'kpi-1' targets[2025/26 Q3]: (none) -> "
                        + "\"{\\\"period\\\":\\\"2025/26 Q3\\\",\\\"value\\\":82}\"");
    }

    // ---- actuals, by period or as-at date

    @Test
    void aRevisedActualIsAFieldOfItsPeriod() {
        EditablePlan older = withActuals(object().put("period", "2025/26 Q1").put("value", 78));
        EditablePlan newer = withActuals(object().put("period", "2025/26 Q1").put("value", 79.5));

        assertThat(lines(older, newer))
                .containsExactly("field-changed measure 'kpi-1' actuals[2025/26 Q1].value: \"78\" -> \"79.5\"");
    }

    @Test
    void aRevisedActualAsAtADateIsAFieldOfThatDate() {
        EditablePlan older = withActuals(object().put("asAt", "2025-09-30").put("value", 150));
        EditablePlan newer = withActuals(object().put("asAt", "2025-09-30").put("value", 160));

        assertThat(lines(older, newer))
                .containsExactly("field-changed measure 'kpi-1' actuals[as at 2025-09-30].value: \"150\" -> \"160\"");
    }

    @Test
    void anActualForAPeriodAndOneAsAtADayAreDifferentEntries() {
        EditablePlan older = withActuals(object().put("period", "2025/26 Q2").put("value", 150));
        EditablePlan newer = withActuals(object().put("period", "2025/26 Q2").put("value", 150),
                object().put("asAt", "2025-09-30").put("value", 150));

        assertThat(lines(older, newer)).containsExactly("field-changed measure 'kpi-1' actuals[as at 2025-09-30]: "
                + "(none) -> \"{\\\"asAt\\\":\\\"2025-09-30\\\",\\\"value\\\":150}\"");
    }

    // ---- other fields of format 0.2

    @Test
    void aPlanDateIsComparedAsWritten() {
        EditablePlan older = edit().set("d-1.1.1", "end", "2026-03");
        EditablePlan newer = edit().set("d-1.1.1", "end", "2026/27 Q1");

        assertThat(lines(older, newer))
                .containsExactly("field-changed deliverable 1.1.1 end: \"2026-03\" -> \"2026/27 Q1\"");
    }

    @Test
    void aLeadInIsComparedListByList() {
        EditablePlan older = edit().set("t-1", "leadIns", object().put("outcomes", "We will have:"));
        EditablePlan newer = edit().set("t-1", "leadIns", object().put("outcomes", "Thurrock will have:")
                .put("priorities", "We will lead by:"));

        assertThat(lines(older, newer)).containsExactly(
                "field-changed theme 1 leadIns.outcomes: \"We will have:\" -> \"Thurrock will have:\"",
                "field-changed theme 1 leadIns.priorities: (none) -> \"We will lead by:\"");
    }

    @Test
    void anElementsProvenanceIsComparedPropertyByProperty() {
        EditablePlan older = edit().set("o-1", "provenance", object().put("document", "Plan").put("page", "12"));
        EditablePlan newer = edit().set("o-1", "provenance", object().put("document", "Plan").put("page", "13"));

        assertThat(lines(older, newer)).containsExactly("field-changed outcome 1.1 provenance.page: \"12\" -> \"13\"");
    }

    @Test
    void theOverseersOfThePlanAreComparedThroughTheMatching() {
        EditablePlan older = edit().set(null, "overseenBy", array().add("own-2"));
        EditablePlan newer = edit().set(null, "overseenBy", array().add("own-resources")).rename("own-2", "own-resources");

        assertThat(lines(older, newer)).containsExactly(
                "id-changed owner 'own-resources' (matched by wording): \"own-2\" -> \"own-resources\"");
    }

    @Test
    void aNewOverseerIsAFieldChangeOfThePlan() {
        EditablePlan newer = edit().set(null, "overseenBy", array().add("own-2"));

        assertThat(lines(newer)).containsExactly("field-changed plan 'plan' overseenBy: (none) -> \"[\\\"own-2\\\"]\"");
    }

    @Test
    void relatedPlansAreComparedById() {
        EditablePlan older = edit().set(null, "relatedPlans", array().add(object().put("id", "strategy")
                .put("title", "Our borough 2034")).add(object().put("id", "other")));
        EditablePlan newer = edit().set(null, "relatedPlans", array().add(object().put("id", "other"))
                .add(object().put("id", "strategy").put("title", "Our borough 2035")));

        assertThat(lines(older, newer)).containsExactly(
                "field-changed plan 'plan' relatedPlans[strategy].title: \"Our borough 2034\" -> \"Our borough 2035\"");
    }

    @Test
    void aThemeThatLosesItsNameIsRewordedToNone() {
        EditablePlan newer = edit().set("t-2", "name", (String) null);

        assertThat(lines(newer)).containsExactly("reworded theme 2: \"Place\" -> (none)");
    }

    @Test
    void anAddedPrincipleIsReportedWithItsName() {
        EditablePlan newer = edit().append(null, "principles", object().put("id", "pr-1").put("name", "Equality"));

        assertThat(lines(newer)).containsExactly("added principle 'pr-1': \"Equality\"");
    }

    @Test
    void aListItemOfAPriorityIsAnElementOfItsOwn() {
        ObjectNode list = object().put("id", "l-1").put("title", "We will need to:");
        list.putArray("items").add(object().put("id", "i-1").put("text", "listen"));
        EditablePlan older = edit().append("p-1.1", "lists", list.deepCopy());
        ((ObjectNode) list.get("items").get(0)).put("text", "listen to residents");
        EditablePlan newer = edit().append("p-1.1", "lists", list);

        assertThat(lines(older, newer))
                .containsExactly("reworded item 'i-1': \"listen\" -> \"listen to residents\"");
    }

    @Test
    void anOutcomeAddedToADeliverableIsAnAddedElementNotAFieldOfIt() {
        EditablePlan newer = edit().append("d-1.1.1", "outcomes", object().put("id", "o-d").put("statement",
                "fewer empty shops"));

        assertThat(lines(newer)).containsExactly("added outcome 'o-d': \"fewer empty shops\"");
    }

    // ---- links into related plans

    @Test
    void anAddedLinkIntoARelatedPlanNamesThatPlan() {
        EditablePlan newer = edit().append(null, "links", object().put("from", "d-1.1.1").put("kind", "contributesTo")
                .put("to", "s-o").put("toPlan", "strategy"));

        assertThat(lines(newer)).containsExactly("link-added link deliverable 1.1.1 contributesTo 's-o' in plan"
                + " 'strategy': \"d-1.1.1 contributesTo s-o in strategy\"");
    }

    @Test
    void aLinkIntoARelatedPlanIsNotALinkToAnElementOfTheSameIdHere() {
        EditablePlan older = edit();
        ((ObjectNode) older.root().get("links").get(0)).put("toPlan", "strategy");
        EditablePlan newer = edit();

        assertThat(PlanDiff.between(older.build(), newer.build()).changes()).extracting(Change::kind)
                .containsExactly(ChangeKind.LINK_REMOVED, ChangeKind.LINK_ADDED);
    }

    @Test
    void aLinkIntoARelatedPlanSurvivesAChangeOfItsSourcesId() {
        ObjectNode link = object().put("from", "d-1.2.1").put("kind", "contributesTo").put("to", "s-o")
                .put("toPlan", "strategy");
        EditablePlan older = edit().append(null, "links", link.deepCopy());
        EditablePlan newer = edit().append(null, "links", link).rename("d-1.2.1", "d-digital");

        assertThat(PlanDiff.between(older.build(), newer.build()).changes()).extracting(Change::kind)
                .containsExactly(ChangeKind.ID_CHANGED);
    }
}

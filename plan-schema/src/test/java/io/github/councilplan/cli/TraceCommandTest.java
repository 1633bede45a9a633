package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code plan trace}, run in this process. */
class TraceCommandTest {
    private static final String NL = System.lineSeparator();
    private static final String FILE = PlanRun.TRACEABLE.toString();
    private static final String STRATEGY = "src/test/resources/fixtures/valid-strategy.json";
    private static final String DELIVERY = "src/test/resources/fixtures/valid-delivery-plan.json";

    @TempDir
    Path dir;

    @Test
    void aThurrockDeliverableByNumberNamesItsPriorityAndTheEnablingTheme() {
        PlanRun run = PlanRun.of("trace", PlanRun.THURROCK.toString(), "1.2.2");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("Deliverable 1.2.2 (d-1.2.2): Innovate our services through digital efficiencies" + NL
                        + "Path: Deliverable 1.2.2 < Priority 1.2 < Theme 1 < Plan 'thurrock-corporate-plan'" + NL
                        + "Theme: Theme 1 (t-enabling): Enabling" + NL)
                .contains("Serves:" + NL + "  Outcome (o-1-1): robust internal oversight, political and senior "
                        + "leadership, decision making and governance frameworks; by containment" + NL);
    }

    @Test
    void aDeliverableServesOutcomesByLinks() {
        PlanRun run = PlanRun.of("trace", FILE, "d-1.1.2");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(""
                + "Deliverable 1.1.2 (d-1.1.2): Fix \"potholes\", <b>fast</b> & #1 = best" + NL
                + "Path: Deliverable 1.1.2 < Priority 1.1 < Theme 1 < Plan 'plan'" + NL
                + "Theme: Theme 1 (t-1): Place" + NL
                + "Children: none" + NL
                + "Links out:" + NL
                + "  contributesTo -> Outcome 1.2 (o-2): safer roads" + NL
                + "Links in: none" + NL
                + "Serves:" + NL
                + "  Outcome 1.2 (o-2): safer roads; by links: d-1.1.2 contributesTo o-2" + NL);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anOutcomeIsServedByLinksThenByContainment() {
        PlanRun run = PlanRun.of("trace", FILE, "o-2");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(""
                + "Outcome 1.2 (o-2): safer roads" + NL
                + "Path: Outcome 1.2 < Theme 1 < Plan 'plan'" + NL
                + "Theme: Theme 1 (t-1): Place" + NL
                + "Children: none" + NL
                + "Links out: none" + NL
                + "Links in:" + NL
                + "  contributesTo <- Deliverable 1.1.2 (d-1.1.2): Fix \"potholes\", <b>fast</b> & #1 = best" + NL
                + "Served by:" + NL
                + "  Deliverable 1.1.2 (d-1.1.2): Fix \"potholes\", <b>fast</b> & #1 = best; by links: d-1.1.2 "
                + "contributesTo o-2" + NL
                + "  Deliverable 1.1.1 (d-1.1.1): Sweep more; by containment" + NL);
    }

    @Test
    void aThemeHasChildrenAndLinksAndNoServingAnswers() {
        PlanRun run = PlanRun.of("trace", FILE, "t-1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(""
                + "Theme 1 (t-1): Place" + NL
                + "Path: Theme 1 < Plan 'plan'" + NL
                + "Theme: Theme 1 (t-1): Place" + NL
                + "Children:" + NL
                + "  Outcome 1.1 (o-1): cleaner streets" + NL
                + "  Outcome 1.2 (o-2): safer roads" + NL
                + "  Priority 1.1 (p-1.1): Keep streets clean" + NL
                + "Links out:" + NL
                + "  reflects -> Value (v-1): Together" + NL
                + "Links in: none" + NL);
    }

    @Test
    void jsonHasTheDocumentedShape() {
        PlanRun run = PlanRun.of("trace", "--format", "json", FILE, "1.1.2");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("{"
                + "\"element\":{\"id\":\"d-1.1.2\",\"kind\":\"deliverable\",\"level\":\"Deliverable\",\"number\":\"1.1.2\",\"name\":\"Deliverable 1.1.2\","
                + "\"label\":\"Fix \\\"potholes\\\", <b>fast</b> & #1 = best\"},"
                + "\"path\":[{\"id\":\"d-1.1.2\",\"kind\":\"deliverable\",\"level\":\"Deliverable\",\"number\":\"1.1.2\",\"name\":\"Deliverable 1.1.2\","
                + "\"label\":\"Fix \\\"potholes\\\", <b>fast</b> & #1 = best\"},"
                + "{\"id\":\"p-1.1\",\"kind\":\"priority\",\"level\":\"Priority\",\"number\":\"1.1\",\"name\":\"Priority 1.1\",\"label\":\"Keep streets clean\"},"
                + "{\"id\":\"t-1\",\"kind\":\"theme\",\"level\":\"Theme\",\"number\":\"1\",\"name\":\"Theme 1\",\"label\":\"Place\"},"
                + "{\"id\":\"plan\",\"kind\":\"plan\",\"level\":\"Plan\",\"number\":null,\"name\":\"Plan\",\"label\":\"Our plan\"}],"
                + "\"theme\":{\"id\":\"t-1\",\"kind\":\"theme\",\"level\":\"Theme\",\"number\":\"1\",\"name\":\"Theme 1\",\"label\":\"Place\"},"
                + "\"children\":[],"
                + "\"linksOut\":[{\"kind\":\"contributesTo\",\"to\":{\"id\":\"o-2\",\"kind\":\"outcome\","
                + "\"level\":\"Outcome\",\"number\":\"1.2\",\"name\":\"Outcome 1.2\",\"label\":\"safer roads\"},\"note\":null}],"
                + "\"linksIn\":[],"
                + "\"serves\":[{\"outcome\":{\"id\":\"o-2\",\"kind\":\"outcome\",\"level\":\"Outcome\",\"number\":\"1.2\",\"name\":\"Outcome 1.2\","
                + "\"label\":\"safer roads\"},\"basis\":\"link\","
                + "\"route\":[{\"from\":\"d-1.1.2\",\"kind\":\"contributesTo\",\"to\":\"o-2\"}]}]}" + NL);
    }

    @Test
    void jsonNamesEachElementInThePlansOwnWordsAndAsTheTextOutputDoes() {
        JsonNode trace = json(PlanRun.of("trace", "--format", "json",
                "src/test/resources/fixtures/valid-lettered-priorities-in-each-objective.json", "so-2-a"));

        JsonNode priority = trace.get("element");
        JsonNode objective = trace.get("path").get(1);
        assertThat(priority.get("kind").asString()).isEqualTo("priority");
        assertThat(priority.get("level").asString()).isEqualTo("Priority");
        assertThat(priority.get("name").asString()).isEqualTo("Strategic objective 2.2 › Priority A");
        assertThat(objective.get("kind").asString()).isEqualTo("objective");
        assertThat(objective.get("level").asString()).isEqualTo("Strategic objective");
        assertThat(objective.get("name").asString()).isEqualTo("Strategic objective 2.2");
    }

    @Test
    void jsonOfAnOutcomeHasServedByAndOfOtherElementsNeither() {
        JsonNode outcome = json(PlanRun.of("trace", "--format", "json", FILE, "o-2"));
        JsonNode measure = json(PlanRun.of("trace", "--format", "json", FILE, "k-1"));

        assertThat(outcome.propertyNames()).containsExactly("element", "path", "theme", "children", "linksOut",
                "linksIn", "servedBy");
        assertThat(outcome.get("servedBy").get(1).get("work").get("id").asString()).isEqualTo("d-1.1.1");
        assertThat(outcome.get("servedBy").get(1).get("basis").asString()).isEqualTo("containment");
        assertThat(outcome.get("servedBy").get(1).get("route").size()).isZero();
        assertThat(measure.propertyNames()).containsExactly("element", "path", "theme", "children", "linksOut",
                "linksIn");
        assertThat(measure.get("theme").isNull()).isTrue();
    }

    @Test
    void jsonGivesALinksNote() {
        JsonNode theme = json(PlanRun.of("trace", "--format", "json", FILE, "t-1"));
        JsonNode value = json(PlanRun.of("trace", "--format", "json", FILE, "v-1"));

        assertThat(theme.get("linksOut").get(0).get("note").asString()).isEqualTo("Working with residents");
        assertThat(value.get("linksIn").get(0).get("from").get("id").asString()).isEqualTo("t-1");
        assertThat(value.get("linksIn").get(0).get("note").asString()).isEqualTo("Working with residents");
    }

    @Test
    void aNumberSharedByElementsListsThemAndExitsOne() {
        PlanRun run = PlanRun.of("trace", FILE, "1.1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("plan: " + FILE + ": '1.1' is the number of 2 elements; give the id of one:" + NL
                + "  Outcome 1.1 (o-1): cleaner streets" + NL
                + "  Priority 1.1 (p-1.1): Keep streets clean" + NL);
    }

    @Test
    void anIdWinsOverANumber() {
        PlanRun run = PlanRun.of("trace", FILE, "p-1.1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Priority 1.1 (p-1.1): Keep streets clean" + NL);
    }

    @Test
    void anUnknownIdSuggestsTheNearestIdsAndNumbers() {
        PlanRun typo = PlanRun.of("trace", FILE, "d-1.1.9");
        PlanRun prefix = PlanRun.of("trace", FILE, "D-2");

        assertThat(typo.exitCode()).isEqualTo(1);
        assertThat(typo.out()).isEmpty();
        assertThat(typo.err()).isEqualTo("plan: " + FILE
                + ": no element has the id or number 'd-1.1.9'; nearest: d-1.1.1, d-1.1.2, d-2.1.1" + NL);
        assertThat(prefix.exitCode()).isEqualTo(1);
        assertThat(prefix.err()).startsWith("plan: " + FILE + ": no element has the id or number 'D-2'; nearest: d-2.1.1, ");
    }

    @Test
    void anArgumentLikeNothingSuggestsNothingAndShowsNoControlCharacters() {
        PlanRun run = PlanRun.of("trace", FILE, "\u001b[31mzzzzzzzzzzzzzzzzzzzzzzzzzzzzz");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("plan: " + FILE
                + ": no element has the id or number '\\u001b[31mzzzzzzzzzzzzzzzzzzzzzzzzzzzzz'" + NL);
        assertThat(run.errShowsStackTrace()).isFalse();
    }

    @Test
    void anInvalidDocumentIsReportedAsValidateReportsItAndExitsOne() throws IOException {
        Path file = Files.writeString(dir.resolve("invalid.json"), "{}", StandardCharsets.UTF_8);

        PlanRun run = PlanRun.of("trace", file.toString(), "d-1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(file + ":1:1: error schema.required: ").endsWith(file + ": 5 errors" + NL);
        assertThat(run.errShowsStackTrace()).isFalse();
    }

    @Test
    void aFileThatCannotBeReadExitsTwo() {
        Path missing = dir.resolve("missing.json");

        PlanRun run = PlanRun.of("trace", missing.toString(), "d-1");
        PlanRun directory = PlanRun.of("trace", dir.toString(), "d-1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("plan: " + missing + ": cannot read: no such file" + NL);
        assertThat(directory.exitCode()).isEqualTo(2);
        assertThat(directory.err()).isEqualTo("plan: " + dir + ": cannot read: is a directory" + NL);
    }

    @Test
    void workFollowsItsLinksIntoARelatedPlanGivenWithIt() {
        PlanRun run = PlanRun.of("trace", DELIVERY, "a-12", "--with", STRATEGY);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(""
                + "Deliverable 1.1 (a-12): Bring ten empty shops back into use" + NL
                + "Path: Deliverable 1.1 < Theme 1 < Plan 'example-delivery-2025'" + NL
                + "Theme: Theme 1 (d-t1): Town centres and homes" + NL
                + "Children: none" + NL
                + "Links out:" + NL
                + "  contributesTo -> Outcome 1.1 (s-o1): Fewer empty shops in the town centre in plan"
                + " 'example-strategy'" + NL
                + "  contributesTo -> Priority 1.2 (s-p1): Bring empty shops back into use in plan"
                + " 'example-strategy'" + NL
                + "Links in: none" + NL
                + "Serves:" + NL
                + "  Outcome 1.1 (s-o1): Fewer empty shops in the town centre in plan 'example-strategy'; by"
                + " links: a-12 contributesTo s-o1" + NL);
    }

    @Test
    void anOutcomeIsServedByWorkOfARelatedPlanGivenWithIt() {
        PlanRun alone = PlanRun.of("trace", STRATEGY, "s-o2");
        PlanRun together = PlanRun.of("trace", STRATEGY, "s-o2", "--with", DELIVERY);

        assertThat(alone.exitCode()).isZero();
        assertThat(alone.out()).endsWith("Served by: none" + NL);
        assertThat(together.exitCode()).isZero();
        assertThat(together.out()).endsWith("Served by:" + NL
                + "  Deliverable 1.3 (a-14): Start building forty council homes in plan 'example-delivery-2025'; by"
                + " links: a-14 contributesTo s-o2" + NL);
    }

    @Test
    void jsonNamesThePlanOfEveryElementOfARelatedPlan() {
        JsonNode work = json(PlanRun.of("trace", "--format", "json", DELIVERY, "a-14", "--with", STRATEGY));
        JsonNode outcome = json(PlanRun.of("trace", "--format", "json", STRATEGY, "s-o2", "--with", DELIVERY));

        JsonNode link = work.get("linksOut").get(0);
        assertThat(link.get("to").get("id").asString()).isEqualTo("s-o2");
        assertThat(link.get("plan").asString()).isEqualTo("example-strategy");
        assertThat(link.get("note").asString()).isEqualTo("The first of the homes the strategy plans");
        assertThat(work.get("serves").get(0).get("outcome").get("id").asString()).isEqualTo("s-o2");
        assertThat(work.get("serves").get(0).get("plan").asString()).isEqualTo("example-strategy");
        JsonNode servedBy = outcome.get("servedBy").get(0);
        assertThat(servedBy.get("work").get("id").asString()).isEqualTo("a-14");
        assertThat(servedBy.get("plan").asString()).isEqualTo("example-delivery-2025");
        assertThat(servedBy.get("basis").asString()).isEqualTo("link");
    }

    @Test
    void anElementOfThePlanItselfHasNoPlanInJson() {
        JsonNode trace = json(PlanRun.of("trace", "--format", "json", FILE, "d-1.1.2"));

        assertThat(trace.get("linksOut").get(0).has("plan")).isFalse();
        assertThat(trace.get("serves").get(0).has("plan")).isFalse();
    }

    @Test
    void aLinkThatTheRelatedPlanGivenCannotResolveIsReportedAsValidateReportsIt() throws IOException {
        String delivery = Files.readString(Path.of(DELIVERY), StandardCharsets.UTF_8);
        Path file = Files.writeString(dir.resolve("delivery.json"), delivery.replace("\"s-o2\"", "\"s-o9\""),
                StandardCharsets.UTF_8);

        PlanRun run = PlanRun.of("trace", file.toString(), "a-14", "--with", STRATEGY);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(file + ":").contains(": error rule.unresolved-reference: plan: links[3] to"
                + " 's-o9' in plan 'example-strategy' names no element of that plan").endsWith(file + ": 1 error" + NL);
        assertThat(run.errShowsStackTrace()).isFalse();
    }

    @Test
    void aRelatedPlanThatCannotBeReadExitsTwo() {
        Path missing = dir.resolve("strategy.json");

        PlanRun run = PlanRun.of("trace", DELIVERY, "a-12", "--with", missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("plan: " + missing + ": cannot read: no such file" + NL);
    }

    @Test
    void anElementIsLookedForInThePlanTracedNotInThePlansGivenWithIt() {
        PlanRun run = PlanRun.of("trace", DELIVERY, "s-o2", "--with", STRATEGY);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("plan: " + DELIVERY + ": no element has the id or number 's-o2'");
    }

    @Test
    void aMissingIdIsAUsageError() {
        PlanRun run = PlanRun.of("trace", FILE);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("plan: Missing required parameter: 'ID'").contains("Usage: plan trace ");
        assertThat(run.out()).isEmpty();
    }

    private static JsonNode json(PlanRun run) {
        assertThat(run.exitCode()).isZero();
        return JsonMapper.shared().readTree(run.out());
    }
}

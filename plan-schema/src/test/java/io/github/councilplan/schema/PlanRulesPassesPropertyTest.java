package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanArbitraries;
import io.github.councilplan.schema.rules.DocumentNode;
import io.github.councilplan.schema.rules.SecondThreads;
import io.github.councilplan.schema.rules.PlanRules;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link PlanRules#passes}, which shares the rules out between the calling thread and another,
 * says that a document passes exactly when {@link PlanRules#check} reports nothing over it: over
 * written plans with their structure changed or a value swapped (as trees, and as models where
 * they still bind), over generated plans' models, and with a fault of the first rule or a later
 * one, whichever thread takes it (a helper that runs its task at once takes every rule).
 * And the fast path's helped check gives a large document, valid or with a warning, the report of
 * the full check.
 */
class PlanRulesPassesPropertyTest {
    private static final Executor HELPER = SecondThreads.OTHER_THREAD;
    /** A helper that runs its task at once: it takes every rule. */
    private static final Executor CALLER = SecondThreads.AT_ONCE;

    private static boolean reportsNothing(DocumentNode root) {
        boolean[] reported = {false};
        PlanRules.check(root, (code, pointer, message, related) -> reported[0] = true);
        return !reported[0];
    }

    /**
     * Tells whether the rules report nothing over {@code root}, counting both answers so that a
     * property whose documents all get the same one (and so could not tell the two ways apart)
     * fails: each must be more than 5 % of the tries that reach the rules (a property over models
     * reaches them only with the documents that bind).
     */
    private static boolean reportsNothingCounted(DocumentNode root) {
        boolean nothing = reportsNothing(root);
        Statistics.label("rules").collect(nothing ? "nothing reported" : "reported");
        Statistics.label("rules").coverage(coverage -> {
            coverage.check("nothing reported").percentage(p -> p > 5);
            coverage.check("reported").percentage(p -> p > 5);
        });
        return nothing;
    }

    private static void assertPassesExactlyWhenNothingIsReported(DocumentNode root) {
        boolean nothing = reportsNothingCounted(root);
        assertThat(PlanRules.passes(root, HELPER)).as("on another thread").isEqualTo(nothing);
        assertThat(PlanRules.passes(root, CALLER)).as("on the calling thread").isEqualTo(nothing);
        assertThat(PlanRules.passes(root, true)).as("helped by the common pool").isEqualTo(nothing);
        assertThat(PlanRules.passes(root, false)).as("unhelped").isEqualTo(nothing);
    }

    @Property(tries = 1_000)
    void aChangedPlanPassesExactlyWhenTheRulesReportNothing(@ForAll("changedPlans") ObjectNode document) {
        assertPassesExactlyWhenNothingIsReported(DocumentNode.of(document));
    }

    @Property(tries = 1_000)
    void aPlanWithAValueSwappedPassesExactlyWhenTheRulesReportNothing(@ForAll("swappedValues") ObjectNode document) {
        assertPassesExactlyWhenNothingIsReported(DocumentNode.of(document));
    }

    @Property(tries = 1_000)
    void theModelOfAChangedPlanThatBindsPassesExactlyWhenTheRulesReportNothing(
            @ForAll("swappedValues") ObjectNode document) {
        byte[] json = document.toString().getBytes(StandardCharsets.UTF_8);
        Optional<Plan> plan = new FastPath(ValidationLimits.defaults()).bind(json, false);
        Statistics.label("binds").collect(plan.isPresent());
        Statistics.label("binds").coverage(coverage -> coverage.check(true).percentage(p -> p > 30));
        if (plan.isPresent()) {
            DocumentNode root = DocumentNode.ofModel(plan.get());
            assertThat(PlanRules.passes(root, HELPER)).isEqualTo(reportsNothingCounted(root));
        }
    }

    @Property(tries = 100)
    void aGeneratedPlansModelPassesExactlyWhenTheRulesReportNothing(@ForAll("generatedPlans") Plan plan) {
        DocumentNode root = DocumentNode.ofModel(plan);

        assertThat(PlanRules.passes(root, HELPER)).isEqualTo(reportsNothingCounted(root));
    }

    @Example
    void aValidPlanPasses() {
        assertThat(PlanRules.passes(DocumentNode.of(RuleDocuments.valid()), HELPER)).isTrue();
    }

    @Example
    void aFaultOfTheFirstRuleFailsThePlan() {
        // an id used twice: the ids are the first rule the two threads share out
        ObjectNode document = RuleDocuments.with(RuleDocuments.valid(), "/measures/0/id", "'t1'");

        assertThat(PlanRules.passes(DocumentNode.of(document), HELPER)).isFalse();
        assertThat(PlanRules.passes(DocumentNode.of(document), CALLER)).isFalse();
    }

    @Example
    void aFaultOfALaterRuleFailsThePlan() {
        // a plan period that ends before it starts: a rule of the periods, taken after the ids and links
        ObjectNode document = RuleDocuments.with(RuleDocuments.valid(), "/period", "{'start': '2025/26', 'end': '2024/25'}");

        assertThat(PlanRules.passes(DocumentNode.of(document), HELPER)).isFalse();
        assertThat(PlanRules.passes(DocumentNode.of(document), CALLER)).isFalse();
    }

    @Example
    void aHelperThatNeverBeginsItsTaskLeavesEveryRuleToTheCallingThread() {
        Executor never = SecondThreads.NEVER;
        ObjectNode document = RuleDocuments.with(RuleDocuments.valid(), "/measures/0/id", "'t1'");

        assertThat(PlanRules.passes(DocumentNode.of(document), never)).isFalse();
        assertThat(PlanRules.passes(DocumentNode.of(RuleDocuments.valid()), never)).isTrue();
    }

    @Example
    void aHelperThatRefusesItsTaskLeavesEveryRuleToTheCallingThread() {
        Executor refusing = runnable -> {
            throw new RejectedExecutionException("busy");
        };
        ObjectNode document = RuleDocuments.with(RuleDocuments.valid(), "/measures/0/id", "'t1'");

        assertThat(PlanRules.passes(DocumentNode.of(document), refusing)).isFalse();
        assertThat(PlanRules.passes(DocumentNode.of(RuleDocuments.valid()), refusing)).isTrue();
    }

    @Example
    void aRootThatIsNoObjectPassesAsTheRulesReportNothingOverIt() {
        assertThat(PlanRules.passes(null, HELPER)).isTrue();
        assertThat(PlanRules.passes(DocumentNode.of(RuleDocuments.json("[1]")), HELPER)).isTrue();
    }

    @Example
    void aLargeValidDocumentCheckedWithAHelperGetsTheReportOfTheFullCheck() {
        byte[] json = large(RuleDocuments.valid());
        assertThat(json.length).isGreaterThanOrEqualTo(PlanRules.HELPED_FROM_BYTES);
        FastPath fast = new FastPath(ValidationLimits.defaults());
        Plan plan = fast.bind(json, false).orElseThrow();

        assertThat(fast.rulesPass(plan, true)).isTrue();
        ValidationReport report = PlanValidator.create().validate(json, DocumentFormat.JSON);
        ValidationReport full = PlanValidator.fullCheckOnly(ValidationLimits.defaults()).validate(json, DocumentFormat.JSON);
        assertThat(report.problems()).isEqualTo(full.problems());
        assertThat(report.plan()).isPresent().isEqualTo(full.plan());
    }

    @Example
    void aLargeDocumentWithAWarningGetsTheReportOfTheFullCheck() {
        // a milestone due after the plan ends: a warning of the period rules, over a model that binds
        ObjectNode document = RuleDocuments.with(RuleDocuments.valid(),
                "/themes/0/priorities/0/deliverables/0/milestones/0/due", "'2035-03-31'");
        byte[] json = large(document);
        FastPath fast = new FastPath(ValidationLimits.defaults());

        assertThat(fast.rulesPass(fast.bind(json, false).orElseThrow(), true)).isFalse();
        ValidationReport report = PlanValidator.create().validate(json, DocumentFormat.JSON);
        ValidationReport full = PlanValidator.fullCheckOnly(ValidationLimits.defaults()).validate(json, DocumentFormat.JSON);
        assertThat(report.problems()).isNotEmpty().isEqualTo(full.problems());
    }

    /** Returns the document made larger than the size from which the rules are helped, by a long title. */
    private static byte[] large(ObjectNode document) {
        ObjectNode copy = document.deepCopy();
        copy.put("title", "A plan of many words. ".repeat(PlanRules.HELPED_FROM_BYTES / 22 + 1));
        return copy.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Provide
    Arbitrary<ObjectNode> changedPlans() {
        return DocumentMutation.mutated(ValidPlans.written(), 3);
    }

    @Provide
    Arbitrary<ObjectNode> swappedValues() {
        return new FastPathVerdictPropertyTest().swappedValues();
    }

    @Provide
    Arbitrary<Plan> generatedPlans() {
        return PlanArbitraries.plans();
    }
}

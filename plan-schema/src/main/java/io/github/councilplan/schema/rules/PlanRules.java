package io.github.councilplan.schema.rules;

import io.github.councilplan.model.reading.ConcurrentGroups;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;


/**
 * The plan rules a JSON Schema cannot express, checked over a document's tree, which they walk by
 * the plan's structure ({@link DocumentElements}). The rules are written defensively: they skip
 * values of the wrong type, which the schema layer reports, so they run on any tree, reporting
 * every violation they find.
 *
 * <p>Each group of rules is a class of its own: {@link IdRules} (ids unique across the plan),
 * {@link NumberingRules} (numbers unique among siblings and consistent with nesting),
 * {@link ReferenceRules} (owners, links and related plans resolve to elements of the right kind),
 * {@link PeriodRules} (the plan's period, dates and reporting periods), {@link RevisionRules}
 * (targets' revisions), {@link MetricRules} (national metrics), {@link EditionRules},
 * {@link OrganisationRules} (the organisation's identifiers of one nation),
 * {@link LanguageRules} (language tags, and text in every declared language) and
 * {@link CompletenessWarnings}; across documents given together, {@link RelatedPlanRules}. Where
 * the schema already reports a problem (a draft with an adoption date, an achieved milestone whose
 * status is not complete, a duplicate or non-canonical language the schema's pattern rejects), the
 * rules leave it to the schema, so that no problem is reported twice.
 */
public final class PlanRules {
    /**
     * The size from which a document's rules are worth checking on two threads at once
     * ({@link #passes}): about a millisecond of rules in a warm JVM, against tens of microseconds
     * to hand work to another thread and wait for it.
     */
    public static final int HELPED_FROM_BYTES = 256 * 1024;

    /** One rule, or a group of rules checked together, over a document's elements. */
    @FunctionalInterface
    private interface Rule {
        void check(DocumentElements elements, RuleSink sink);
    }

    /**
     * Every rule of one document, in the order {@link #check} checks them; {@link #passes} shares
     * them out in this order between two threads, each taking the next rule when it has checked
     * one, so those that cost least come last (over a plan with many elements the links, languages
     * and periods cost most), for the two threads to end together.
     */
    private static final List<Rule> RULES = List.of(
            IdRules::check,
            NumberingRules::check,
            ReferenceRules::check,
            LanguageRules::check,
            PeriodRules::checkAgainstPlan,
            PeriodRules::checkMeasures,
            PeriodRules::checkWork,
            RevisionRules::check,
            MetricRules::check,
            (elements, sink) -> EditionRules.check(elements.root(), sink),
            (elements, sink) -> OrganisationRules.check(elements.root(), sink),
            CompletenessWarnings::check);

    private PlanRules() {}

    /**
     * Tells whether the rules of a document of this size pay for a second thread ({@link #passes}
     * rather than {@link #check}): a document of {@link #HELPED_FROM_BYTES} or more, on a machine
     * with more than one processor. The one place that decides it, for the validator and for what
     * measures it.
     *
     * @param documentBytes the document's size in bytes
     * @return true when a second thread pays
     */
    public static boolean worthHelping(long documentBytes) {
        return documentBytes >= HELPED_FROM_BYTES && Runtime.getRuntime().availableProcessors() > 1;
    }

    /**
     * Checks every rule of one document over the root of its JSON tree, reporting to {@code sink}.
     *
     * @param root the document's tree (any tree: the rules read it defensively), or null
     * @param sink where the problems go, not null
     * @return the document's elements, for the rules across documents; not null
     */
    public static DocumentElements check(JsonNode root, RuleSink sink) {
        return check(DocumentNode.of(root), sink);
    }

    /**
     * Checks every rule of one document over its root, a tree's or a model's (as
     * {@link DocumentNode} reads either), reporting to {@code sink}.
     *
     * @param root the document's root (any tree: the rules read it defensively), or null
     * @param sink where the problems go, not null
     * @return the document's elements, for the rules across documents; not null
     */
    public static DocumentElements check(DocumentNode root, RuleSink sink) {
        DocumentElements elements = DocumentElements.of(root);
        if (root == null || !root.isObject()) {
            return elements;
        }
        for (Rule rule : RULES) {
            rule.check(elements, sink);
        }
        return elements;
    }

    /**
     * Tells whether every rule of one document passes, that is whether {@link #check} would
     * report nothing at all over the same root, with the document's elements found and the rules
     * checked on two threads at once: the calling thread and, once it begins, a task handed to
     * {@code helper} each walk the next run of the plan's elements when they have walked one
     * ({@link DocumentElements#of(DocumentNode, Executor)}), then each take the next rule of the
     * list when they have checked one, until every rule is checked or one has reported
     * something. The calling thread does whatever the helper has not taken, so a
     * helper that refuses the task, or begins it late, costs time, never a hang. Only whether
     * anything is reported is known, not what nor in which order: for a document large enough
     * that a second core pays for handing the work over.
     *
     * @param root the document's root (any tree: the rules read it defensively), or null
     * @param helper where the second thread's task may run, not null; it may refuse the task by
     *     throwing
     * @return true when no rule reports anything
     * @throws NullPointerException if {@code helper} is null
     */
    public static boolean passes(DocumentNode root, Executor helper) {
        Objects.requireNonNull(helper, "helper");
        return shared(root, helper);
    }

    /**
     * Tells whether every rule of one document passes, that is whether {@link #check} would
     * report nothing at all over the same root: {@code helped}, on two threads at once with a
     * thread of the common fork-join pool ({@link #passes(DocumentNode, Executor)}); else on the
     * calling thread alone, which stops at the first rule that reports something. The one way the
     * fast path, and what measures it, checks the rules.
     *
     * @param root the document's root (any tree: the rules read it defensively), or null
     * @param helped whether to hand a share of the rules to the common pool, as for a document
     *     {@link #worthHelping worth helping}
     * @return true when no rule reports anything
     */
    public static boolean passes(DocumentNode root, boolean helped) {
        return shared(root, helped ? ForkJoinPool.commonPool() : null);
    }

    /** Checks the rules until one reports: shared with a task on {@code helper}, or, if null, alone. */
    private static boolean shared(DocumentNode root, Executor helper) {
        DocumentElements elements = helper == null ? DocumentElements.of(root) : DocumentElements.of(root, helper);
        if (root == null || !root.isObject()) {
            return true;
        }
        // the rules only read the document and its elements, which nothing changes once found
        AtomicBoolean reported = new AtomicBoolean();
        AtomicInteger next = new AtomicInteger();
        RuleSink sink = (code, pointer, message, related) -> reported.set(true);
        Runnable share = () -> {
            for (int i = next.getAndIncrement(); i < RULES.size() && !reported.get(); i = next.getAndIncrement()) {
                RULES.get(i).check(elements, sink);
            }
        };
        if (helper == null) {
            share.run();
        } else {
            ConcurrentGroups.run(share, share, helper);
        }
        return !reported.get();
    }
}

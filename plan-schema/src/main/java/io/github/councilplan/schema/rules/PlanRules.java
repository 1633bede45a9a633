package io.github.councilplan.schema.rules;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
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
     * The size from which a document's rules are worth checking in two groups at once
     * ({@link #passes}): about a millisecond of rules in a warm JVM, against tens of microseconds
     * to hand work to another thread and wait for it.
     */
    public static final int HELPED_FROM_BYTES = 256 * 1024;

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
        checkIdsAndLinks(elements, sink);
        checkTheRest(elements, sink);
        return elements;
    }

    /**
     * Tells whether every rule of one document passes, that is whether {@link #check} would
     * report nothing at all over the same root, with the rules in two groups of about equal cost
     * checked at the same time: the ids, numbers and links handed to {@code helper}, the rest on
     * the calling thread, which then checks the first group itself if the helper has not begun it.
     * Only whether anything is reported is known, not what nor in which order: for a document
     * large enough that a second core pays for handing the work over.
     *
     * @param root the document's root (any tree: the rules read it defensively), or null
     * @param helper where the first group may run, not null; if it refuses the work, or does not
     *     begin it in time, the calling thread checks the group
     * @return true when no rule reports anything
     * @throws NullPointerException if {@code helper} is null
     */
    public static boolean passes(DocumentNode root, Executor helper) {
        Objects.requireNonNull(helper, "helper");
        DocumentElements elements = DocumentElements.of(root);
        if (root == null || !root.isObject()) {
            return true;
        }
        // the groups only read the document and its elements, which nothing changes once found
        AtomicBoolean reported = new AtomicBoolean();
        RuleSink sink = (code, pointer, message, related) -> reported.set(true);
        ConcurrentGroups.run(() -> checkIdsAndLinks(elements, sink), () -> checkTheRest(elements, sink), helper);
        return !reported.get();
    }

    /**
     * Tells whether every rule of one document passes, that is whether {@link #check} would
     * report nothing at all over the same root: {@code helped}, in two groups at once with a
     * thread of the common fork-join pool ({@link #passes(DocumentNode, Executor)}); else on the
     * calling thread alone. The one way the fast path, and what measures it, checks the rules.
     *
     * @param root the document's root (any tree: the rules read it defensively), or null
     * @param helped whether to hand a group to the common pool, as for a document
     *     {@link #worthHelping worth helping}
     * @return true when no rule reports anything
     */
    public static boolean passes(DocumentNode root, boolean helped) {
        if (helped) {
            return passes(root, ForkJoinPool.commonPool());
        }
        boolean[] reported = {false};
        check(root, (code, pointer, message, related) -> reported[0] = true);
        return !reported[0];
    }

    /** The first group of rules, in the order {@link #check} reports them: ids, numbers and links. */
    private static void checkIdsAndLinks(DocumentElements elements, RuleSink sink) {
        IdRules.check(elements, sink);
        NumberingRules.check(elements, sink);
        ReferenceRules.check(elements, sink);
    }

    /** The second group of rules, in the order {@link #check} reports them after the first. */
    private static void checkTheRest(DocumentElements elements, RuleSink sink) {
        PeriodRules.check(elements, sink);
        RevisionRules.check(elements, sink);
        MetricRules.check(elements, sink);
        EditionRules.check(elements.root(), sink);
        OrganisationRules.check(elements.root(), sink);
        LanguageRules.check(elements, sink);
        CompletenessWarnings.check(elements, sink);
    }
}

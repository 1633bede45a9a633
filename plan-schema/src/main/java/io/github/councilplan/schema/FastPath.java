package io.github.councilplan.schema;

import io.github.councilplan.model.Plan;
import io.github.councilplan.schema.read.JsonTreeReader;
import io.github.councilplan.schema.rules.DocumentNode;
import io.github.councilplan.schema.rules.PlanRules;
import io.github.councilplan.model.json.PlanJson;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import tools.jackson.core.JacksonException;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;

/**
 * The way a valid JSON document is validated: without a tree, without the schema library and
 * without locating anything, since there is nothing to locate. A document passes when it is
 * strictly UTF-8; when one streaming pass binds it to the model ({@link PlanJson#tryRead}, which
 * follows the plan's structure from token to builder with no data binding and no tree but
 * {@code extensions}), which is as strict as the schema and refuses a name repeated in its
 * object, while {@link CheckedTokens} checks each token the binding reads for what else the
 * readers refuse (a name or string over the limit, a number too long written out in full, an
 * unpaired surrogate) and the parser holds every other limit; when the plan rules, read over
 * the model ({@link DocumentNode#ofModel}), find nothing at all; and when the plan declares no
 * extension (whose data only the full check checks against the extension's schema). Anything
 * else, even a warning, and the validator checks the document the full way, which reports every
 * problem located. So the fast path only decides that a document is valid with no problem; every
 * other verdict is the full check's.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class FastPath {
    /**
     * Tells whether a document's rules are to be checked on two threads ({@link #rulesPass}): when
     * it is checked alone (no other document at the same time) and the rules' own measure of a
     * document worth helping ({@link PlanRules#worthHelping}) says so.
     *
     * @param length the document's size in bytes
     * @param alone whether no other document is being checked at the same time
     * @return true when the rules are worth handing in part to another thread
     */
    static boolean helps(int length, boolean alone) {
        return alone && PlanRules.worthHelping(length);
    }

    private final TokenStreamFactory factory;
    /** The factory of parsers of a plan's own lists, one level down from the document's root. */
    private final TokenStreamFactory listFactory;
    private final ValidationLimits limits;

    FastPath(ValidationLimits limits) {
        this.factory = factory(limits, 0);
        this.listFactory = factory(limits, 1);
        this.limits = limits;
    }

    /** A factory of parsers of parts of a document {@code depth} levels down from its root. */
    private static TokenStreamFactory factory(ValidationLimits limits, int depth) {
        return JsonFactory.builder()
                .streamReadConstraints(JsonTreeReader.constraints(limits).rebuild()
                        .maxNestingDepth(Math.max(0, limits.maxNestingDepth() - depth))
                        .build())
                // a repeated name is refused by the binding, at less cost than the parser's check
                .build();
    }

    /**
     * Reads a JSON document the fast way, up to the model, in one streaming pass: strictly UTF-8,
     * its tokens checked as the model binds them. The document's bytes are not needed after this,
     * so a caller that can read them again (from a file) need not hold them while the rules run.
     *
     * <p>{@code helped}, the plan's own lists are bound on the calling thread and on a thread of
     * the common fork-join pool at the same time ({@link PlanJson#tryRead(byte[],
     * PlanJson.PartParsers, java.util.concurrent.Executor)}), each part read by a parser as
     * checked, and as bounded, as the parser of the whole document.
     *
     * @param helped whether to bind on two threads, which pays for a document
     *     {@link PlanRules#worthHelping worth helping}
     * @return the plan, when the document reads and binds; empty when the full check must decide
     */
    Optional<Plan> bind(byte[] document, boolean helped) {
        StrictUtf8.Scan scan = StrictUtf8.scan(document);
        if (scan == StrictUtf8.Scan.NOT_STRICT) {
            return Optional.empty();
        }
        boolean escapedSurrogates = scan == StrictUtf8.Scan.STRICT_ESCAPING_SURROGATES;
        PlanJson.PartParsers parsers = (bytes, offset, length, depth) -> new CheckedTokens(
                (depth == 0 ? factory : depth == 1 ? listFactory : factory(limits, depth))
                        .createParser(ObjectReadContext.empty(), bytes, offset, length),
                limits, escapedSurrogates);
        try {
            return helped
                    ? PlanJson.standard().tryRead(document, parsers, ForkJoinPool.commonPool())
                    : PlanJson.standard().tryRead(document, parsers);
        } catch (JacksonException e) {
            // the parser's limits or CheckedTokens refused a token; the model's refusals are an empty binding
            return Optional.empty();
        }
    }

    /**
     * Checks the plan rules over a plan {@link #bind bound} the fast way: on the calling thread,
     * or, {@code helped}, on it and on a thread of the common fork-join pool at the same time
     * ({@link PlanRules#passes}), which pays for a document {@link PlanRules#worthHelping worth helping};
     * a pool too busy to begin its part leaves it to the calling thread.
     *
     * @return true when the rules find no problem of any severity and the plan declares no
     *     extension; false when the full check must decide
     */
    boolean rulesPass(Plan plan, boolean helped) {
        if (!plan.extensionsUsed().isEmpty()) {
            // declared extensions are checked against their schemas over the located tree only
            return false;
        }
        return PlanRules.passes(DocumentNode.ofModel(plan), helped);
    }
}

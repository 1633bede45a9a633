package io.github.councilplan.schema.rules;

import io.github.councilplan.model.structure.JsonNames;
import io.github.councilplan.schema.read.Pointers;

import io.github.councilplan.schema.ProblemCode;

import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Plan;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules between plan documents validated together, such as a long-term strategy and its
 * annual delivery plan. A link with a {@code toPlan} that names one of the plan's
 * {@code relatedPlans} is checked against that plan's document when it is among those given:
 * {@link ProblemCode#RULE_UNRESOLVED_REFERENCE} when the other plan has no element with the link's
 * {@code to}, {@link ProblemCode#RULE_WRONG_REFERENCE_KIND} when the element is of a kind the link's
 * {@link LinkKind} cannot end at. Links into a plan whose document was not given cannot be checked:
 * {@link ProblemCode#RULE_UNCHECKED_REFERENCE}, a note, once per such plan, at its entry in
 * {@code relatedPlans}.
 *
 * <p>Documents with one plan id are editions of one plan (a plan and its yearly refresh, say) when
 * their {@code edition} names differ, and are then checked each on its own; two with one plan id
 * and one edition name, or neither with an edition, are {@link ProblemCode#RULE_DUPLICATE_ID},
 * reported at the later one's {@code id}. A link into a plan of which several editions are given
 * is checked against the current one: the last given that is not superseded, or, if all are, the
 * last given.
 */
public final class RelatedPlanRules {
    /**
     * One document given: its root, its elements (found only when another document links into it,
     * for a document known by its model) and where its problems go. Not thread-safe: one check
     * reads it at a time.
     */
    public static final class Given {
        private final DocumentNode root;
        private final RuleSink sink;
        private DocumentElements elements;

        private Given(DocumentNode root, DocumentElements elements, RuleSink sink) {
            this.root = root;
            this.elements = elements;
            this.sink = Objects.requireNonNull(sink, "sink");
        }

        /**
         * Returns a document read as a tree, whose elements the rules of one document found.
         *
         * @param elements its elements, or null if it could not be read
         * @param sink where its problems go, not null
         * @return the document, not null
         * @throws NullPointerException if {@code sink} is null
         */
        public static Given of(DocumentElements elements, RuleSink sink) {
            return new Given(elements == null ? null : elements.root(), elements, sink);
        }

        /**
         * Returns a document known by its model, whose elements are found only if another
         * document links into it: a document checked alone holds no index of its elements.
         *
         * @param plan its plan, not null
         * @param sink where its problems go, not null
         * @return the document, not null
         * @throws NullPointerException if an argument is null
         */
        public static Given ofModel(Plan plan, RuleSink sink) {
            return new Given(DocumentNode.ofModel(Objects.requireNonNull(plan, "plan")), null, sink);
        }

        /** Returns the document's root, or null if it could not be read. */
        DocumentNode root() {
            return root;
        }

        /** Returns the document's elements, found now if not yet. */
        DocumentElements elements() {
            if (elements == null && root != null) {
                elements = DocumentElements.elementsOf(root);
            }
            return elements;
        }

        RuleSink sink() {
            return sink;
        }
    }

    private RelatedPlanRules() {}

    /**
     * Checks the rules across documents given together: one plan id each, and links into a
     * related plan whose document is given resolve there.
     *
     * @param documents the documents, in the order given; not null
     */
    public static void check(List<Given> documents) {
        Map<String, Given> byPlanId = new HashMap<>();
        Map<String, Set<Optional<String>>> editions = new HashMap<>();
        for (Given document : documents) {
            if (document.root() == null) {
                continue;
            }
            DocumentNode root = document.root();
            Optional<String> id = NodeValues.string(root, "id");
            if (id.isEmpty()) {
                continue;
            }
            Optional<String> edition = NodeValues.string(NodeValues.object(root, "edition"), "name");
            if (!editions.computeIfAbsent(id.get(), k -> new HashSet<>()).add(edition)) {
                document.sink().report(ProblemCode.RULE_DUPLICATE_ID, "/id", "plan: id '" + id.get() + "'"
                        + edition.map(name -> " with edition '" + name + "'").orElse("")
                        + " is also the id" + (edition.isPresent() ? " and edition" : "")
                        + " of a plan document given before this one");
                continue;
            }
            Given current = byPlanId.get(id.get());
            if (current == null || !superseded(root) || superseded(current.root())) {
                byPlanId.put(id.get(), document);
            }
        }
        for (Given document : documents) {
            if (document.root() != null) {
                checkLinks(document, byPlanId);
            }
        }
    }

    /** Tells whether a plan document says its edition is superseded. */
    private static boolean superseded(DocumentNode root) {
        return NodeValues.string(NodeValues.object(root, "edition"), "status").filter("superseded"::equals)
                .isPresent();
    }

    private static void checkLinks(Given document, Map<String, Given> byPlanId) {
        DocumentNode root = document.root();
        Map<String, Integer> related = new HashMap<>();
        DocumentNode plans = NodeValues.array(root, "relatedPlans");
        for (int i = 0; i < NodeValues.size(plans); i++) {
            int index = i;
            NodeValues.string(plans.get(i), "id").ifPresent(id -> related.putIfAbsent(id, index));
        }
        Map<String, Integer> unchecked = new LinkedHashMap<>();
        DocumentNode links = NodeValues.array(root, "links");
        for (int i = 0; i < NodeValues.size(links); i++) {
            DocumentNode link = links.get(i);
            Optional<String> toPlan = NodeValues.string(link, "toPlan");
            Optional<String> to = NodeValues.string(link, "to");
            if (toPlan.isEmpty() || to.isEmpty() || !related.containsKey(toPlan.get())) {
                continue;
            }
            Given other = byPlanId.get(toPlan.get());
            if (other == null || other == document) {
                unchecked.merge(toPlan.get(), 1, Integer::sum);
                continue;
            }
            Optional<LinkKind> kind = NodeValues.string(link, "kind").flatMap(k -> JsonNames.fromJsonName(LinkKind.class, k));
            String at = Pointers.child("/links", i, "to");
            String end = "plan: links[" + i + "] to '" + to.get() + "' in plan '" + toPlan.get() + "'";
            Optional<ElementNode> element = other.elements().resolve(to.get());
            if (element.isEmpty() || element.get().kind() == ElementKind.PLAN) {
                document.sink().report(ProblemCode.RULE_UNRESOLVED_REFERENCE, at, end
                        + " names no element of that plan");
                continue;
            }
            Set<ElementKind> allowed = kind.map(LinkKind::targets).orElse(null);
            if (allowed != null && !allowed.contains(element.get().kind())) {
                document.sink().report(ProblemCode.RULE_WRONG_REFERENCE_KIND, at, end + " is "
                        + element.get().describe() + ", but a link of kind '" + JsonNames.jsonName(kind.get())
                        + "' ends at " + ReferenceRules.kinds(allowed));
            }
        }
        unchecked.forEach((plan, count) -> document.sink().report(ProblemCode.RULE_UNCHECKED_REFERENCE,
                Pointers.child("/relatedPlans", related.get(plan), "id"), "plan: " + count
                        + (count == 1 ? " link" : " links") + " into plan '" + plan + "' could not be checked: its"
                        + " document was not given with this one"));
    }
}

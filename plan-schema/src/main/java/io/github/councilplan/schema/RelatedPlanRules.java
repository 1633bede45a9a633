package io.github.councilplan.schema;

import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.LinkKind;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * {@code relatedPlans}. Two documents given together with one plan id are
 * {@link ProblemCode#RULE_DUPLICATE_ID}, reported at the later one's {@code id}.
 */
final class RelatedPlanRules {
    /** One document given: its elements (null if it could not be read), and where its problems go. */
    record Given(DocumentElements elements, RuleSink sink) {}

    private RelatedPlanRules() {}

    static void check(List<Given> documents) {
        Map<String, DocumentElements> byPlanId = new HashMap<>();
        for (Given document : documents) {
            if (document.elements() == null) {
                continue;
            }
            Optional<String> id = Trees.string(document.elements().root(), "id");
            if (id.isPresent() && byPlanId.putIfAbsent(id.get(), document.elements()) != null) {
                document.sink().report(ProblemCode.RULE_DUPLICATE_ID, "/id", "plan: id '" + id.get()
                        + "' is also the id of a plan document given before this one");
            }
        }
        for (Given document : documents) {
            if (document.elements() != null) {
                checkLinks(document, byPlanId);
            }
        }
    }

    private static void checkLinks(Given document, Map<String, DocumentElements> byPlanId) {
        DocumentNode root = document.elements().root();
        Map<String, Integer> related = new HashMap<>();
        DocumentNode plans = Trees.array(root, "relatedPlans");
        for (int i = 0; i < Trees.size(plans); i++) {
            int index = i;
            Trees.string(plans.get(i), "id").ifPresent(id -> related.putIfAbsent(id, index));
        }
        Map<String, Integer> unchecked = new LinkedHashMap<>();
        DocumentNode links = Trees.array(root, "links");
        for (int i = 0; i < Trees.size(links); i++) {
            DocumentNode link = links.get(i);
            Optional<String> toPlan = Trees.string(link, "toPlan");
            Optional<String> to = Trees.string(link, "to");
            if (toPlan.isEmpty() || to.isEmpty() || !related.containsKey(toPlan.get())) {
                continue;
            }
            DocumentElements other = byPlanId.get(toPlan.get());
            if (other == null || other == document.elements()) {
                unchecked.merge(toPlan.get(), 1, Integer::sum);
                continue;
            }
            Optional<LinkKind> kind = Trees.string(link, "kind").flatMap(k -> Trees.fromJsonName(LinkKind.class, k));
            String at = Trees.pointer(Trees.pointer("/links", i), "to");
            String end = "plan: links[" + i + "] to '" + to.get() + "' in plan '" + toPlan.get() + "'";
            Optional<ElementNode> element = other.resolve(to.get());
            if (element.isEmpty() || element.get().kind() == ElementKind.PLAN) {
                document.sink().report(ProblemCode.RULE_UNRESOLVED_REFERENCE, at, end
                        + " names no element of that plan");
                continue;
            }
            Set<ElementKind> allowed = kind.map(LinkKind::targets).orElse(null);
            if (allowed != null && !allowed.contains(element.get().kind())) {
                document.sink().report(ProblemCode.RULE_WRONG_REFERENCE_KIND, at, end + " is "
                        + element.get().describe() + ", but a link of kind '" + Trees.jsonName(kind.get())
                        + "' ends at " + ReferenceRules.kinds(allowed));
            }
        }
        unchecked.forEach((plan, count) -> document.sink().report(ProblemCode.RULE_UNCHECKED_REFERENCE,
                Trees.pointer(Trees.pointer("/relatedPlans", related.get(plan)), "id"), "plan: " + count
                        + (count == 1 ? " link" : " links") + " into plan '" + plan + "' could not be checked: its"
                        + " document was not given with this one"));
    }
}

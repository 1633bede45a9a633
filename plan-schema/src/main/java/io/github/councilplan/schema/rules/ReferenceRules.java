package io.github.councilplan.schema.rules;

import io.github.councilplan.model.structure.JsonNames;
import io.github.councilplan.schema.read.Pointers;

import io.github.councilplan.schema.ProblemCode;

import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.structure.Repeats;
import io.github.councilplan.model.structure.ValueType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * References between elements, within one document. {@link ProblemCode#RULE_UNRESOLVED_REFERENCE}:
 * every list of element ids the structure types (an element's {@code owners}, an owner's
 * {@code accountableTo}, the plan's {@code overseenBy}) and a link's {@code from} and {@code to}
 * name an element of the plan; a link's {@code toPlan} names one of the plan's
 * {@code relatedPlans}. {@link ProblemCode#RULE_WRONG_REFERENCE_KIND}: the element is of the kind
 * the reference names (for a link, as its {@link LinkKind} allows).
 * {@link ProblemCode#RULE_SELF_REFERENCE}: a link within the plan does not end where it starts,
 * an owner is not accountable to itself, and no related plan has the plan's own id.
 * {@link ProblemCode#RULE_DUPLICATE_ID}: each related plan is listed once. Where a link ends in a
 * related plan, its {@code to} is checked against that plan's document when it is given too
 * ({@link RelatedPlanRules}).
 */
final class ReferenceRules {
    private ReferenceRules() {}

    static void check(DocumentElements elements, RuleSink sink) {
        Map<String, Integer> related = relatedPlans(elements, sink);
        checkLinks(elements, related, sink);
        for (DocumentElements.Value value : elements.values(ValueType.REFERENCES)) {
            Optional<ElementKind> kind = value.property().kind();
            if (kind.isPresent() && value.node().isString()) {
                checkReference(elements, value, kind.get(), sink);
            }
        }
    }

    /** Checks the plan's related plans and returns their ids, each with its index. */
    private static Map<String, Integer> relatedPlans(DocumentElements elements, RuleSink sink) {
        DocumentNode plans = NodeValues.array(elements.root(), "relatedPlans");
        Optional<String> own = NodeValues.string(elements.root(), "id");
        Map<String, Integer> ids = new HashMap<>();
        List<Optional<String>> listed = new ArrayList<>();
        for (int i = 0; i < NodeValues.size(plans); i++) {
            Optional<String> id = NodeValues.string(plans.get(i), "id");
            listed.add(id);
            if (id.isPresent() && id.equals(own)) {
                sink.report(ProblemCode.RULE_SELF_REFERENCE, relatedPlanId(i), "plan: relatedPlans[" + i + "] '"
                        + id.get() + "' is this plan's own id");
            }
            int index = i;
            id.ifPresent(value -> ids.putIfAbsent(value, index));
        }
        Repeats.find(listed, (index, first) -> sink.report(ProblemCode.RULE_DUPLICATE_ID, relatedPlanId(index),
                "plan: relatedPlans[" + index + "] '" + listed.get(index).orElseThrow()
                        + "' is already listed as relatedPlans[" + first + "]"));
        return ids;
    }

    private static String relatedPlanId(int index) {
        return Pointers.child("/relatedPlans", index, "id");
    }

    private static void checkLinks(DocumentElements elements, Map<String, Integer> related, RuleSink sink) {
        DocumentNode links = NodeValues.array(elements.root(), "links");
        for (int i = 0; i < NodeValues.size(links); i++) {
            DocumentNode link = links.get(i);
            Optional<LinkKind> kind = NodeValues.string(link, "kind").flatMap(k -> JsonNames.fromJsonName(LinkKind.class, k));
            Optional<String> from = NodeValues.string(link, "from");
            Optional<String> to = NodeValues.string(link, "to");
            Optional<String> toPlan = NodeValues.string(link, "toPlan");
            int index = i;
            from.ifPresent(id -> checkEnd(elements, id, kind, true, index, sink));
            if (toPlan.isPresent()) {
                if (!related.containsKey(toPlan.get())) {
                    sink.report(ProblemCode.RULE_UNRESOLVED_REFERENCE, Pointers.child("/links", i, "toPlan"),
                            "plan: links[" + i + "] toPlan '" + toPlan.get() + "' is not one of the plan's relatedPlans");
                }
            } else if (to.isPresent() && to.equals(from)) {
                sink.report(ProblemCode.RULE_SELF_REFERENCE, Pointers.child("/links", i, "to"), "plan: "
                        + "links[" + i + "] to '" + to.get() + "' is its own from: a link cannot join an element to "
                        + "itself");
            } else {
                to.ifPresent(id -> checkEnd(elements, id, kind, false, index, sink));
            }
        }
    }

    /** Checks one end of link {@code index}; its pointer and name are built only for a problem. */
    private static void checkEnd(DocumentElements elements, String id, Optional<LinkKind> kind, boolean start,
            int index, RuleSink sink) {
        Optional<ElementNode> element = elements.resolve(id);
        Set<ElementKind> allowed = kind.isEmpty() ? null : start ? kind.get().sources() : kind.get().targets();
        if (element.isPresent() && (allowed == null || allowed.contains(element.get().kind()))) {
            return;
        }
        String at = Pointers.child("/links", index, start ? "from" : "to");
        String end = "links[" + index + "]" + (start ? " from '" : " to '") + id + "'";
        if (element.isEmpty()) {
            sink.report(ProblemCode.RULE_UNRESOLVED_REFERENCE, at, "plan: " + end + " names no element of the plan");
            return;
        }
        sink.report(ProblemCode.RULE_WRONG_REFERENCE_KIND, at, "plan: " + end + " is " + describe(element.get())
                + ", but a link of kind '" + JsonNames.jsonName(kind.get()) + "' " + (start ? "starts at " : "ends at ")
                + kinds(allowed));
    }

    private static void checkReference(DocumentElements elements, DocumentElements.Value value, ElementKind kind,
            RuleSink sink) {
        String id = value.node().stringValue();
        ElementNode holder = value.element();
        if (holder.kind() == kind && holder.id().filter(id::equals).isPresent()) {
            sink.report(ProblemCode.RULE_SELF_REFERENCE, value.pointer(), named(value, id) + " is the "
                    + kind.defaultName() + " itself: an " + kind.defaultName() + " cannot answer to itself");
            return;
        }
        Optional<ElementNode> element = elements.resolve(id);
        if (element.isEmpty()) {
            sink.report(ProblemCode.RULE_UNRESOLVED_REFERENCE, value.pointer(),
                    named(value, id) + " names no element of the plan");
        } else if (element.get().kind() != kind) {
            sink.report(ProblemCode.RULE_WRONG_REFERENCE_KIND, value.pointer(), named(value, id) + " is "
                    + describe(element.get()) + ", not one of the plan's " + kind.defaultName() + "s");
        }
    }

    /** Names a reference in a message; made only when there is a problem to report, not for every reference. */
    private static String named(DocumentElements.Value value, String id) {
        return value.element().describe() + ": " + value.label() + " '" + id + "'";
    }

    private static String describe(ElementNode element) {
        return element.kind() == ElementKind.PLAN ? "the plan itself" : element.describe();
    }

    /** Lists kinds in the words of messages: "an objective, priority, deliverable or partner". */
    static String kinds(Set<ElementKind> kinds) {
        List<String> names = EnumSet.copyOf(kinds).stream().map(ElementKind::defaultName).collect(Collectors.toList());
        String article = "aeiou".indexOf(names.get(0).charAt(0)) >= 0 ? "an " : "a ";
        if (names.size() == 1) {
            return article + names.get(0);
        }
        return article + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}

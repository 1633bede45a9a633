package io.github.councilplan.schema;

import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.LinkKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * References between elements. {@link ProblemCode#RULE_UNRESOLVED_REFERENCE}: a link's
 * {@code from} and {@code to}, the {@code owners} of themes, objectives, priorities, deliverables
 * and measures, and an owner's {@code accountableTo} name an element of the plan.
 * {@link ProblemCode#RULE_WRONG_REFERENCE_KIND}: the element is of a kind the reference allows
 * (for a link, by its {@link LinkKind}; for owners, a plan-level owner).
 * {@link ProblemCode#RULE_SELF_REFERENCE}: a link does not end where it starts, and an owner is
 * not accountable to itself.
 */
final class ReferenceRules {
    /** The kinds of element that name their owners. */
    private static final Set<ElementKind> OWNED = EnumSet.of(ElementKind.THEME, ElementKind.OBJECTIVE,
            ElementKind.PRIORITY, ElementKind.DELIVERABLE, ElementKind.MEASURE);

    private ReferenceRules() {}

    static void check(DocumentElements elements, RuleSink sink) {
        checkLinks(elements, sink);
        for (ElementNode element : elements.all()) {
            if (OWNED.contains(element.kind())) {
                checkOwners(elements, element, "owners", sink);
            } else if (element.kind() == ElementKind.OWNER) {
                checkOwners(elements, element, "accountableTo", sink);
            }
        }
    }

    private static void checkLinks(DocumentElements elements, RuleSink sink) {
        JsonNode links = Trees.array(elements.root(), "links");
        for (int i = 0; i < Trees.size(links); i++) {
            JsonNode link = links.get(i);
            Optional<LinkKind> kind = Trees.string(link, "kind").flatMap(k -> Trees.fromJsonName(LinkKind.class, k));
            Optional<String> from = Trees.string(link, "from");
            Optional<String> to = Trees.string(link, "to");
            int index = i;
            from.ifPresent(id -> checkEnd(elements, id, kind, true, index, sink));
            if (to.isPresent() && to.equals(from)) {
                sink.report(ProblemCode.RULE_SELF_REFERENCE, Trees.pointer(Trees.pointer("/links", i), "to"), "plan: "
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
        String at = Trees.pointer(Trees.pointer("/links", index), start ? "from" : "to");
        String end = "links[" + index + "]" + (start ? " from '" : " to '") + id + "'";
        if (element.isEmpty()) {
            sink.report(ProblemCode.RULE_UNRESOLVED_REFERENCE, at, "plan: " + end + " names no element of the plan");
            return;
        }
        sink.report(ProblemCode.RULE_WRONG_REFERENCE_KIND, at, "plan: " + end + " is "
                + describe(element.get()) + ", but a link of kind '" + Trees.jsonName(kind.get()) + "' "
                + (start ? "starts at " : "ends at ") + kinds(allowed));
    }

    private static void checkOwners(DocumentElements elements, ElementNode element, String field, RuleSink sink) {
        JsonNode owners = Trees.array(element.node(), field);
        if (owners == null) {
            return;
        }
        String list = Trees.pointer(element.pointer(), field);
        Optional<String> self = element.kind() == ElementKind.OWNER ? element.id() : Optional.empty();
        for (int i = 0; i < Trees.size(owners); i++) {
            Optional<String> id = Trees.stringItem(owners, i);
            if (id.isEmpty()) {
                continue;
            }
            Optional<ElementNode> owner = id.equals(self) ? Optional.empty() : elements.resolve(id.get());
            if (owner.isPresent() && owner.get().kind() == ElementKind.OWNER) {
                continue;
            }
            String at = Trees.pointer(list, i);
            String reference = field + "[" + i + "] '" + id.get() + "'";
            if (id.equals(self)) {
                sink.report(ProblemCode.RULE_SELF_REFERENCE, at, element.describe() + ": " + reference
                        + " is the owner itself: an owner cannot answer to itself");
                continue;
            }
            if (owner.isEmpty()) {
                sink.report(ProblemCode.RULE_UNRESOLVED_REFERENCE, at,
                        element.describe() + ": " + reference + " names no element of the plan");
            } else if (owner.get().kind() != ElementKind.OWNER) {
                sink.report(ProblemCode.RULE_WRONG_REFERENCE_KIND, at, element.describe() + ": " + reference + " is "
                        + describe(owner.get()) + ", not one of the plan's owners");
            }
        }
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

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
            String at = Trees.pointer("/links", i);
            String name = "links[" + i + "]";
            Optional<LinkKind> kind = Trees.string(link, "kind").flatMap(k -> Trees.fromJsonName(LinkKind.class, k));
            Optional<String> from = Trees.string(link, "from");
            Optional<String> to = Trees.string(link, "to");
            from.ifPresent(id -> checkEnd(elements, id, kind, true, Trees.pointer(at, "from"), name, sink));
            if (to.isPresent() && to.equals(from)) {
                sink.report(ProblemCode.RULE_SELF_REFERENCE, Trees.pointer(at, "to"), "plan: " + name + " to '"
                        + to.get() + "' is its own from: a link cannot join an element to itself");
            } else {
                to.ifPresent(id -> checkEnd(elements, id, kind, false, Trees.pointer(at, "to"), name, sink));
            }
        }
    }

    private static void checkEnd(DocumentElements elements, String id, Optional<LinkKind> kind, boolean start,
            String at, String name, RuleSink sink) {
        String end = name + (start ? " from '" : " to '") + id + "'";
        Optional<ElementNode> element = elements.resolve(id);
        if (element.isEmpty()) {
            sink.report(ProblemCode.RULE_UNRESOLVED_REFERENCE, at, "plan: " + end + " names no element of the plan");
            return;
        }
        if (kind.isPresent()) {
            Set<ElementKind> allowed = start ? kind.get().sources() : kind.get().targets();
            if (!allowed.contains(element.get().kind())) {
                sink.report(ProblemCode.RULE_WRONG_REFERENCE_KIND, at, "plan: " + end + " is "
                        + describe(element.get()) + ", but a link of kind '" + Trees.jsonName(kind.get()) + "' "
                        + (start ? "starts at " : "ends at ") + kinds(allowed));
            }
        }
    }

    private static void checkOwners(DocumentElements elements, ElementNode element, String field, RuleSink sink) {
        JsonNode owners = Trees.array(element.node(), field);
        String list = Trees.pointer(element.pointer(), field);
        Optional<String> self = element.kind() == ElementKind.OWNER ? element.id() : Optional.empty();
        for (int i = 0; i < Trees.size(owners); i++) {
            Optional<String> id = Trees.stringItem(owners, i);
            if (id.isEmpty()) {
                continue;
            }
            String at = Trees.pointer(list, i);
            String reference = field + "[" + i + "] '" + id.get() + "'";
            if (id.equals(self)) {
                sink.report(ProblemCode.RULE_SELF_REFERENCE, at, element.describe() + ": " + reference
                        + " is the owner itself: an owner cannot answer to itself");
                continue;
            }
            Optional<ElementNode> owner = elements.resolve(id.get());
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

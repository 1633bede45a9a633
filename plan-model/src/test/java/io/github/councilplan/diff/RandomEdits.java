package io.github.councilplan.diff;

import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.Measure;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.ReportingPeriod;
import io.github.councilplan.model.Target;
import io.github.councilplan.model.structure.PlanStructure;
import io.github.councilplan.model.Text;
import io.github.councilplan.trace.PlanIndex;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random edits of a plan, each of which knows the changes it makes: remove a deliverable (with its
 * milestones and links), add a deliverable, reword an element, renumber a deliverable, move a
 * deliverable to another priority, revise a measure's target. Each edit picks, by seed, an element
 * no earlier edit touched, so the changes of the edits are independent; an edit that finds nothing
 * to work on does nothing.
 */
final class RandomEdits {
    /** The kinds of edit. */
    enum EditKind { REMOVE_DELIVERABLE, ADD_DELIVERABLE, REWORD, RENUMBER_DELIVERABLE, MOVE_DELIVERABLE, REVISE_TARGET }

    /** One edit, its targets chosen by seed when it is applied. */
    record Edit(EditKind kind, int seed, int otherSeed) {}

    /** A change as the tests compare it: kind, element id (none for links), field and values. */
    record Expected(ChangeKind kind, String id, String field, String oldValue, String newValue) {
        static Expected of(Change change) {
            return new Expected(change.kind(),
                    change.newerId().or(change::olderId).map(ElementId::value).orElse(null),
                    change.field().orElse(null), change.oldValue().orElse(null), change.newValue().orElse(null));
        }
    }

    /** The edited plan and the changes the edits made. */
    record Edited(Plan plan, List<Expected> expected, List<EditKind> applied) {}

    /** The property an element of a kind is known by, in the document format. */
    private static String wording(ElementKind kind) {
        return PlanStructure.of(kind).wording().orElseThrow().name();
    }

    private RandomEdits() {}

    static Arbitrary<List<Edit>> edits() {
        Arbitrary<Integer> seeds = Arbitraries.integers().between(0, 10_000);
        return Combinators.combine(Arbitraries.of(EditKind.class), seeds, seeds).as(Edit::new).list().ofMinSize(1).ofMaxSize(6);
    }

    static Edited apply(Plan plan, List<Edit> edits) {
        return new Applier(plan).apply(edits);
    }

    /** Applies edits to one plan. */
    private static final class Applier {
        private final Plan original;
        private final PlanIndex index;
        private final EditablePlan tree;
        private final Set<ElementId> touched = new HashSet<>();
        private final Set<Integer> removedLinks = new HashSet<>();
        private final List<Expected> expected = new ArrayList<>();
        /** The deliverables moved into a parent of another theme. */
        private final Set<String> movedToAnotherTheme = new HashSet<>();
        private final List<EditKind> applied = new ArrayList<>();
        private int fresh = 9000;

        Applier(Plan original) {
            this.original = original;
            this.index = PlanIndex.of(original);
            this.tree = EditablePlan.of(original);
        }

        Edited apply(List<Edit> edits) {
            for (Edit edit : edits) {
                boolean done;
                switch (edit.kind()) {
                    case REMOVE_DELIVERABLE: done = removeDeliverable(edit); break;
                    case ADD_DELIVERABLE: done = addDeliverable(edit); break;
                    case REWORD: done = reword(edit); break;
                    case RENUMBER_DELIVERABLE: done = renumberDeliverable(edit); break;
                    case MOVE_DELIVERABLE: done = moveDeliverable(edit); break;
                    case REVISE_TARGET: done = reviseTarget(edit); break;
                    default: throw new AssertionError(edit);
                }
                if (done) {
                    applied.add(edit.kind());
                }
            }
            Plan edited = tree.build();
            // a move names the old and new parents as each edition labels them, known once every edit is made
            PlanIndex editedIndex = PlanIndex.of(edited);
            DiffNames olderNames = DiffNames.of(index);
            DiffNames newerNames = DiffNames.of(editedIndex);
            List<Expected> labelled = expected.stream().map(change -> {
                if (change.kind() != ChangeKind.MOVED) {
                    return change;
                }
                boolean themeChanged = movedToAnotherTheme.contains(change.id());
                return new Expected(ChangeKind.MOVED, change.id(), null,
                        olderNames.place(index.get(ElementId.of(change.oldValue())), themeChanged),
                        newerNames.place(editedIndex.get(ElementId.of(change.newValue())), themeChanged));
            }).toList();
            return new Edited(edited, labelled, List.copyOf(applied));
        }

        private <E extends PlanElement> Optional<E> pick(ElementKind kind, Class<E> type, int seed, Predicate<E> filter) {
            List<E> candidates = index.ofKind(kind).stream().map(type::cast).filter(filter).collect(Collectors.toList());
            return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(Math.floorMod(seed, candidates.size())));
        }

        private boolean untouched(PlanElement element) {
            return !touched.contains(element.id()) && element.children().stream().allMatch(this::untouched);
        }

        private void touch(PlanElement element) {
            touched.add(element.id());
            element.children().forEach(this::touch);
        }

        private String freshSegment() {
            return Integer.toString(fresh++);
        }

        /** A deliverable that, with its milestones, no edit has touched. */
        private Optional<Deliverable> untouchedDeliverable(Edit edit) {
            return pick(ElementKind.DELIVERABLE, Deliverable.class, edit.seed(), this::untouched);
        }

        private boolean removeDeliverable(Edit edit) {
            Optional<Deliverable> chosen = untouchedDeliverable(edit);
            if (chosen.isEmpty()) {
                return false;
            }
            Deliverable deliverable = chosen.get();
            touch(deliverable);
            tree.remove(deliverable.id().value());
            Set<ElementId> gone = new HashSet<>();
            removed(deliverable, gone);
            List<Link> links = original.links();
            for (int i = 0; i < links.size(); i++) {
                Link link = links.get(i);
                boolean toGone = link.toPlan().isEmpty() && gone.contains(link.to());
                if ((gone.contains(link.from()) || toGone) && removedLinks.add(i)) {
                    expected.add(new Expected(ChangeKind.LINK_REMOVED, null, null, linkValue(link), null));
                }
            }
            return true;
        }

        /** Expects an element and everything it contains to be removed. */
        private void removed(PlanElement element, Set<ElementId> gone) {
            gone.add(element.id());
            expected.add(new Expected(ChangeKind.REMOVED, element.id().value(), null,
                    element.label().map(Text::toString).orElse(null), null));
            element.children().forEach(child -> removed(child, gone));
        }

        private boolean addDeliverable(Edit edit) {
            Optional<PlanElement> chosen = pick(ElementKind.PRIORITY, PlanElement.class, edit.seed(), p -> true);
            if (chosen.isEmpty()) {
                return false;
            }
            PlanElement priority = chosen.get();
            String segment = freshSegment();
            String id = "added-" + segment;
            for (int n = 2; index.contains(ElementId.of(id)); n++) {
                id = "added-" + segment + "-" + n;
            }
            String title = "Added deliverable " + segment;
            ObjectNode deliverable = EditablePlan.MAPPER.createObjectNode().put("id", id);
            priority.number().ifPresent(number -> deliverable.put("number", number.child(segment).toString()));
            deliverable.put("title", title);
            tree.append(priority.id().value(), "deliverables", deliverable);
            expected.add(new Expected(ChangeKind.ADDED, id, null, null, title));
            return true;
        }

        private boolean reword(Edit edit) {
            List<PlanElement> candidates = original.elements().stream()
                    .filter(element -> element.kind() != ElementKind.STATEMENT && element.label().isPresent()
                            && !touched.contains(element.id()))
                    .collect(Collectors.toList());
            if (candidates.isEmpty()) {
                return false;
            }
            PlanElement element = candidates.get(Math.floorMod(edit.seed(), candidates.size()));
            touched.add(element.id());
            Text before = element.label().orElseThrow();
            Text after;
            if (before.isTagged()) {
                Map<String, String> byLanguage = new LinkedHashMap<>();
                before.byLanguage().forEach((tag, value) -> byLanguage.put(tag, "Reworded " + value));
                after = Text.of(byLanguage);
            } else {
                after = Text.of("Reworded " + before.value());
            }
            JsonNode text = EditablePlan.MAPPER.valueToTree(after);
            tree.set(element.kind() == ElementKind.PLAN ? null : element.id().value(), wording(element.kind()), text);
            expected.add(new Expected(ChangeKind.REWORDED, element.id().value(), null, before.toString(), after.toString()));
            return true;
        }

        private boolean renumberDeliverable(Edit edit) {
            Optional<Deliverable> chosen = untouchedDeliverable(edit);
            chosen.ifPresent(deliverable -> {
                touch(deliverable);
                renumber(deliverable, index.parent(deliverable.id()).orElseThrow().number());
            });
            return chosen.isPresent();
        }

        private boolean moveDeliverable(Edit edit) {
            Optional<Deliverable> chosen = untouchedDeliverable(edit);
            if (chosen.isEmpty()) {
                return false;
            }
            Deliverable deliverable = chosen.get();
            PlanElement from = index.parent(deliverable.id()).orElseThrow();
            Optional<PlanElement> to = pick(ElementKind.PRIORITY, PlanElement.class, edit.otherSeed(),
                    priority -> !priority.id().equals(from.id()));
            if (to.isEmpty()) {
                return false;
            }
            touch(deliverable);
            ObjectNode moved = tree.detach(deliverable.id().value());
            tree.append(to.get().id().value(), "deliverables", moved);
            if (!index.theme(from.id()).equals(index.theme(to.get().id()))) {
                movedToAnotherTheme.add(deliverable.id().value());
            }
            // the parents' ids, for apply() to put as each edition names them
            expected.add(new Expected(ChangeKind.MOVED, deliverable.id().value(), null, from.id().value(),
                    to.get().id().value()));
            if (deliverable.number().isPresent()) {
                renumber(deliverable, to.get().number());
            }
            return true;
        }

        /**
         * Gives a deliverable a fresh number within {@code parent}, and the elements within it
         * numbered within it (its outcomes, lists and their items, milestones) theirs.
         */
        private void renumber(Deliverable deliverable, Optional<DisplayNumber> parent) {
            String segment = freshSegment();
            DisplayNumber number = parent.map(p -> p.child(segment)).orElseGet(() -> DisplayNumber.of(segment));
            tree.set(deliverable.id().value(), "number", number.toString());
            expected.add(new Expected(ChangeKind.RENUMBERED, deliverable.id().value(), null,
                    deliverable.number().map(Object::toString).orElse(null), number.toString()));
            renumberChildren(deliverable, number);
        }

        /** Renumbers the dotted numbers of an element's children within its new number, and theirs in turn. */
        private void renumberChildren(PlanElement element, DisplayNumber number) {
            for (PlanElement child : element.children()) {
                Optional<DisplayNumber> old = child.number();
                if (old.isPresent() && old.get().depth() > 1) {
                    List<String> segments = old.get().segments();
                    DisplayNumber renumbered = number.child(segments.get(segments.size() - 1));
                    tree.set(child.id().value(), "number", renumbered.toString());
                    expected.add(new Expected(ChangeKind.RENUMBERED, child.id().value(), null, old.get().toString(),
                            renumbered.toString()));
                    renumberChildren(child, renumbered);
                }
            }
        }

        private boolean reviseTarget(Edit edit) {
            Optional<Measure> chosen = pick(ElementKind.MEASURE, Measure.class, edit.seed(),
                    measure -> !touched.contains(measure.id())
                            && measure.targets().stream().anyMatch(target -> target.value().isPresent()));
            if (chosen.isEmpty()) {
                return false;
            }
            Measure measure = chosen.get();
            touched.add(measure.id());
            List<Integer> valued = new ArrayList<>();
            for (int i = 0; i < measure.targets().size(); i++) {
                if (measure.targets().get(i).value().isPresent()) {
                    valued.add(i);
                }
            }
            int index = valued.get(Math.floorMod(edit.otherSeed(), valued.size()));
            Target target = measure.targets().get(index);
            BigDecimal before = target.value().orElseThrow();
            BigDecimal after = before.add(BigDecimal.ONE);
            ((ObjectNode) tree.element(measure.id().value()).withArray("targets").get(index)).put("value", after);
            String key = target.period().map(ReportingPeriod::toString).orElse("whole plan");
            expected.add(new Expected(ChangeKind.FIELD_CHANGED, measure.id().value(), "targets[" + key + "].value",
                    before.toPlainString(), after.toPlainString()));
            return true;
        }

        private static String linkValue(Link link) {
            return link.from() + " " + EditablePlan.MAPPER.valueToTree(link.kind()).stringValue() + " " + link.to()
                    + link.toPlan().map(plan -> " in " + plan).orElse("");
        }
    }
}

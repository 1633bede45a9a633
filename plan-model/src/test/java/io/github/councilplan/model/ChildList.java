package io.github.councilplan.model;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One list of children of one kind of parent, such as a theme's priorities, for tests that apply
 * the same rule to every list: how to start a parent with a given number, add a child to the
 * list, build the parent, and make a child with an id and a number.
 *
 * @param <B> the parent's builder
 */
final class ChildList<B> {
    static final ChildList<Plan.Builder> PLAN_STATEMENTS =
            planList("statements", (b, c) -> b.addStatements((Statement) c), Fixtures::statement);
    static final ChildList<Plan.Builder> PLAN_VALUES =
            planList("values", (b, c) -> b.addValues((SharedValue) c), Fixtures::value);
    static final ChildList<Plan.Builder> PLAN_PRINCIPLES =
            planList("principles", (b, c) -> b.addPrinciples((Principle) c), Fixtures::principle);
    static final ChildList<Plan.Builder> PLAN_THEMES =
            planList("themes", (b, c) -> b.addThemes((Theme) c), Fixtures::theme);
    static final ChildList<Plan.Builder> PLAN_MEASURES =
            planList("measures", (b, c) -> b.addMeasures((Measure) c), Fixtures::measure);
    static final ChildList<Plan.Builder> PLAN_OWNERS =
            planList("owners", (b, c) -> b.addOwners((Owner) c), Fixtures::owner);
    static final ChildList<Plan.Builder> PLAN_PARTNERS =
            planList("partners", (b, c) -> b.addPartners((Partner) c), Fixtures::partner);
    static final ChildList<Theme.Builder> THEME_OUTCOMES =
            themeList("outcomes", (b, c) -> b.addOutcomes((Outcome) c), Fixtures::outcome);
    static final ChildList<Theme.Builder> THEME_OBJECTIVES =
            themeList("objectives", (b, c) -> b.addObjectives((Objective) c), Fixtures::objective);
    static final ChildList<Theme.Builder> THEME_PRIORITIES =
            themeList("priorities", (b, c) -> b.addPriorities((Priority) c), Fixtures::priority);
    static final ChildList<Theme.Builder> THEME_DELIVERABLES =
            themeList("deliverables", (b, c) -> b.addDeliverables((Deliverable) c), Fixtures::deliverable);
    static final ChildList<Theme.Builder> THEME_COMMITMENTS =
            themeList("commitments", (b, c) -> b.addCommitments((Commitment) c), Fixtures::commitment);
    static final ChildList<Theme.Builder> THEME_LISTS =
            themeList("lists", (b, c) -> b.addLists((ItemList) c), Fixtures::itemList);
    static final ChildList<Objective.Builder> OBJECTIVE_OUTCOMES =
            objectiveList("outcomes", (b, c) -> b.addOutcomes((Outcome) c), Fixtures::outcome);
    static final ChildList<Objective.Builder> OBJECTIVE_PRIORITIES =
            objectiveList("priorities", (b, c) -> b.addPriorities((Priority) c), Fixtures::priority);
    static final ChildList<Objective.Builder> OBJECTIVE_DELIVERABLES =
            objectiveList("deliverables", (b, c) -> b.addDeliverables((Deliverable) c), Fixtures::deliverable);
    static final ChildList<Objective.Builder> OBJECTIVE_LISTS =
            objectiveList("lists", (b, c) -> b.addLists((ItemList) c), Fixtures::itemList);
    static final ChildList<Objective.Builder> OBJECTIVE_MILESTONES =
            objectiveList("milestones", (b, c) -> b.addMilestones((Milestone) c), Fixtures::milestone);
    static final ChildList<Priority.Builder> PRIORITY_OUTCOMES =
            priorityList("outcomes", (b, c) -> b.addOutcomes((Outcome) c), Fixtures::outcome);
    static final ChildList<Priority.Builder> PRIORITY_DELIVERABLES =
            priorityList("deliverables", (b, c) -> b.addDeliverables((Deliverable) c), Fixtures::deliverable);
    static final ChildList<Priority.Builder> PRIORITY_LISTS =
            priorityList("lists", (b, c) -> b.addLists((ItemList) c), Fixtures::itemList);
    static final ChildList<Priority.Builder> PRIORITY_MILESTONES =
            priorityList("milestones", (b, c) -> b.addMilestones((Milestone) c), Fixtures::milestone);
    static final ChildList<Deliverable.Builder> DELIVERABLE_OUTCOMES =
            deliverableList("outcomes", (b, c) -> b.addOutcomes((Outcome) c), Fixtures::outcome);
    static final ChildList<Deliverable.Builder> DELIVERABLE_LISTS =
            deliverableList("lists", (b, c) -> b.addLists((ItemList) c), Fixtures::itemList);
    static final ChildList<Deliverable.Builder> DELIVERABLE_MILESTONES =
            deliverableList("milestones", (b, c) -> b.addMilestones((Milestone) c), Fixtures::milestone);
    static final ChildList<ItemList.Builder> LIST_ITEMS = new ChildList<>(ElementKind.LIST, "items", "1.2.4",
            n -> Fixtures.itemListBuilder("l", n), (b, c) -> b.addItems((ListItem) c), ItemList.Builder::build,
            Fixtures::listItem);

    final ElementKind parentKind;
    final String field;
    final String parentNumber;
    private final Function<String, B> parentBuilder;
    private final BiConsumer<B, PlanElement> add;
    private final Function<B, PlanElement> build;
    private final BiFunction<String, String, PlanElement> child;

    private ChildList(ElementKind parentKind, String field, String parentNumber, Function<String, B> parentBuilder,
            BiConsumer<B, PlanElement> add, Function<B, PlanElement> build, BiFunction<String, String, PlanElement> child) {
        this.parentKind = parentKind;
        this.field = field;
        this.parentNumber = parentNumber;
        this.parentBuilder = parentBuilder;
        this.add = add;
        this.build = build;
        this.child = child;
    }

    private static ChildList<Plan.Builder> planList(String field, BiConsumer<Plan.Builder, PlanElement> add,
            BiFunction<String, String, PlanElement> child) {
        return new ChildList<>(ElementKind.PLAN, field, null, n -> Fixtures.plan(), add, Plan.Builder::build, child);
    }

    private static ChildList<Theme.Builder> themeList(String field, BiConsumer<Theme.Builder, PlanElement> add,
            BiFunction<String, String, PlanElement> child) {
        return new ChildList<>(ElementKind.THEME, field, "1", n -> Fixtures.themeBuilder("t", n), add,
                Theme.Builder::build, child);
    }

    private static ChildList<Objective.Builder> objectiveList(String field,
            BiConsumer<Objective.Builder, PlanElement> add, BiFunction<String, String, PlanElement> child) {
        return new ChildList<>(ElementKind.OBJECTIVE, field, "1.1", n -> Fixtures.objectiveBuilder("o", n), add,
                Objective.Builder::build, child);
    }

    private static ChildList<Priority.Builder> priorityList(String field,
            BiConsumer<Priority.Builder, PlanElement> add, BiFunction<String, String, PlanElement> child) {
        return new ChildList<>(ElementKind.PRIORITY, field, "1.2", n -> Fixtures.priorityBuilder("p", n), add,
                Priority.Builder::build, child);
    }

    private static ChildList<Deliverable.Builder> deliverableList(String field,
            BiConsumer<Deliverable.Builder, PlanElement> add, BiFunction<String, String, PlanElement> child) {
        return new ChildList<>(ElementKind.DELIVERABLE, field, "1.2.3", n -> Fixtures.deliverableBuilder("d", n), add,
                Deliverable.Builder::build, child);
    }

    /** Every list of children in the model: each list of elements of every kind of element. */
    static Stream<ChildList<?>> all() {
        return Stream.of(PLAN_STATEMENTS, PLAN_VALUES, PLAN_PRINCIPLES, PLAN_THEMES, PLAN_MEASURES, PLAN_OWNERS,
                PLAN_PARTNERS, THEME_OUTCOMES, THEME_OBJECTIVES, THEME_PRIORITIES, THEME_DELIVERABLES,
                THEME_COMMITMENTS, THEME_LISTS, OBJECTIVE_OUTCOMES, OBJECTIVE_PRIORITIES, OBJECTIVE_DELIVERABLES,
                OBJECTIVE_LISTS, OBJECTIVE_MILESTONES, PRIORITY_OUTCOMES, PRIORITY_DELIVERABLES, PRIORITY_LISTS,
                PRIORITY_MILESTONES, DELIVERABLE_OUTCOMES, DELIVERABLE_LISTS, DELIVERABLE_MILESTONES, LIST_ITEMS);
    }

    /** The lists whose parent can have a number, and so imposes it on dotted child numbers. */
    static Stream<ChildList<?>> underNumberedParents() {
        return all().filter(list -> list.parentNumber != null);
    }

    /** How the default parent describes itself in messages: {@code "theme 1"}, {@code "plan 'plan'"}. */
    String parent() {
        return parentKind.defaultName() + (parentNumber == null ? " 'plan'" : " " + parentNumber);
    }

    /** The number of the {@code n}th child, numbered within the default parent when it has a number. */
    String childNumber(int n) {
        return parentNumber == null ? Integer.toString(n) : parentNumber + "." + n;
    }

    /** A child for this list. */
    PlanElement child(String id, String number) {
        return child.apply(id, number);
    }

    /** Builds the default parent with {@code children} in this list. */
    PlanElement parentWith(PlanElement... children) {
        return parentNumbered(parentNumber, children);
    }

    /** Builds a parent numbered {@code number} ({@code null} for none) with {@code children} in this list. */
    PlanElement parentNumbered(String number, PlanElement... children) {
        B builder = parentBuilder.apply(number);
        for (PlanElement c : children) {
            add.accept(builder, c);
        }
        return build.apply(builder);
    }

    /**
     * Builds the default parent with child {@code a} in this list and {@code b} in {@code other},
     * a list of the same parent.
     */
    @SuppressWarnings("unchecked")
    PlanElement parentWith(PlanElement a, ChildList<?> other, PlanElement b) {
        if (other.parentKind != parentKind) {
            throw new IllegalArgumentException(other + " is not a list of a " + parentKind.defaultName());
        }
        B builder = parentBuilder.apply(parentNumber);
        add.accept(builder, a);
        ((ChildList<B>) other).add.accept(builder, b);
        return build.apply(builder);
    }

    /**
     * Builds the default parent with {@code these} children in this list and {@code others} in
     * {@code other}, a different list of the same parent.
     */
    @SuppressWarnings("unchecked")
    PlanElement parentWith(List<PlanElement> these, ChildList<?> other, List<PlanElement> others) {
        if (other.parentKind != parentKind || other.field.equals(field)) {
            throw new IllegalArgumentException(other + " is not another list of a " + parentKind.defaultName());
        }
        B builder = parentBuilder.apply(parentNumber);
        these.forEach(c -> add.accept(builder, c));
        others.forEach(c -> ((ChildList<B>) other).add.accept(builder, c));
        return build.apply(builder);
    }

    @Override
    public String toString() {
        return parentKind.defaultName() + " " + field;
    }
}

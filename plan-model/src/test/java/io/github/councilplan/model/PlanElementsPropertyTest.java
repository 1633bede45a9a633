package io.github.councilplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Plan#elements()} over arbitrary valid plans. */
class PlanElementsPropertyTest {

    @Provide
    Arbitrary<Plan> plans() {
        return PlanArbitraries.plans();
    }

    @Property(tries = 100)
    void elementsHaveDistinctIds(@ForAll("plans") Plan plan) {
        assertThat(plan.elements()).extracting(PlanElement::id).doesNotHaveDuplicates();
    }

    @Property(tries = 100)
    void elementsAreThePlanThenEveryElementInDocumentOrder(@ForAll("plans") Plan plan) {
        assertThat(plan.elements()).containsExactlyElementsOf(documentOrder(plan));
    }

    @Property(tries = 100)
    void everyElementIsFollowedByItsChildrenEachWithItsOwnDescendants(@ForAll("plans") Plan plan) {
        List<PlanElement> all = plan.elements();

        assertThat(all).hasSize(subtreeSize(plan));
        for (int i = 0; i < all.size(); i++) {
            int next = i + 1;
            for (PlanElement child : all.get(i).children()) {
                assertThat(all.get(next)).as("child of %s", all.get(i).describe()).isEqualTo(child);
                next += subtreeSize(child);
            }
        }
    }

    private static int subtreeSize(PlanElement element) {
        int size = 1;
        for (PlanElement child : element.children()) {
            size += subtreeSize(child);
        }
        return size;
    }

    /** Every element, found through the typed accessors rather than {@link PlanElement#children()}. */
    private static List<PlanElement> documentOrder(Plan plan) {
        List<PlanElement> all = new ArrayList<>();
        all.add(plan);
        plan.vision().ifPresent(all::add);
        all.addAll(plan.statements());
        all.addAll(plan.values());
        all.addAll(plan.principles());
        for (Theme theme : plan.themes()) {
            all.add(theme);
            all.addAll(theme.outcomes());
            theme.objectives().forEach(objective -> addWork(objective, all));
            theme.priorities().forEach(priority -> addWork(priority, all));
            theme.deliverables().forEach(deliverable -> addWork(deliverable, all));
            all.addAll(theme.commitments());
            theme.lists().forEach(list -> addList(list, all));
        }
        all.addAll(plan.measures());
        all.addAll(plan.owners());
        all.addAll(plan.partners());
        return all;
    }

    private static void addWork(Work work, List<PlanElement> all) {
        all.add(work);
        all.addAll(work.outcomes());
        if (work instanceof Objective) {
            ((Objective) work).priorities().forEach(priority -> addWork(priority, all));
            ((Objective) work).deliverables().forEach(deliverable -> addWork(deliverable, all));
        } else if (work instanceof Priority) {
            ((Priority) work).deliverables().forEach(deliverable -> addWork(deliverable, all));
        }
        work.lists().forEach(list -> addList(list, all));
        all.addAll(work.milestones());
    }

    private static void addList(ItemList list, List<PlanElement> all) {
        all.add(list);
        all.addAll(list.items());
    }
}

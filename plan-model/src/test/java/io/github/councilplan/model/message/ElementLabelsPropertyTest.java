package io.github.councilplan.model.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanArbitraries;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.trace.PlanIndex;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link ElementLabels} over arbitrary valid plans: labels identify, and end with the element's own step. */
class ElementLabelsPropertyTest {
    @Provide
    Arbitrary<Plan> plans() {
        return PlanArbitraries.plans();
    }

    private static List<PlanElement> labelled(Plan plan) {
        return plan.elements().stream().filter(element -> element.kind() != ElementKind.PLAN).toList();
    }

    @Property(tries = 200)
    void noTwoElementsOfAPlanShareAReference(@ForAll("plans") Plan plan) {
        ElementLabels<io.github.councilplan.model.ElementId> labels = ElementLabels.of(PlanIndex.of(plan), Optional.empty());

        List<String> references = labelled(plan).stream().map(element -> labels.reference(element.id())).toList();

        assertThat(references).doesNotHaveDuplicates();
    }

    @Property(tries = 200)
    void aNumberedElementsNameEndsWithItsLevelNameAndNumberThenAnyId(@ForAll("plans") Plan plan) {
        PlanIndex index = PlanIndex.of(plan);
        ElementLabels<io.github.councilplan.model.ElementId> labels = ElementLabels.of(index, Optional.empty());

        for (PlanElement element : labelled(plan)) {
            String level = index.levelName(element.id()).value().strip().replaceAll("\\s+", " ");
            if (level.length() > ElementLabels.MAX_LEVEL) {
                continue; // cut: see ElementLabelsTest
            }
            // siblings that share a number end with their ids as well
            element.number().ifPresent(number -> assertThat(labels.name(element.id())
                    .replaceFirst(java.util.regex.Pattern.quote(" '" + element.id() + "'") + "$", ""))
                    .endsWith(level + " " + number));
        }
    }
}

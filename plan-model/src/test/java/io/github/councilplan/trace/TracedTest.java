package io.github.councilplan.trace;

import static io.github.councilplan.trace.TracePlans.link;
import static io.github.councilplan.trace.TracePlans.outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TracedTest {
    @Test
    void aLinkAnswerNeedsARoute() {
        assertThatThrownBy(() -> Traced.byLinks(outcome("o-1"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("route: 0 links for a LINK answer about outcome 'o-1'; a LINK answer needs at least one,"
                        + " a CONTAINMENT answer none");
    }

    @Test
    void aContainmentAnswerHasNoRoute() {
        assertThatThrownBy(() -> Traced.of(outcome("o-1"), Basis.CONTAINMENT,
                        List.of(link("d-1", LinkKind.CONTRIBUTES_TO, "o-1")), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 links for a CONTAINMENT answer");
    }

    @Test
    void theRouteIsCopied() {
        List<Link> route = new ArrayList<>(List.of(link("d-1", LinkKind.CONTRIBUTES_TO, "o-1")));
        Traced<?> traced = Traced.byLinks(outcome("o-1"), route);

        route.clear();

        assertThat(traced.route()).hasSize(1);
    }

    @Test
    void byContainmentHasContainmentBasis() {
        assertThat(Traced.byContainment(outcome("o-1")).basis()).isEqualTo(Basis.CONTAINMENT);
    }

    @Test
    void anAnswerInTheSamePlanNamesNoOtherPlan() {
        assertThat(Traced.byContainment(outcome("o-1")).otherPlan()).isEmpty();
        assertThat(Traced.byLinks(outcome("o-1"), List.of(link("d-1", LinkKind.CONTRIBUTES_TO, "o-1"))).otherPlan())
                .isEmpty();
    }

    @Test
    void inPlanNamesTheOtherPlanAndKeepsTheRest() {
        Traced<Outcome> here = Traced.byLinks(outcome("o-1"), List.of(link("d-1", LinkKind.CONTRIBUTES_TO, "o-1")));

        Traced<Outcome> there = here.inPlan(ElementId.of("strategy"));

        assertThat(there.otherPlan()).contains(ElementId.of("strategy"));
        assertThat(there.element()).isEqualTo(here.element());
        assertThat(there.basis()).isEqualTo(here.basis());
        assertThat(there.route()).isEqualTo(here.route());
    }

    @Test
    void aNullOtherPlanIsRefused() {
        assertThatThrownBy(() -> Traced.of(outcome("o-1"), Basis.CONTAINMENT, List.of(), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("otherPlan");
    }
}

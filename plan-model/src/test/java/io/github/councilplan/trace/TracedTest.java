package io.github.councilplan.trace;

import static io.github.councilplan.trace.TracePlans.link;
import static io.github.councilplan.trace.TracePlans.outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import java.util.ArrayList;
import java.util.List;
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
        assertThatThrownBy(() -> new Traced<>(outcome("o-1"), Basis.CONTAINMENT,
                        List.of(link("d-1", LinkKind.CONTRIBUTES_TO, "o-1"))))
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
}

package io.github.councilplan.model;

import static io.github.councilplan.model.Fixtures.id;
import static io.github.councilplan.model.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LinkTest {

    @Test
    void linkBetweenTwoElementsIsAccepted() {
        Link link = Link.of(id("d-1.2.2"), LinkKind.CONTRIBUTES_TO, id("o-easier-access"));

        assertThat(link.from()).isEqualTo(id("d-1.2.2"));
        assertThat(link.kind()).isEqualTo(LinkKind.CONTRIBUTES_TO);
        assertThat(link.to()).isEqualTo(id("o-easier-access"));
        assertThat(link.note()).isEmpty();
    }

    @Test
    void linkToItselfIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Link.of(id("d-1"), LinkKind.CONTRIBUTES_TO, id("d-1")))
                .withMessage("link: 'd-1' cannot link to itself");
    }

    @Test
    void linkToItselfIsRejectedByTheBuilderToo() {
        Link.Builder link = Link.builder().from(id("k1")).kind(LinkKind.EVIDENCES).to(id("k1")).note(text("why"));

        assertThatIllegalArgumentException()
                .isThrownBy(link::build)
                .withMessage("link: 'k1' cannot link to itself");
    }

    @Test
    void idsDifferingOnlyInCaseAreDifferentEnds() {
        Link link = Link.of(id("kpi"), LinkKind.EVIDENCES, id("KPI"));

        assertThat(link.from()).isNotEqualTo(link.to());
    }
}

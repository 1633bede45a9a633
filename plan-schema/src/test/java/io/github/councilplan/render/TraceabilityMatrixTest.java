package io.github.councilplan.render;

import static io.github.councilplan.render.RenderPlans.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.trace.Basis;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The matrix of deliverables against outcomes, cell by cell. */
class TraceabilityMatrixTest {
    private final TraceabilityMatrix matrix = TraceabilityMatrix.of(RenderPlans.small());

    @Test
    void rowsAreTheDeliverablesAndColumnsTheOutcomesInDocumentOrder() {
        assertThat(matrix.deliverables()).extracting(PlanElement::id).extracting(ElementId::toString)
                .containsExactly("d-1.1.1", "d-1.1.2", "d-2.1.1");
        assertThat(matrix.outcomes()).extracting(PlanElement::id).extracting(ElementId::toString)
                .containsExactly("o-1", "o-2", "o-3");
    }

    @Test
    void eachCellIsTheBasisOnWhichTheDeliverableServesTheOutcome() {
        assertThat(matrix.basis(id("d-1.1.1"), id("o-1"))).contains(Basis.CONTAINMENT);
        assertThat(matrix.basis(id("d-1.1.1"), id("o-2"))).contains(Basis.CONTAINMENT);
        assertThat(matrix.basis(id("d-1.1.1"), id("o-3"))).isEmpty();
        assertThat(matrix.basis(id("d-1.1.2"), id("o-1"))).isEmpty();
        assertThat(matrix.basis(id("d-1.1.2"), id("o-2"))).contains(Basis.LINK);
        assertThat(matrix.basis(id("d-2.1.1"), id("o-3"))).contains(Basis.CONTAINMENT);
    }

    @Test
    void aCellOutsideTheMatrixIsRefused() {
        assertThatThrownBy(() -> matrix.basis(id("o-1"), id("o-1"))).isInstanceOf(NoSuchElementException.class)
                .hasMessage("no deliverable with id 'o-1' in the matrix");
        assertThatThrownBy(() -> matrix.basis(id("d-1.1.1"), id("d-1.1.1"))).isInstanceOf(NoSuchElementException.class)
                .hasMessage("no outcome with id 'd-1.1.1' in the matrix");
    }
}

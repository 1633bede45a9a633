package io.github.councilplan.model;

import static io.github.councilplan.model.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DecisionTest {

    @Test
    void ofKeepsTheBodyAndDate() {
        Decision decision = Decision.of(text("Cabinet"), LocalDate.of(2025, 2, 12));

        assertThat(decision.body()).contains(text("Cabinet"));
        assertThat(decision.date()).contains(LocalDate.of(2025, 2, 12));
        assertThat(decision.reference()).isEmpty();
        assertThat(decision.uri()).isEmpty();
    }

    @Test
    void aDecisionKnownOnlyByItsReferenceIsAccepted() {
        assertThat(Decision.builder().reference("Minute 87").build().reference()).contains("Minute 87");
    }

    @Test
    void aDecisionKnownOnlyByItsAddressIsAccepted() {
        URI uri = URI.create("https://democracy.example.gov.uk/decisions/87");

        assertThat(Decision.builder().uri(uri).build().uri()).contains(uri);
    }

    @Test
    void aDecisionThatNamesNoBodyReferenceOrAddressIsRefused() {
        Decision.Builder decision = Decision.builder().date(LocalDate.of(2025, 2, 12));

        assertThatIllegalArgumentException()
                .isThrownBy(decision::build)
                .withMessage("decision: names no body, reference or uri; give at least one");
    }

    @Test
    void aBlankReferenceIsRefused() {
        Decision.Builder decision = Decision.builder().body(text("Cabinet")).reference(" ");

        assertThatIllegalArgumentException()
                .isThrownBy(decision::build)
                .withMessage("decision.reference: must not be blank");
    }

    @Test
    void aRelativeAddressIsRefusedNamingTheField() {
        Decision.Builder decision = Decision.builder().uri(URI.create("decisions/87"));

        assertThatIllegalArgumentException()
                .isThrownBy(decision::build)
                .withMessage("decision.uri: 'decisions/87' is not an absolute URI");
    }
}

package io.github.councilplan.model;

import static io.github.councilplan.model.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ProvenanceTest {

    @Test
    void provenanceWithADocumentPageAndQuoteIsAccepted() {
        Provenance provenance = Provenance.builder().document(text("Corporate Plan 2024-2029")).page("12-13")
                .quote(text("We will open two family hubs by 2027")).build();

        assertThat(provenance.document()).contains(text("Corporate Plan 2024-2029"));
        assertThat(provenance.page()).contains("12-13");
        assertThat(provenance.quote()).contains(text("We will open two family hubs by 2027"));
    }

    @Test
    void provenanceKnownOnlyByItsAddressIsAccepted() {
        URI uri = URI.create("https://www.example.gov.uk/corporate-plan.pdf#page=12");

        assertThat(Provenance.builder().uri(uri).build().uri()).contains(uri);
    }

    @Test
    void provenanceThatNamesNoDocumentOrAddressIsRefused() {
        Provenance.Builder provenance = Provenance.builder().page("12").quote(text("words"));

        assertThatIllegalArgumentException()
                .isThrownBy(provenance::build)
                .withMessage("provenance: names no document or uri; give at least one");
    }

    @Test
    void aBlankPageIsRefused() {
        Provenance.Builder provenance = Provenance.builder().document(text("Plan")).page("\t");

        assertThatIllegalArgumentException()
                .isThrownBy(provenance::build)
                .withMessage("provenance.page: must not be blank");
    }

    @Test
    void anAddressBeyondAsciiIsRefusedNamingTheField() {
        Provenance.Builder provenance = Provenance.builder().uri(URI.create("https://example.gov.uk/café"));

        assertThatIllegalArgumentException()
                .isThrownBy(provenance::build)
                .withMessageStartingWith("provenance.uri: 'https://example.gov.uk/café' has characters beyond ASCII");
    }
}

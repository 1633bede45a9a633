package io.github.councilplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ExternalReferenceTest {
    private static final URI RECORD = URI.create("https://performance.example.gov.uk/kpi/17");

    @Test
    void referenceByKeyIsAccepted() {
        ExternalReference r = ExternalReference.of("pentana", "KPI-017");

        assertThat(r.key()).contains("KPI-017");
        assertThat(r.uri()).isEmpty();
    }

    @Test
    void referenceByUriIsAccepted() {
        ExternalReference r = ExternalReference.builder().system("pentana").uri(RECORD).build();

        assertThat(r.uri()).contains(RECORD);
        assertThat(r.key()).isEmpty();
    }

    @Test
    void referenceByKeyAndUriIsAccepted() {
        ExternalReference r = ExternalReference.builder().system("pentana").key("KPI-017").uri(RECORD).build();

        assertThat(r.key()).contains("KPI-017");
        assertThat(r.uri()).contains(RECORD);
    }

    @Test
    void referenceWithNeitherKeyNorUriIsRejected() {
        ExternalReference.Builder r = ExternalReference.builder().system("pentana");

        assertThatIllegalArgumentException()
                .isThrownBy(r::build)
                .withMessage("reference 'pentana': give a key, a uri or both");
    }

    @Test
    void relativeUriIsRejected() {
        ExternalReference.Builder r = ExternalReference.builder().system("sharepoint").uri(URI.create("plans/kpi/17"));

        assertThatIllegalArgumentException()
                .isThrownBy(r::build)
                .withMessage("reference 'sharepoint'.uri: 'plans/kpi/17' is not an absolute URI");
    }

    @Test
    void uriWithCharactersBeyondAsciiIsRejected() {
        ExternalReference.Builder r = ExternalReference.builder().system("gwefan")
                .uri(URI.create("https://example.gov.wales/cynllun/ŵ"));

        assertThatIllegalArgumentException()
                .isThrownBy(r::build)
                .withMessage("reference 'gwefan'.uri: 'https://example.gov.wales/cynllun/ŵ' has characters beyond "
                        + "ASCII, which a URI holds percent-encoded ('https://example.gov.wales/cynllun/%C5%B5')");
    }

    @Test
    void percentEncodedUriIsAccepted() {
        URI encoded = URI.create(URI.create("https://example.gov.wales/cynllun/ŵ").toASCIIString());

        assertThat(ExternalReference.builder().system("gwefan").uri(encoded).build().uri()).contains(encoded);
    }

    @Test
    void uriWithABracketInItsQueryIsRejected() {
        ExternalReference.Builder r = ExternalReference.builder().system("pentana")
                .uri(URI.create("https://example.gov.uk/kpi?ids=[17]"));

        assertThatIllegalArgumentException()
                .isThrownBy(r::build)
                .withMessage("reference 'pentana'.uri: 'https://example.gov.uk/kpi?ids=[17]' has '[' or ']' in its "
                        + "query, which a URI holds percent-encoded (%5B, %5D)");
    }

    @Test
    void ipv6HostInBracketsIsAccepted() {
        URI ipv6 = URI.create("https://[2001:db8::1]/kpi/17");

        assertThat(ExternalReference.builder().system("pentana").uri(ipv6).build().uri()).contains(ipv6);
    }

    @Test
    void blankSystemIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ExternalReference.of(" ", "KPI-017"))
                .withMessage("reference.system: must not be blank, was ' '");
    }

    @Test
    void blankKeyIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ExternalReference.of("pentana", ""))
                .withMessage("reference 'pentana'.key: must not be blank");
    }
}

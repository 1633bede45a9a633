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

package io.github.councilplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    void uriWithABracketOutsideAnIpv6HostIsRejected() {
        ExternalReference.Builder r = ExternalReference.builder().system("pentana")
                .uri(URI.create("https://example.gov.uk/kpi?ids=[17]"));

        assertThatIllegalArgumentException()
                .isThrownBy(r::build)
                .withMessage("reference 'pentana'.uri: 'https://example.gov.uk/kpi?ids=[17]' is not a URI as RFC 3986 "
                        + "has it ('[' and ']', for one, only around an IPv6 host; elsewhere percent-encoded)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.gov.uk/kpi/17?q=a%20b#top", "urn:council:kpi-17", "mailto:a@example.org",
        "https://user:pw@[2001:db8::1]:8443/a", "https://[v7.x:y]/", "file:///tmp/plan.json", "http://", "a:/b",
        "https://192.168.0.1/", "HTTPS://Example.gov.uk/A%2fB"})
    void rfc3986AbsoluteUrisAreAbsoluteUris(String text) {
        assertThat(ExternalReference.isAbsoluteUri(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "kpi/17", "//example.gov.uk/", "1http://a/", "urn:", "a:", "urn:council:[",
        "https://example.gov.uk/[x]", "https://example.gov.uk/?q=[1]", "https://example.gov.uk/#]",
        "https://example.gov.uk/a b", "https://example.gov.uk/é", "https://example.gov.uk/%zz", "https://example.gov.uk/%4",
        "https://[1::2::3]/", "https://[::1/", "https://a:b/", "https://example.gov.uk/\\", "https://a/\"x\""})
    void otherTextIsNotAnAbsoluteUri(String text) {
        assertThat(ExternalReference.isAbsoluteUri(text)).isFalse();
    }

    @Test
    void aLongUriIsCheckedWithoutOverflowingTheStack() {
        String longPath = "https://example.gov.uk" + "/a%20b".repeat(500_000);

        assertThat(ExternalReference.isAbsoluteUri(longPath)).isTrue();
        assertThat(ExternalReference.isAbsoluteUri(longPath + "[")).isFalse();
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

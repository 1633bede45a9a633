package io.github.councilplan.model;

import static io.github.councilplan.model.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class OrganisationTest {
    private static Organisation.Builder thurrock() {
        return Organisation.builder().name(text("Thurrock Council"));
    }

    @Test
    void thurrocksGssCodeAndOrgIdAreAccepted() {
        Organisation organisation = thurrock().gssCode("E06000034").orgId("GB-LAE-THR").build();

        assertThat(organisation.gssCode()).contains("E06000034");
        assertThat(organisation.orgId()).contains("GB-LAE-THR");
    }

    @Test
    void aGssCodeWithoutTheNationsLetterIsRefusedNamingTheField() {
        assertThatIllegalArgumentException().isThrownBy(() -> thurrock().gssCode("06000034").build())
                .withMessageStartingWith("organisation.gssCode: '06000034' is not a GSS code");
    }

    @Test
    void aGssCodeOfALetterForNoNationIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> thurrock().gssCode("K06000034").build())
                .withMessageContaining("expected E, W, S or N and eight digits");
    }

    @Test
    void anOrgIdWithoutAnIdentifierIsRefusedNamingTheField() {
        assertThatIllegalArgumentException().isThrownBy(() -> thurrock().orgId("GB-LAE").build())
                .withMessageStartingWith("organisation.orgId: 'GB-LAE' is not an org-id identifier");
    }

    @Test
    void anEnglishListsIdentifierWithAWelshGssCodeIsRefusedNamingBothNations() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> thurrock().gssCode("W06000099").orgId("GB-LAE-THR").build())
                .withMessage("organisation.orgId: 'GB-LAE-THR' is in GB-LAE, a list of local authorities in England,"
                        + " but GSS code 'W06000099' is of an area in Wales");
    }

    @Test
    void anIdentifierInAListOfNoNationIsCheckedForItsFormOnly() {
        assertThat(thurrock().gssCode("N09000001").orgId("GB-COH-12345678").build().orgId())
                .contains("GB-COH-12345678");
    }

    @Test
    void eitherIdentifierAloneIsAccepted() {
        assertThat(thurrock().orgId("GB-PLA-ZZE").build().gssCode()).isEmpty();
        assertThat(thurrock().gssCode("S12000099").build().orgId()).isEmpty();
    }

    @Property
    void anIdentifierInTheListOfItsGssCodesNationIsAccepted(@ForAll("nations") String nation,
            @ForAll("digits") String digits, @ForAll("codes") String code) {
        String list = switch (nation) {
            case "E" -> "GB-LAE";
            case "W" -> "GB-PLA";
            default -> "GB-LAS";
        };

        assertThat(Organisation.violations(Optional.of(nation + digits), Optional.of(list + "-" + code))).isEmpty();
    }

    @Property
    void anIdentifierInAnotherNationsListIsAViolationOfTheOrgId(@ForAll("nations") String nation,
            @ForAll("nations") String other, @ForAll("digits") String digits, @ForAll("codes") String code) {
        String list = switch (other) {
            case "E" -> "GB-LAE";
            case "W" -> "GB-PLA";
            default -> "GB-LAS";
        };

        assertThat(Organisation.violations(Optional.of(nation + digits), Optional.of(list + "-" + code)))
                .extracting(Violation::field)
                .isEqualTo(nation.equals(other) ? java.util.List.of() : java.util.List.of("orgId"));
    }

    @Provide
    Arbitrary<String> nations() {
        return Arbitraries.of("E", "W", "S");
    }

    @Provide
    Arbitrary<String> digits() {
        return Arbitraries.strings().numeric().ofLength(8);
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(4);
    }
}

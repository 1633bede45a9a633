package io.github.councilplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EditionTest {
    private static final LocalDate ADOPTED = LocalDate.of(2025, 10, 22);

    @ParameterizedTest
    @EnumSource(value = EditionStatus.class, names = {"ADOPTED", "SUPERSEDED"})
    void editionPastDraftMayHaveAnAdoptionDate(EditionStatus status) {
        Edition e = Edition.builder().name("2025 refresh").status(status).adoptedOn(ADOPTED).build();

        assertThat(e.adoptedOn()).contains(ADOPTED);
    }

    @Test
    void draftWithoutAnAdoptionDateIsAccepted() {
        Edition e = Edition.builder().name("2026 draft").status(EditionStatus.DRAFT).build();

        assertThat(e.adoptedOn()).isEmpty();
    }

    @Test
    void draftWithAnAdoptionDateIsRejected() {
        Edition.Builder e = Edition.builder().name("2026 draft").status(EditionStatus.DRAFT).adoptedOn(ADOPTED);

        assertThatIllegalArgumentException()
                .isThrownBy(e::build)
                .withMessage("edition.adoptedOn: a draft has no adoption date, was '2025-10-22'");
    }

    @Test
    void editionSupersedingAnotherIsAccepted() {
        Edition e = Edition.builder().name("2025 refresh").status(EditionStatus.ADOPTED).supersedes("2024").build();

        assertThat(e.supersedes()).contains("2024");
    }

    @Test
    void editionSupersedingItselfIsRejected() {
        Edition.Builder e = Edition.builder().name("2025").status(EditionStatus.ADOPTED).supersedes("2025");

        assertThatIllegalArgumentException()
                .isThrownBy(e::build)
                .withMessage("edition.supersedes: '2025' cannot supersede itself");
    }

    @Test
    void blankNameIsRejected() {
        Edition.Builder e = Edition.builder().name(" \t").status(EditionStatus.ADOPTED);

        assertThatIllegalArgumentException()
                .isThrownBy(e::build)
                .withMessage("edition.name: must not be blank, was ' \t'");
    }

    @Test
    void blankSupersedesIsRejected() {
        Edition.Builder e = Edition.builder().name("2025").status(EditionStatus.ADOPTED).supersedes(" ");

        assertThatIllegalArgumentException()
                .isThrownBy(e::build)
                .withMessageStartingWith("edition.supersedes: must not be blank");
    }
}

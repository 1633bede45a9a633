package io.github.councilplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    void supersededEditionNamingItsSuccessorIsAccepted() {
        Supersession successor = Supersession.of("2026 refresh", LocalDate.of(2026, 10, 21));
        Edition e = Edition.builder().name("2025 refresh").status(EditionStatus.SUPERSEDED).adoptedOn(ADOPTED)
                .decision(Decision.builder().reference("Minute 87").build()).supersededBy(successor).build();

        assertThat(e.supersededBy()).contains(successor);
        assertThat(e.decision()).map(Decision::reference).contains(Optional.of("Minute 87"));
    }

    @ParameterizedTest
    @EnumSource(value = EditionStatus.class, names = {"DRAFT", "ADOPTED"})
    void editionThatIsNotSupersededNamingASuccessorIsRejected(EditionStatus status) {
        Edition.Builder e = Edition.builder().name("2025").status(status)
                .supersededBy(Supersession.builder().edition("2026").build());

        assertThatIllegalArgumentException()
                .isThrownBy(e::build)
                .withMessage("edition.supersededBy: names the edition that superseded this one, but the status is '"
                        + status.name().toLowerCase(Locale.ROOT) + "', not 'superseded'");
    }

    @Test
    void editionSupersededByItselfIsRejected() {
        Edition.Builder e = Edition.builder().name("2025").status(EditionStatus.SUPERSEDED)
                .supersededBy(Supersession.builder().edition("2025").build());

        assertThatIllegalArgumentException()
                .isThrownBy(e::build)
                .withMessage("edition.supersededBy: '2025' cannot be superseded by itself");
    }

    @Test
    void editionSupersededBeforeItWasAdoptedIsRejected() {
        Edition.Builder e = Edition.builder().name("2025").status(EditionStatus.SUPERSEDED).adoptedOn(ADOPTED)
                .supersededBy(Supersession.of("2026", ADOPTED.minusDays(1)));

        assertThatIllegalArgumentException()
                .isThrownBy(e::build)
                .withMessage("edition.supersededBy: superseded on 2025-10-21, before it was adopted on 2025-10-22");
    }

    @Test
    void editionSupersededOnTheDayItWasAdoptedIsAccepted() {
        Edition e = Edition.builder().name("2025").status(EditionStatus.SUPERSEDED).adoptedOn(ADOPTED)
                .supersededBy(Supersession.of("2026", ADOPTED)).build();

        assertThat(e.supersededBy().flatMap(Supersession::on)).contains(ADOPTED);
    }

    @Test
    void violationsOfAConsistentEditionAreNone() {
        assertThat(Edition.violations("2025", Optional.of(EditionStatus.SUPERSEDED), Optional.of(ADOPTED),
                Optional.of("2024"), Optional.of("2026"), Optional.of(ADOPTED.plusYears(1)))).isEmpty();
    }

    @Test
    void violationsListEveryBreakInFieldOrder() {
        List<Violation> breaks = Edition.violations("2025", Optional.of(EditionStatus.DRAFT), Optional.of(ADOPTED),
                Optional.of("2025"), Optional.of("2025"), Optional.of(ADOPTED.minusDays(1)));

        assertThat(breaks).extracting(Violation::field)
                .containsExactly("adoptedOn", "supersedes", "supersededBy", "supersededBy", "supersededBy");
        assertThat(breaks).extracting(Violation::message).containsExactly(
                "a draft has no adoption date, was '2025-10-22'",
                "'2025' cannot supersede itself",
                "'2025' cannot be superseded by itself",
                "names the edition that superseded this one, but the status is 'draft', not 'superseded'",
                "superseded on 2025-10-21, before it was adopted on 2025-10-22");
    }

    @Test
    void violationsWithAnUnknownStatusLeaveOutTheRulesThatNeedIt() {
        List<Violation> breaks = Edition.violations("2025", Optional.empty(), Optional.of(ADOPTED), Optional.empty(),
                Optional.of("2026"), Optional.empty());

        assertThat(breaks).isEmpty();
    }

    @Test
    void theModelRefusesAnEditionWithTheFirstOfItsViolations() {
        Edition.Builder e = Edition.builder().name("2025").status(EditionStatus.DRAFT).adoptedOn(ADOPTED)
                .supersedes("2025");
        Violation first = Edition.violations("2025", Optional.of(EditionStatus.DRAFT), Optional.of(ADOPTED),
                Optional.of("2025"), Optional.empty(), Optional.empty()).get(0);

        assertThatIllegalArgumentException()
                .isThrownBy(e::build)
                .withMessage("edition." + first);
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

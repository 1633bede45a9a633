package io.github.councilplan.model;

import static io.github.councilplan.model.Fixtures.decimal;
import static io.github.councilplan.model.Fixtures.measureBuilder;
import static io.github.councilplan.model.Fixtures.period;
import static io.github.councilplan.model.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.councilplan.model.json.PlanJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** {@link TargetRevision}, and the target in force on a date ({@link Target#asAt}, {@link Measure#rating}). */
class TargetRevisionTest {
    private static final JsonMapper JSON = PlanJson.standard().mapper();
    private static final ReportingPeriod YEAR = period("2025/26");
    private static final Decision CABINET = Decision.of(text("Cabinet"), LocalDate.of(2025, 9, 17));
    private static final LocalDate OCTOBER = LocalDate.of(2025, 10, 1);
    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 5);

    private static Target revised(TargetRevision... revisions) {
        return Target.builder().period(YEAR).value(decimal("80")).addRevisions(revisions).build();
    }

    @Provide
    Arbitrary<Target> revisedTargets() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 1500)
                .map(days -> LocalDate.of(2024, 4, 1).plusDays(days));
        Arbitrary<Decision> decisions = Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).map(r -> Decision.builder().reference(r).build()),
                dates.map(date -> Decision.of(text("Cabinet"), date)));
        Arbitrary<TargetRevision> revisions = Combinators.combine(dates, Arbitraries.integers().between(0, 3),
                Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000")).ofScale(2),
                decisions, Arbitraries.of(true, false)).as((date, form, value, decision, flag) -> {
                    TargetRevision.Builder b = TargetRevision.builder().date(date).decision(decision)
                            .afterPeriodClosed(flag);
                    switch (form) {
                        case 0: return b.withdrawn(true).build();
                        case 1: return b.value(value).build();
                        case 2: return b.text(text("about " + value)).build();
                        default: return b.value(value).text(text("exactly " + value)).reason(text("why")).build();
                    }
                });
        return Combinators.combine(ValueArbitraries.targets(), revisions.list().ofMaxSize(4))
                .as((target, list) -> Target.builder().from(target).revisions(list).build());
    }

    @Test
    void aRevisionToANewValueHasItsDateValueAndDecision() {
        TargetRevision revision = TargetRevision.of(OCTOBER, decimal("85"), CABINET);

        assertThat(revision.date()).isEqualTo(OCTOBER);
        assertThat(revision.value()).contains(decimal("85"));
        assertThat(revision.withdrawn()).isFalse();
        assertThat(revision.decision()).isEqualTo(CABINET);
        assertThat(revision.afterPeriodClosed()).isFalse();
    }

    @Test
    void aWithdrawalHasNoValue() {
        TargetRevision revision = TargetRevision.withdrawal(OCTOBER, CABINET);

        assertThat(revision.withdrawn()).isTrue();
        assertThat(revision.value()).isEmpty();
        assertThat(revision.text()).isEmpty();
    }

    @Test
    void aWithdrawalWithAValueIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TargetRevision.builder().date(OCTOBER).decision(CABINET).withdrawn(true)
                        .value(BigDecimal.ONE).build())
                .withMessage("target revision of 2025-10-01: withdraws the target, so has no value or text");
    }

    @Test
    void aRevisionThatNeitherRevisesNorWithdrawsIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TargetRevision.builder().date(OCTOBER).decision(CABINET).build())
                .withMessage("target revision of 2025-10-01: has neither a value nor a text, and does not withdraw"
                        + " the target");
    }

    @Test
    void theAdoptedTargetHoldsUntilTheFirstRevision() {
        Target target = revised(TargetRevision.of(OCTOBER, decimal("85"), CABINET));

        assertThat(target.asAt(OCTOBER.minusDays(1))).contains(Target.of(YEAR, decimal("80")));
        assertThat(target.adopted()).isEqualTo(Target.of(YEAR, decimal("80")));
        assertThat(target.revised()).isTrue();
    }

    @Test
    void aRevisionIsInForceFromItsDate() {
        Target target = revised(TargetRevision.of(OCTOBER, decimal("85"), CABINET));

        assertThat(target.asAt(OCTOBER)).contains(Target.of(YEAR, decimal("85")));
    }

    @Test
    void aRevisionInWordsOnlyLeavesNoValueInForce() {
        Target target = revised(TargetRevision.builder().date(OCTOBER).text(text("as many as last year"))
                .decision(CABINET).build());

        assertThat(target.asAt(JANUARY)).contains(Target.builder().period(YEAR).text(text("as many as last year"))
                .build());
    }

    @Test
    void aWithdrawnTargetIsNotInForce() {
        Target target = revised(TargetRevision.of(OCTOBER, decimal("85"), CABINET),
                TargetRevision.withdrawal(JANUARY, CABINET));

        assertThat(target.asAt(JANUARY.minusDays(1))).contains(Target.of(YEAR, decimal("85")));
        assertThat(target.asAt(JANUARY)).isEmpty();
    }

    @Test
    void theLatestRevisionByDateIsInForceWhateverTheirOrder() {
        TargetRevision later = TargetRevision.of(JANUARY, decimal("90"), CABINET);
        Target target = revised(later, TargetRevision.of(OCTOBER, decimal("85"), CABINET));

        assertThat(target.revisionInForce(JANUARY.plusDays(1))).contains(later);
    }

    @Test
    void ofTwoRevisionsOfOneDateTheLaterListedIsInForce() {
        TargetRevision second = TargetRevision.of(OCTOBER, decimal("90"), CABINET);
        Target target = revised(TargetRevision.of(OCTOBER, decimal("85"), CABINET), second);

        assertThat(target.revisionInForce(OCTOBER)).contains(second);
    }

    @Test
    void aRevisedValueIsNormalisedAsATargetsIs() {
        assertThat(TargetRevision.of(OCTOBER, new BigDecimal("1E+3"), CABINET).value()).get().hasToString("1000");
    }

    @Property
    void jsonRoundTripGivesAnEqualRevisedTarget(@ForAll("revisedTargets") Target target) {
        assertThat(JSON.readValue(JSON.writeValueAsString(target), Target.class)).isEqualTo(target);
    }

    @Property
    void beforeEveryRevisionTheAdoptedTargetIsInForce(@ForAll("revisedTargets") Target target) {
        LocalDate before = target.revisions().stream().map(TargetRevision::date).min(Comparator.naturalOrder())
                .orElse(LocalDate.MAX).minusDays(1);

        assertThat(target.asAt(before)).contains(target.adopted());
        assertThat(target.adopted().revisions()).isEmpty();
    }

    @Property
    void onAnyDateTheTargetInForceIsTheLatestRevisionsOrNoneIfItWithdrew(@ForAll("revisedTargets") Target target,
            @ForAll("days") LocalDate date) {
        Optional<TargetRevision> latest = target.revisions().stream().filter(r -> !r.date().isAfter(date))
                .reduce((a, b) -> b.date().isBefore(a.date()) ? a : b);

        Optional<Target> inForce = target.asAt(date);

        if (latest.isEmpty()) {
            assertThat(inForce).contains(target.adopted());
        } else if (latest.get().withdrawn()) {
            assertThat(inForce).isEmpty();
        } else {
            assertThat(inForce).get().satisfies(t -> {
                assertThat(t.period()).isEqualTo(target.period());
                assertThat(t.value()).isEqualTo(latest.get().value());
                assertThat(t.text()).isEqualTo(latest.get().text());
                assertThat(t.revisions()).isEmpty();
            });
        }
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 1600).map(days -> LocalDate.of(2024, 3, 1).plusDays(days));
    }

    // ---- rating against the target in force, or the adopted one

    private static Measure measure(Target target) {
        return measureBuilder("k", null).addTargets(target).putActuals(YEAR, decimal("82")).build();
    }

    @Test
    void aPeriodIsRatedAgainstTheTargetInForceAtItsEnd() {
        Measure m = measure(revised(TargetRevision.of(OCTOBER, decimal("85"), CABINET)));

        assertThat(m.rating(YEAR).target()).contains(decimal("85"));
        assertThat(m.rating(YEAR).status()).contains(RagStatus.RED);
        assertThat(m.targetFor(YEAR, OCTOBER)).contains(Target.of(YEAR, decimal("85")));
    }

    @Test
    void aPeriodCanBeRatedAgainstTheAdoptedTarget() {
        Measure m = measure(revised(TargetRevision.of(OCTOBER, decimal("85"), CABINET)));

        assertThat(m.ratingAgainstAdopted(YEAR).target()).contains(decimal("80"));
        assertThat(m.ratingAgainstAdopted(YEAR).status()).contains(RagStatus.GREEN);
    }

    @Test
    void aReportMadeBeforeARevisionRatesAgainstTheTargetThenInForce() {
        Measure m = measure(revised(TargetRevision.of(JANUARY, decimal("85"), CABINET)));

        assertThat(m.rating(YEAR, OCTOBER).target()).contains(decimal("80"));
        assertThat(m.rating(YEAR, JANUARY).target()).contains(decimal("85"));
    }

    @Test
    void aWithdrawnTargetLeavesThePeriodUnratedForThatReason() {
        Measure m = measure(revised(TargetRevision.withdrawal(OCTOBER, CABINET)));

        assertThat(m.rating(YEAR).reason()).contains(Unrated.TARGET_WITHDRAWN);
        assertThat(m.targetFor(YEAR, OCTOBER)).isEmpty();
    }

    @Property
    void withoutRevisionsTheAdoptedAndInForceRatingsAgree(@ForAll("revisedTargets") Target target) {
        Target adopted = target.adopted();
        if (adopted.period().isEmpty()) {
            return;
        }
        Measure m = measureBuilder("k", null).addTargets(adopted).putActuals(adopted.period().get(), decimal("3"))
                .build();

        assertThat(m.rating(adopted.period().get())).isEqualTo(m.ratingAgainstAdopted(adopted.period().get()));
        assertThat(List.of(m.rating(adopted.period().get(), LocalDate.MAX)))
                .containsExactly(m.rating(adopted.period().get()));
    }
}

package io.github.councilplan.model;

import static io.github.councilplan.model.Fixtures.decimal;
import static io.github.councilplan.model.Fixtures.measureBuilder;
import static io.github.councilplan.model.Fixtures.period;
import static io.github.councilplan.model.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link Measure#rating}: red, amber or green where a period can be rated, and why not where it cannot. */
class MeasureRatingTest {
    private static final ReportingPeriod YEAR = period("2025/26");
    private static final ReportingPeriod Q1 = period("2025/26 Q1");

    /** A yearly measure where higher is better, with a tolerance of 5. */
    private static Measure.Builder yearly() {
        return measureBuilder("k", null).tolerance(Tolerance.absolute(decimal("5")));
    }

    @Provide
    Arbitrary<Measure> measures() {
        return ValueArbitraries.measures();
    }

    // ---- rated

    @Test
    void aPeriodWithANumericTargetAndActualIsRatedWithTheNumbersItCameFrom() {
        Rating rating = yearly().putTargets(YEAR, decimal("80")).putActuals(YEAR, decimal("78.5")).build()
                .rating(YEAR);

        assertThat(rating.period()).isEqualTo(YEAR);
        assertThat(rating.status()).contains(RagStatus.AMBER);
        assertThat(rating.target()).contains(decimal("80"));
        assertThat(rating.actual()).contains(decimal("78.5"));
        assertThat(rating.reason()).isEmpty();
        assertThat(rating).hasToString("2025/26: amber (78.5 against 80)");
    }

    @Test
    void aTargetAndActualThatAlsoHaveWordsAreRatedByTheirNumbers() {
        Measure m = yearly().addTargets(Target.builder().period(YEAR).value(decimal("80")).text(text("eight in ten"))
                .build()).addActuals(Observation.builder().period(YEAR).value(decimal("90")).text(text("nine")).build())
                .build();

        assertThat(m.rating(YEAR).status()).contains(RagStatus.GREEN);
    }

    // ---- unrated, and why

    @Test
    void aMeasureWithoutADirectionIsUnratedForThatReason() {
        Measure m = yearly().direction(Optional.empty()).putTargets(YEAR, decimal("80"))
                .putActuals(YEAR, decimal("90")).build();

        assertThat(m.rating(YEAR).reason()).contains(Unrated.NO_DIRECTION);
        assertThat(m.rating(YEAR).status()).isEmpty();
    }

    @Test
    void aMeasureWithoutTargetsHasNoTarget() {
        Measure m = yearly().putActuals(YEAR, decimal("90")).build();

        assertThat(m.rating(YEAR).reason()).contains(Unrated.NO_TARGET);
    }

    @Test
    void aQuartersActualAgainstAYearsTargetIsATargetForAnotherPeriod() {
        Measure m = yearly().frequency(PeriodType.FINANCIAL_QUARTER).putTargets(YEAR, decimal("80"))
                .putActuals(Q1, decimal("90")).build();

        assertThat(m.rating(Q1).reason()).contains(Unrated.TARGET_FOR_OTHER_PERIOD);
        assertThat(m.rating(Q1)).hasToString("2025/26 Q1: unrated (TARGET_FOR_OTHER_PERIOD)");
    }

    @Test
    void aTargetOverTheWholePlanIsATargetForAnotherPeriod() {
        Measure m = yearly().addTargets(Target.overPlan(decimal("1000"))).putActuals(YEAR, decimal("150")).build();

        assertThat(m.rating(YEAR).reason()).contains(Unrated.TARGET_FOR_OTHER_PERIOD);
    }

    @Test
    void aTargetInWordsIsUnratedForThatReason() {
        Measure m = yearly().addTargets(Target.builder().period(YEAR).text(text("every call answered")).build())
                .putActuals(YEAR, decimal("90")).build();

        assertThat(m.rating(YEAR).reason()).contains(Unrated.TARGET_IN_WORDS);
    }

    @Test
    void aPeriodWithATargetAndNoActualHasNoActual() {
        Measure m = yearly().putTargets(YEAR, decimal("80"))
                .addActuals(Observation.asAt(LocalDate.of(2025, 9, 30), decimal("90"))).build();

        assertThat(m.rating(YEAR).reason()).contains(Unrated.NO_ACTUAL);
    }

    @Test
    void anActualInWordsIsUnratedForThatReason() {
        Measure m = yearly().putTargets(YEAR, decimal("80"))
                .addActuals(Observation.builder().period(YEAR).text(text("on track")).build()).build();

        assertThat(m.rating(YEAR).reason()).contains(Unrated.ACTUAL_IN_WORDS);
    }

    @Property
    void aPeriodIsRatedExactlyWhenTheMeasureHasADirectionAndANumericTargetAndActualForIt(
            @ForAll("measures") Measure m) {
        Set<ReportingPeriod> periods = new HashSet<>();
        m.targets().forEach(t -> t.period().ifPresent(periods::add));
        m.actuals().forEach(a -> a.period().ifPresent(periods::add));
        for (ReportingPeriod p : periods) {
            boolean rateable = m.direction().isPresent()
                    && m.targetFor(p).flatMap(Target::value).isPresent()
                    && m.actualFor(p).flatMap(Observation::value).isPresent();
            Rating rating = m.rating(p);

            assertThat(rating.status().isPresent()).isEqualTo(rateable);
            assertThat(rating.reason().isPresent()).isNotEqualTo(rateable);
            assertThat(m.rag(p)).isEqualTo(rating.status());
            rating.status().ifPresent(status -> assertThat(status).isEqualTo(RagStatus.of(m.direction().get(),
                    m.targetFor(p).get().value().get(), m.actualFor(p).get().value().get(),
                    m.tolerance().orElse(null))));
        }
    }

    // ---- finding targets and actuals

    @Test
    void targetForAPeriodIsNeverTheTargetOverThePlan() {
        Measure m = yearly().addTargets(Target.overPlan(decimal("1000"))).build();

        assertThat(m.targetFor(YEAR)).isEmpty();
        assertThat(m.targetOverPlan()).contains(Target.overPlan(decimal("1000")));
    }

    @Test
    void aPeriodEndingOnADayIsLaterThanAValueAsAtThatDay() {
        Observation asAt = Observation.asAt(LocalDate.of(2025, 6, 30), decimal("10"));
        Observation quarter = Observation.of(Q1, decimal("20"));

        assertThat(yearly().addActuals(quarter, asAt).build().latestActual()).contains(quarter);
        assertThat(yearly().addActuals(asAt, quarter).build().latestActual()).contains(quarter);
    }

    @Test
    void aValueAsAtALaterDayIsTheLatest() {
        Observation asAt = Observation.asAt(LocalDate.of(2025, 7, 1), decimal("10"));

        assertThat(yearly().addActuals(asAt).putActuals(Q1, decimal("20")).build().latestActual()).contains(asAt);
    }

    // ---- one per key

    @Test
    void twoTargetsForOnePeriodAreRefused() {
        Measure.Builder m = yearly().putTargets(YEAR, decimal("80"))
                .addTargets(Target.builder().period(YEAR).text(text("more")).build());

        assertThatIllegalArgumentException()
                .isThrownBy(m::build)
                .withMessage("measure 'k': targets[1] is for 2025/26, as targets[0] is");
    }

    @Test
    void twoTargetsOverTheWholePlanAreRefused() {
        Measure.Builder m = yearly().addTargets(Target.overPlan(decimal("1")), Target.overPlan(decimal("2")));

        assertThatIllegalArgumentException()
                .isThrownBy(m::build)
                .withMessage("measure 'k': targets[1] is for the whole plan, as targets[0] is");
    }

    @Test
    void aTargetForAPeriodAndOneOverThePlanAreAccepted() {
        Measure m = yearly().putTargets(YEAR, decimal("80")).addTargets(Target.overPlan(decimal("400"))).build();

        assertThat(m.targets()).hasSize(2);
    }

    @Test
    void twoActualsAsAtOneDayAreRefused() {
        LocalDate day = LocalDate.of(2025, 9, 30);
        Measure.Builder m = yearly().addActuals(Observation.asAt(day, BigDecimal.ONE), Observation.asAt(day,
                BigDecimal.TEN));

        assertThatIllegalArgumentException()
                .isThrownBy(m::build)
                .withMessage("measure 'k': actuals[1] is for as at 2025-09-30, as actuals[0] is");
    }

    @Test
    void twoAssessmentsForOnePeriodAreRefused() {
        Measure.Builder m = yearly().addAssessments(
                Assessment.builder().period(YEAR).status(RagState.GREEN).reason(text("On track")).build(),
                Assessment.builder().period(YEAR).status(RagState.RED).reason(text("Behind")).build());

        assertThatIllegalArgumentException()
                .isThrownBy(m::build)
                .withMessage("measure 'k': assessments[1] is for 2025/26, as assessments[0] is");
    }
}

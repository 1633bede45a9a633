package io.github.councilplan.model;

import static io.github.councilplan.model.Fixtures.decimal;
import static io.github.councilplan.model.Fixtures.measureBuilder;
import static io.github.councilplan.model.Fixtures.period;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link RagState}: the states a report counts, and how a rating's state is computed from the data. */
class RagStateTest {
    private static final ReportingPeriod YEAR = period("2025/26");

    @Provide
    Arbitrary<Measure> measures() {
        return ValueArbitraries.measures();
    }

    @ParameterizedTest
    @EnumSource(RagStatus.class)
    void eachStatusIsTheStateOfTheSameName(RagStatus status) {
        assertThat(RagState.of(status).name()).isEqualTo(status.name());
        assertThat(RagState.of(status).status()).contains(status);
        assertThat(RagState.of(status).rated()).isTrue();
    }

    @Test
    void onlyRedAmberAndGreenAreRated() {
        Set<RagState> rated = Arrays.stream(RagState.values()).filter(RagState::rated)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RagState.class)));

        assertThat(rated).containsExactlyInAnyOrder(RagState.RED, RagState.AMBER, RagState.GREEN);
    }

    @Test
    void everyUnratedReasonMapsToAStateThatIsNotRedAmberOrGreen() {
        for (Unrated reason : Unrated.values()) {
            assertThat(reason.state().rated()).as(reason.name()).isFalse();
        }
    }

    @Test
    void everyStateOtherThanNotRatedIsTheStateOfSomeReasonOrStatus() {
        Set<RagState> reached = EnumSet.noneOf(RagState.class);
        Arrays.stream(Unrated.values()).map(Unrated::state).forEach(reached::add);
        Arrays.stream(RagStatus.values()).map(RagState::of).forEach(reached::add);

        assertThat(reached).containsExactlyInAnyOrder(RagState.values());
    }

    @Test
    void jsonNamesAreLowerCamelCase() {
        assertThat(RagState.NO_TARGET.jsonName()).isEqualTo("noTarget");
        assertThat(RagState.DATA_AWAITED.jsonName()).isEqualTo("dataAwaited");
        assertThat(RagState.RED.jsonName()).isEqualTo("red");
    }

    @Test
    void noTargetReadsAsNoTargetSet() {
        assertThat(RagState.NO_TARGET.words()).isEqualTo("no target set");
        assertThat(RagState.DATA_AWAITED.words()).isEqualTo("data awaited");
    }

    @Test
    void aRatedPeriodsStateIsItsStatus() {
        Rating rating = measureBuilder("k", null).putTargets(YEAR, decimal("80")).putActuals(YEAR, decimal("70"))
                .build().rating(YEAR);

        assertThat(rating.computedState()).isEqualTo(RagState.RED);
        assertThat(rating.state()).isEqualTo(RagState.RED);
        assertThat(rating.override()).isEmpty();
    }

    @Test
    void aPeriodWithATargetAndNoActualIsDataAwaited() {
        Rating rating = measureBuilder("k", null).putTargets(YEAR, decimal("80")).build().rating(YEAR);

        assertThat(rating.state()).isEqualTo(RagState.DATA_AWAITED);
    }

    @Test
    void aMeasureWithoutTargetsHasNoTargetSet() {
        Rating rating = measureBuilder("k", null).putActuals(YEAR, decimal("80")).build().rating(YEAR);

        assertThat(rating.state()).isEqualTo(RagState.NO_TARGET);
    }

    @Test
    void aMeasureWithoutADirectionIsNotApplicable() {
        Rating rating = measureBuilder("k", null).direction(Optional.empty()).putTargets(YEAR, decimal("80"))
                .putActuals(YEAR, decimal("80")).build().rating(YEAR);

        assertThat(rating.state()).isEqualTo(RagState.NOT_APPLICABLE);
    }

    @Property
    void aRatingsStateIsNeverNullAndIsTheComputedOneWithoutAnOverride(@ForAll("measures") Measure measure) {
        for (ReportingPeriod period : periodsOf(measure)) {
            Rating rating = measure.rating(period);
            assertThat(rating.state()).isNotNull();
            assertThat(rating.state()).isEqualTo(rating.override().orElse(rating.computedState()));
            assertThat(rating.computedState())
                    .isEqualTo(rating.status().map(RagState::of).orElseGet(() -> rating.reason().get().state()));
        }
    }

    private static Set<ReportingPeriod> periodsOf(Measure measure) {
        Set<ReportingPeriod> periods = new java.util.LinkedHashSet<>();
        periods.add(YEAR);
        measure.targets().forEach(t -> t.period().ifPresent(periods::add));
        measure.actuals().forEach(a -> a.period().ifPresent(periods::add));
        return periods;
    }
}

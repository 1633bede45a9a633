package io.github.councilplan.model;

import static io.github.councilplan.model.Fixtures.milestoneBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MilestoneTest {
    private static final LocalDate ACHIEVED = LocalDate.of(2025, 7, 14);

    @Test
    void achievedMilestoneWithStatusCompleteIsAccepted() {
        Milestone m = milestoneBuilder("m", null).achieved(ACHIEVED).status(ProgressStatus.COMPLETE).build();

        assertThat(m.achieved()).contains(PlanDate.of(ACHIEVED));
        assertThat(m.status()).contains(ProgressStatus.COMPLETE);
    }

    @Test
    void achievedMilestoneWithoutStatusIsAccepted() {
        Milestone m = milestoneBuilder("m", null).achieved(ACHIEVED).build();

        assertThat(m.status()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ProgressStatus.class, mode = EnumSource.Mode.EXCLUDE, names = "COMPLETE")
    void achievedMilestoneWithAnotherStatusIsRejected(ProgressStatus status) {
        Milestone.Builder m = milestoneBuilder("m-1", null).achieved(ACHIEVED).status(status);

        assertThatIllegalArgumentException()
                .isThrownBy(m::build)
                .withMessage("milestone 'm-1': status '" + status + "' contradicts achieved date 2025-07-14"
                        + " (expected complete)");
    }

    @ParameterizedTest
    @EnumSource(ProgressStatus.class)
    void milestoneNotYetAchievedMayHaveAnyStatus(ProgressStatus status) {
        Milestone m = milestoneBuilder("m", null).status(status).build();

        assertThat(m.status()).contains(status);
    }
}

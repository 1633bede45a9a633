package io.github.councilplan.model;

import static io.github.councilplan.model.Fixtures.deliverableBuilder;
import static io.github.councilplan.model.Fixtures.id;
import static io.github.councilplan.model.Fixtures.period;
import static io.github.councilplan.model.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class DeliverableTest {

    @Test
    void progressForDifferentPeriodsIsKeptInOrder() {
        ProgressUpdate q2 = ProgressUpdate.of(period("2025/26 Q2"), ProgressStatus.AMBER);
        ProgressUpdate q1 = ProgressUpdate.of(period("2025/26 Q1"), ProgressStatus.GREEN);

        Deliverable d = deliverableBuilder("d", "1.1.1").addProgress(q2, q1).build();

        assertThat(d.progress()).containsExactly(q2, q1);
    }

    @Test
    void progressReportedTwiceForAPeriodIsRejected() {
        Deliverable.Builder d = deliverableBuilder("d", "1.1.1").addProgress(
                ProgressUpdate.of(period("2025/26 Q1"), ProgressStatus.GREEN),
                ProgressUpdate.of(period("2025/26 Q2"), ProgressStatus.GREEN),
                ProgressUpdate.builder().period(period("2025/26 Q1")).status(ProgressStatus.RED)
                        .commentary(text("revised")).build());

        assertThatIllegalArgumentException()
                .isThrownBy(d::build)
                .withMessage("deliverable 1.1.1: progress[2].period '2025/26 Q1' is reported twice (also progress[0])");
    }

    @Test
    void progressForOverlappingPeriodsOfDifferentTypesIsAccepted() {
        // the calendar year 2025 and the financial year 2025/26 are different periods
        Deliverable d = deliverableBuilder("d", null).addProgress(
                ProgressUpdate.of(period("2025"), ProgressStatus.GREEN),
                ProgressUpdate.of(period("2025/26"), ProgressStatus.AMBER)).build();

        assertThat(d.progress()).hasSize(2);
    }

    @Test
    void progressForReturnsTheUpdateForThatPeriod() {
        ProgressUpdate q1 = ProgressUpdate.of(period("2025/26 Q1"), ProgressStatus.GREEN);
        ProgressUpdate q2 = ProgressUpdate.of(period("2025/26 Q2"), ProgressStatus.AMBER);
        Deliverable d = deliverableBuilder("d", null).addProgress(q1, q2).build();

        assertThat(d.progressFor(period("2025/26 Q2"))).contains(q2);
    }

    @Test
    void progressForAPeriodWithoutAnUpdateIsEmpty() {
        Deliverable d = deliverableBuilder("d", null)
                .addProgress(ProgressUpdate.of(period("2025/26 Q1"), ProgressStatus.GREEN)).build();

        assertThat(d.progressFor(period("2025/26"))).isEmpty();
    }

    @Test
    void distinctOwnersAreKeptInOrder() {
        Deliverable d = deliverableBuilder("d", null).addOwners(id("o2"), id("o1")).build();

        assertThat(d.owners()).containsExactly(id("o2"), id("o1"));
    }

    @Test
    void anOwnerListedTwiceIsRejected() {
        Deliverable.Builder d = deliverableBuilder("d", "1.1.1").addOwners(id("o1"), id("o2"), id("o1"));

        assertThatIllegalArgumentException()
                .isThrownBy(d::build)
                .withMessageStartingWith("deliverable 1.1.1: owners [o1, o2, o1]")
                .withMessageContaining("lists 'o1' twice");
    }
}

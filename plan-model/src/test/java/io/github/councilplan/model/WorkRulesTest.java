package io.github.councilplan.model;

import static io.github.councilplan.model.Fixtures.id;
import static io.github.councilplan.model.Fixtures.period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules every level of {@link Work} follows, checked at each level. */
class WorkRulesTest {

    /** A level of work, built with the parts its rules are about. */
    enum Level {
        OBJECTIVE, PRIORITY, DELIVERABLE;

        Work build(Optional<String> start, Optional<String> end, List<ElementId> owners, List<ProgressUpdate> progress) {
            Optional<PlanDate> from = start.map(PlanDate::parse);
            Optional<PlanDate> to = end.map(PlanDate::parse);
            switch (this) {
                case OBJECTIVE:
                    return Fixtures.objectiveBuilder("w", "1.1").start(from).end(to).addAllOwners(owners)
                            .addAllProgress(progress).build();
                case PRIORITY:
                    return Fixtures.priorityBuilder("w", "1.1").start(from).end(to).addAllOwners(owners)
                            .addAllProgress(progress).build();
                default:
                    return Fixtures.deliverableBuilder("w", "1.1").start(from).end(to).addAllOwners(owners)
                            .addAllProgress(progress).build();
            }
        }

        Work dated(String start, String end) {
            return build(Optional.of(start), Optional.of(end), List.of(), List.of());
        }

        String described() {
            return name().toLowerCase(Locale.ROOT) + " 1.1";
        }
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void workEndingBeforeItStartsIsRejected(Level level) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> level.dated("2025-04", "2025-03"))
                .withMessage(level.described() + ": end '2025-03' is before start '2025-04'");
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void workEndingWithinTheSpanOfItsStartIsAccepted(Level level) {
        // a start of "March 2025" and an end of 10 March 2025 overlap: the end is not before the start
        Work work = level.dated("2025-03", "2025-03-10");

        assertThat(work.end()).contains(PlanDate.parse("2025-03-10"));
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void workStartingAndEndingOnOneDayIsAccepted(Level level) {
        assertThat(level.dated("2025-03-10", "2025-03-10").start()).contains(PlanDate.parse("2025-03-10"));
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void workWithOnlyAStartOrOnlyAnEndIsAccepted(Level level) {
        assertThat(level.build(Optional.of("2030"), Optional.empty(), List.of(), List.of()).end()).isEmpty();
        assertThat(level.build(Optional.empty(), Optional.of("2025/26 Q3"), List.of(), List.of()).start()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void workNamingAnOwnerTwiceIsRejected(Level level) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> level.build(Optional.empty(), Optional.empty(), List.of(id("o1"), id("o1")),
                        List.of()))
                .withMessage(level.described() + ": owners [o1, o1] lists 'o1' twice");
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void workWithTwoUpdatesForOnePeriodIsRejected(Level level) {
        List<ProgressUpdate> progress = List.of(ProgressUpdate.of(period("2025/26 Q1"), ProgressStatus.GREEN),
                ProgressUpdate.of(period("2025/26 Q1"), ProgressStatus.RED));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> level.build(Optional.empty(), Optional.empty(), List.of(), progress))
                .withMessage(level.described() + ": progress[1].period '2025/26 Q1' is reported twice (also"
                        + " progress[0])");
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void progressForTheSamePeriodOfWorkAtEveryLevelIsFoundByItsPeriod(Level level) {
        ProgressUpdate update = ProgressUpdate.of(period("2025/26 Q1"), ProgressStatus.AMBER);

        Work work = level.build(Optional.empty(), Optional.empty(), List.of(), List.of(update));

        assertThat(work.progressFor(period("2025/26 Q1"))).contains(update);
        assertThat(work.progressFor(period("2025/26 Q2"))).isEmpty();
    }
}

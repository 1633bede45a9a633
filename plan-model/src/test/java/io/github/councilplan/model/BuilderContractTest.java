package io.github.councilplan.model;

import static io.github.councilplan.model.Fixtures.id;
import static io.github.councilplan.model.Fixtures.period;
import static io.github.councilplan.model.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Builders refuse to build without their required attributes, and nothing accepts null. */
class BuilderContractTest {

    static Stream<Arguments> buildsMissingOneAttribute() {
        return Stream.of(
                missing("Plan", "id", () -> Plan.builder().title(text("T"))
                        .organisation(Organisation.of(text("C"))).period(PeriodRange.of(period("2024"), period("2025")))
                        .build()),
                missing("Plan", "title", () -> Plan.builder().id(id("p"))
                        .organisation(Organisation.of(text("C"))).period(PeriodRange.of(period("2024"), period("2025")))
                        .build()),
                missing("Plan", "organisation", () -> Plan.builder().id(id("p")).title(text("T"))
                        .period(PeriodRange.of(period("2024"), period("2025"))).build()),
                missing("Plan", "period", () -> Plan.builder().id(id("p")).title(text("T"))
                        .organisation(Organisation.of(text("C"))).build()),
                missing("Organisation", "name", () -> Organisation.builder().code("E06000034").build()),
                missing("Statement", "id", () -> Statement.builder().addBody(Block.paragraph(text("P"))).build()),
                missing("SharedValue", "name", () -> SharedValue.builder().id(id("v")).build()),
                missing("Theme", "id", () -> Theme.builder().name(text("T")).build()),
                missing("Outcome", "statement", () -> Outcome.builder().id(id("o")).build()),
                missing("Objective", "title", () -> Objective.builder().id(id("o")).build()),
                missing("Priority", "title", () -> Priority.builder().id(id("p")).build()),
                missing("Deliverable", "id", () -> Deliverable.builder().title(text("D")).build()),
                missing("Milestone", "due", () -> Milestone.builder().id(id("m")).title(text("M")).build()),
                missing("Commitment", "text", () -> Commitment.builder().id(id("c")).build()),
                missing("Measure", "name", () -> Measure.builder().id(id("k")).unit("%")
                        .direction(Direction.ON_TARGET).frequency(PeriodType.MONTH).build()),
                missing("Owner", "name", () -> Owner.builder().id(id("o")).type(OwnerType.ROLE).build()),
                missing("ItemList", "title", () -> ItemList.builder().id(id("l")).build()),
                missing("ListItem", "text", () -> ListItem.builder().id(id("i")).build()),
                missing("Principle", "name", () -> Principle.builder().id(id("pr")).build()),
                missing("AlternativeName", "name", () -> AlternativeName.builder().note(text("N")).build()),
                missing("RelatedPlan", "id", () -> RelatedPlan.builder().title(text("R")).build()),
                missing("Supersession", "edition", () -> Supersession.builder().build()),
                missing("Partner", "name", () -> Partner.builder().id(id("p")).build()),
                missing("Edition", "status", () -> Edition.builder().name("2025").build()),
                missing("ExternalReference", "system", () -> ExternalReference.builder().key("K").build()),
                missing("Link", "to", () -> Link.builder().from(id("a")).kind(LinkKind.EVIDENCES).build()),
                missing("ProgressUpdate", "status", () -> ProgressUpdate.builder().period(period("2025")).build()));
    }

    private static Arguments missing(String type, String attribute, ThrowingCallable build) {
        return Arguments.of(type, attribute, build);
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("buildsMissingOneAttribute")
    void buildingWithoutARequiredAttributeThrowsIllegalStateExceptionNamingIt(
            String type, String attribute, ThrowingCallable build) {
        assertThatIllegalStateException()
                .isThrownBy(build)
                .withMessageContaining("Cannot build " + type)
                .withMessageEndingWith("[" + attribute + "]");
    }

    static Stream<Arguments> nullArguments() {
        return Stream.of(
                Arguments.of("Plan.Builder.title", (ThrowingCallable) () -> Plan.builder().title(null)),
                Arguments.of("Plan.Builder.addThemes", (ThrowingCallable) () -> Plan.builder().addThemes((Theme) null)),
                Arguments.of("Plan.Builder.addLanguages",
                        (ThrowingCallable) () -> Plan.builder().addLanguages((String) null)),
                Arguments.of("Plan.Builder.edition", (ThrowingCallable) () -> Plan.builder().edition((Edition) null)),
                Arguments.of("Plan.Builder.extensions",
                        (ThrowingCallable) () -> Plan.builder().extensions(null)),
                Arguments.of("Theme.Builder.id", (ThrowingCallable) () -> Theme.builder().id(null)),
                Arguments.of("Theme.Builder.description",
                        (ThrowingCallable) () -> Theme.builder().description((Text) null)),
                Arguments.of("Deliverable.Builder.addOwners",
                        (ThrowingCallable) () -> Deliverable.builder().addOwners((ElementId) null)),
                Arguments.of("Deliverable.Builder.addProgress",
                        (ThrowingCallable) () -> Deliverable.builder().addProgress((ProgressUpdate) null)),
                Arguments.of("Milestone.Builder.achieved",
                        (ThrowingCallable) () -> Milestone.builder().achieved((LocalDate) null)),
                Arguments.of("Measure.Builder.putTargets value",
                        (ThrowingCallable) () -> Measure.builder().putTargets(period("2025"), null)),
                Arguments.of("Measure.Builder.putActuals key",
                        (ThrowingCallable) () -> Measure.builder().putActuals(null, BigDecimal.ONE)),
                Arguments.of("Outcome.of", (ThrowingCallable) () -> Outcome.of(null, text("o"))),
                Arguments.of("Commitment.of", (ThrowingCallable) () -> Commitment.of(id("c"), null)),
                Arguments.of("Link.of", (ThrowingCallable) () -> Link.of(id("a"), null, id("b"))),
                Arguments.of("Observation.of", (ThrowingCallable) () -> Observation.of(period("2025"), null)),
                Arguments.of("ProgressUpdate.of", (ThrowingCallable) () -> ProgressUpdate.of(null, ProgressStatus.RED)),
                Arguments.of("Signatory.of", (ThrowingCallable) () -> Signatory.of(null, text("Leader"))),
                Arguments.of("Organisation.of", (ThrowingCallable) () -> Organisation.of(null)),
                Arguments.of("ExternalReference.of", (ThrowingCallable) () -> ExternalReference.of("s", null)),
                Arguments.of("PeriodRange.of", (ThrowingCallable) () -> PeriodRange.of(period("2025"), null)),
                Arguments.of("Plan.levelName", (ThrowingCallable) () -> Fixtures.plan().build().levelName(null)),
                Arguments.of("Measure.targetFor",
                        (ThrowingCallable) () -> Fixtures.measure("k", null).targetFor(null)),
                Arguments.of("Measure.actualFor",
                        (ThrowingCallable) () -> Fixtures.measure("k", null).actualFor(null)),
                Arguments.of("Measure.rag", (ThrowingCallable) () -> Fixtures.measure("k", null).rag(null)),
                Arguments.of("Deliverable.progressFor",
                        (ThrowingCallable) () -> Fixtures.deliverable("d", null).progressFor(null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nullArguments")
    void nullIsRejectedWithNullPointerException(String method, ThrowingCallable call) {
        assertThatNullPointerException().isThrownBy(call);
    }
}

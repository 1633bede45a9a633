package io.github.councilplan.model;

import static io.github.councilplan.model.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.councilplan.model.structure.ObjectShape;
import io.github.councilplan.model.structure.PlanStructure;
import io.github.councilplan.model.structure.Property;
import io.github.councilplan.model.structure.ValueType;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lead-ins: an element (or the purpose) may give a lead-in to each of its lists that
 * {@link PlanStructure} says takes one, and to no other key.
 */
class LeadInsTest {

    /** Each shape that has lead-ins, with a way to build an object of it with some. */
    static Stream<Arguments> shapesWithLeadIns() {
        return Stream.of(
                shape("plan", leadIns -> Fixtures.plan().leadIns(leadIns).build().leadIns()),
                shape("theme", leadIns -> Fixtures.themeBuilder("t", "1").leadIns(leadIns).build().leadIns()),
                shape("objective", leadIns -> Fixtures.objectiveBuilder("o", "1.1").leadIns(leadIns).build().leadIns()),
                shape("priority", leadIns -> Fixtures.priorityBuilder("p", "1.2").leadIns(leadIns).build().leadIns()),
                shape("deliverable", leadIns -> Fixtures.deliverableBuilder("d", "1.2.3").leadIns(leadIns).build()
                        .leadIns()),
                shape("sharedValue", leadIns -> SharedValue.builder().id(Fixtures.id("v")).name(text("Together"))
                        .leadIns(leadIns).build().leadIns()),
                shape("purpose", leadIns -> Purpose.builder().addStatements(text("serve")).leadIns(leadIns).build()
                        .leadIns()));
    }

    private static Arguments shape(String name, Function<Map<String, Text>, Map<String, Text>> build) {
        return Arguments.of(PlanStructure.named(name).orElseThrow(), build);
    }

    @Test
    void theShapesTestedAreEveryShapeWithLeadIns() {
        assertThat(shapesWithLeadIns().map(arguments -> arguments.get()[0].toString()))
                .containsExactlyInAnyOrderElementsOf(PlanStructure.shapes().stream()
                        .filter(shape -> shape.property("leadIns").isPresent()).map(ObjectShape::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapesWithLeadIns")
    void everyListOfTheShapeTakesALeadIn(ObjectShape shape, Function<Map<String, Text>, Map<String, Text>> build) {
        Map<String, Text> leadIns = shape.leadInLists().stream()
                .collect(Collectors.toMap(Property::name, list -> text("Lead-in of " + list.name() + ":")));

        assertThat(build.apply(leadIns)).isEqualTo(leadIns);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapesWithLeadIns")
    void aLeadInOfNoListIsRejectedNamingTheKeyAndTheLists(ObjectShape shape,
            Function<Map<String, Text>, Map<String, Text>> build) {
        String lists = shape.leadInLists().stream().map(Property::name).collect(Collectors.joining(", "));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> build.apply(Map.of("title", text("Our title:"))))
                .withMessageEndingWith(": leadIns names 'title', which is not one of its lists (" + lists + ")");
    }

    @Test
    void theListsThatTakeALeadInAreTheElementAndTextListsOfTheShape() {
        for (ObjectShape shape : PlanStructure.shapes()) {
            if (shape.property("leadIns").isPresent()) {
                assertThat(shape.leadInLists()).as("%s", shape).containsExactlyElementsOf(shape.properties().stream()
                        .filter(p -> p.type() == ValueType.ELEMENTS || p.type() == ValueType.TEXT_LIST).toList());
            } else {
                assertThat(shape.leadInLists()).as("%s", shape).isEmpty();
            }
        }
    }

    @Test
    void aLeadInIsFoundByItsListsName() {
        Theme theme = Fixtures.themeBuilder("t", "1").putLeadIns("outcomes", text("We will have:")).build();

        assertThat(theme.leadIn("outcomes")).contains(text("We will have:"));
        assertThat(theme.leadIn("priorities")).isEmpty();
    }

    @Test
    void anElementWithoutListsHasNoLeadIns() {
        assertThat(Fixtures.outcome("o", null).leadIns()).isEmpty();
    }
}

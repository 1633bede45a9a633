package io.github.councilplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.json.InvalidPlanException;
import io.github.councilplan.model.json.PlanJson;
import java.net.URI;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The extensions a plan declares that it uses. */
class ExtensionUseTest {
    private static final String HEAD = "{\"schemaVersion\": \"0.2\", \"id\": \"p\", \"title\": \"T\","
            + " \"organisation\": {\"name\": \"C\"}, \"period\": {\"start\": \"2024\", \"end\": \"2029\"},";

    private static Plan.Builder plan() {
        return Plan.builder().id(ElementId.of("p")).title(Text.of("T"))
                .organisation(Organisation.builder().name(Text.of("C")).build())
                .period(PeriodRange.of(ReportingPeriod.parse("2024"), ReportingPeriod.parse("2029")));
    }

    @Test
    void aPlanDeclaresEachExtensionOnce() {
        ExtensionUse ward = ExtensionUse.of(ElementId.of("ward"), ElementId.of("1.0"));
        ExtensionUse wardAgain = ExtensionUse.of(ElementId.of("ward"), ElementId.of("2.0"));

        assertThatThrownBy(() -> plan().addExtensionsUsed(ward, wardAgain).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("extensionsUsed[1].name: 'ward' is declared twice (also extensionsUsed[0])");
    }

    @Test
    void theSchemaIsAnAbsoluteUri() {
        assertThatThrownBy(() -> ExtensionUse.builder().name(ElementId.of("ward")).version(ElementId.of("1.0"))
                .schema(URI.create("ward.schema.json")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("extensionsUsed 'ward'.schema");
    }

    @Test
    void aDeclarationIsReadAndWrittenInItsOrder() {
        Plan plan = PlanJson.standard().read(HEAD + " \"extensionsUsed\": [{\"schema\":"
                + " \"https://schemas.example.org/ward/1.0\", \"version\": \"1.0\", \"name\": \"ward\"}]}");

        assertThat(plan.extensionsUsed()).containsExactly(ExtensionUse.builder().name(ElementId.of("ward"))
                .version(ElementId.of("1.0")).schema(URI.create("https://schemas.example.org/ward/1.0")).build());
        assertThat(PlanJson.standard().write(plan)).contains("\"extensionsUsed\" : [ {\n    \"name\" : \"ward\",\n"
                + "    \"version\" : \"1.0\",\n    \"schema\" : \"https://schemas.example.org/ward/1.0\"");
    }

    @Test
    void aDeclarationWithoutAVersionIsRefused() {
        assertThatThrownBy(() -> PlanJson.standard().read(HEAD + " \"extensionsUsed\": [{\"name\": \"ward\"}]}"))
                .isInstanceOf(InvalidPlanException.class);
    }

    @Property(tries = 200)
    void aPlanWithADeclarationReadsBackEqual(@ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 20)
            String name, @ForAll @NumericChars @StringLength(min = 1, max = 5) String version) {
        Plan plan = plan().addExtensionsUsed(ExtensionUse.of(ElementId.of(name), ElementId.of(version))).build();

        assertThat(PlanJson.standard().read(PlanJson.standard().write(plan))).isEqualTo(plan);
    }
}

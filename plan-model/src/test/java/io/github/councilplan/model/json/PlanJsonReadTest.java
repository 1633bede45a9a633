package io.github.councilplan.model.json;

import static io.github.councilplan.model.json.JsonFixtures.MINIMAL;
import static io.github.councilplan.model.json.JsonFixtures.minimalWith;
import static io.github.councilplan.model.json.JsonFixtures.withMeasure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.Text;
import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Reading is strict: anything but a well-formed plan document of the supported version fails. */
class PlanJsonReadTest {
    private static final PlanJson JSON = PlanJson.standard();

    private static ThrowableAssertAlternative<InvalidPlanException> assertRejected(String json) {
        return assertThatExceptionOfType(InvalidPlanException.class).isThrownBy(() -> JSON.read(json));
    }

    @Test
    void minimalDocumentIsRead() {
        assertThat(JSON.read(MINIMAL)).isEqualTo(JsonFixtures.minimalPlan());
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", " null ", "\nnull"})
    void documentThatIsNullIsRejectedAsNoPlan(String json) {
        assertRejected(json).satisfies(e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("schema.type");
            assertThat(problem.message()).isEqualTo("plan: null found, object expected");
        }));
    }

    @Test
    void bytesThatAreNotTextInTheirDetectedEncodingAreRejectedAsMalformed() {
        byte[] notUtf32 = {'{', 0, 0, 0, 0x18, 's', 'c', 'h'}; // UTF-32LE by its zero bytes, then a code point above U+10FFFF
        assertThatExceptionOfType(InvalidPlanException.class)
                .isThrownBy(() -> JSON.read(notUtf32))
                .satisfies(e -> assertThat(e.problems()).extracting(DocumentProblem::code).containsExactly("syntax.malformed"));
    }

    @Test
    void bytesInAByteOrderJacksonDoesNotSupportAreRejectedAsMalformed() {
        // found by Jazzer: zero bytes that Jackson takes for UCS-4 in the byte order 2143
        byte[] unsupported = java.util.Base64.getDecoder()
                .decode("AAAqAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAAAAAAAAAAALAAAAAAAAAAAAAAAACCWIA==");
        assertThatExceptionOfType(InvalidPlanException.class)
                .isThrownBy(() -> JSON.read(unsupported))
                .satisfies(e -> assertThat(e.problems()).extracting(DocumentProblem::code).containsExactly("syntax.malformed"));
    }

    @Test
    void treeThatIsNullIsRejectedAsNoPlan() {
        assertThatExceptionOfType(InvalidPlanException.class)
                .isThrownBy(() -> JSON.read(JSON.mapper().readTree("null")))
                .satisfies(e -> assertThat(e.problems()).extracting(DocumentProblem::code).containsExactly("schema.type"));
    }

    @Test
    void unknownPropertyAtTheRootIsRejected() {
        assertRejected(minimalWith(",\"colour\":\"red\"")).withMessageContaining("\"colour\"");
    }

    @Test
    void unknownPropertyInANestedElementIsRejected() {
        assertRejected(minimalWith(",\"themes\":[{\"id\":\"t\",\"name\":\"T\",\"colour\":\"red\"}]"))
                .withMessageContaining("\"colour\"")
                .withMessageContaining("Theme");
    }

    @Test
    void unknownPropertyInAValueObjectIsRejected() {
        assertRejected(MINIMAL.replace("{\"name\":\"C\"}", "{\"name\":\"C\",\"gss\":\"E06000034\"}"))
                .withMessageContaining("\"gss\"");
    }

    private static final String ANYTHING = "{\"string\":\"a \\\"quoted\\\" \\u00e9\\n\",\"null\":null,"
            + "\"array\":[1,-2.50,true,null,[],{}],\"nested\":{\"deeper\":{\"list\":[{\"x\":12345678901234567890}]}},"
            + "\"\":\"empty key\",\"decimal\":0.10}";

    @Test
    void anythingInsidePlanExtensionsIsAcceptedAndKeptExactly() {
        Plan plan = JSON.read(minimalWith(",\"extensions\":" + ANYTHING));

        assertThat(plan.extensions().toObjectNode()).isEqualTo(JSON.mapper().readTree(ANYTHING));
    }

    @Test
    void anythingInsideElementExtensionsIsAcceptedAndWrittenBackExactly() {
        Plan plan = JSON.read(minimalWith(",\"themes\":[{\"id\":\"t\",\"name\":\"T\",\"extensions\":" + ANYTHING + "}]"));

        JsonNode written = JSON.mapper().readTree(JSON.write(plan)).at("/themes/0/extensions");

        assertThat(written).isEqualTo(JSON.mapper().readTree(ANYTHING));
        assertThat(written.toString()).isEqualTo(JSON.mapper().readTree(ANYTHING).toString());
    }

    @Test
    void duplicateKeyIsRejected() {
        assertRejected(minimalWith(",\"id\":\"q\"")).withMessageContaining("Duplicate").withMessageContaining("\"id\"");
    }

    @Test
    void duplicateKeyInsideExtensionsIsRejected() {
        assertRejected(minimalWith(",\"extensions\":{\"a\":1,\"a\":2}"))
                .withMessageContaining("Duplicate").withMessageContaining("\"a\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        ",\"edition\":null",
        ",\"levelNames\":null",
        ",\"themes\":null",
        ",\"languages\":[null]",
        ",\"extensions\":null",
        ",\"themes\":[{\"id\":\"t\",\"name\":\"T\",\"description\":null}]",
        ",\"themes\":[{\"id\":\"t\",\"name\":\"T\",\"number\":null}]",
        ",\"themes\":[null]"
    })
    void nullValueIsRejected(String extra) {
        assertRejected(minimalWith(extra)).withMessageContaining("null");
    }

    @Test
    void nullForARequiredPropertyIsRejected() {
        assertRejected(MINIMAL.replace("\"title\":\"T\"", "\"title\":null")).withMessageContaining("null");
    }

    @Test
    void nullForAMeasureTargetIsRejected() {
        assertRejected(withMeasure(",\"targets\":[{\"period\":\"2025/26\",\"value\":null}]")).withMessageContaining("null");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"title\":5",
        "\"title\":{\"en\":5}",
        "\"id\":5",
        "\"schemaVersion\":0.2",
        "\"organisation\":{\"name\":\"C\",\"code\":6000034}",
        "\"languages\":[5]",
        "\"edition\":{\"name\":2025,\"status\":\"adopted\"}",
        "\"measures\":[{\"id\":\"k\",\"name\":\"K\",\"unit\":5,\"direction\":\"onTarget\",\"frequency\":\"month\"}]",
        "\"owners\":[{\"id\":\"o\",\"name\":\"O\",\"type\":\"role\",\"holder\":1.5}]",
        "\"references\":[{\"system\":7,\"key\":\"K\"}]",
        "\"references\":[{\"system\":\"s\",\"key\":7}]"
    })
    void numberWhereTextIsExpectedIsRejected(String property) {
        assertRejected(replaceOrAdd(property));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EN", "Cy", "en-gb", "cy-gb"})
    void aTextTagNotInCanonicalFormIsRejectedNamingTheCanonicalOne(String tag) {
        assertRejected(replaceOrAdd("\"title\":{\"" + tag + "\":\"Our plan\"}"))
                .withMessageContaining("'" + tag + "' is not in canonical form, expected '"
                        + Text.canonicalTag(tag) + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"organisation\":{\"name\":\"C\",\"code\":true}",
        "\"edition\":{\"name\":false,\"status\":\"adopted\"}",
        "\"title\":true"
    })
    void booleanWhereTextIsExpectedIsRejected(String property) {
        assertRejected(replaceOrAdd(property));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        ",\"targets\":[{\"period\":\"2025/26\",\"value\":\"5\"}]",
        ",\"actuals\":[{\"period\":\"2025/26\",\"value\":\"5.5\"}]",
        ",\"baseline\":{\"period\":\"2024/25\",\"value\":\"61.5\"}",
        ",\"tolerance\":{\"absolute\":\"2\"}"
    })
    void stringWhereANumberIsExpectedIsRejected(String measureExtra) {
        assertRejected(withMeasure(measureExtra)).withMessageContaining("String");
    }

    @Test
    void numberWhereAnEnumValueIsExpectedIsRejected() {
        assertRejected(withMeasure("").replace("\"higherIsBetter\"", "1"));
    }

    /** Replaces the property of the same name in {@link JsonFixtures#MINIMAL}, or adds it. */
    private static String replaceOrAdd(String property) {
        String name = property.substring(0, property.indexOf(':') + 1);
        int at = MINIMAL.indexOf(name);
        if (at < 0) {
            return minimalWith("," + property);
        }
        int end = at + name.length();
        JsonNode tree = JSON.mapper().readTree(MINIMAL);
        String old = tree.get(name.substring(1, name.length() - 2)).toString();
        return MINIMAL.substring(0, at) + property + MINIMAL.substring(end + old.length());
    }

    @Test
    void trailingDocumentIsRejected() {
        assertRejected(MINIMAL + " {}").withMessageContaining("Trailing token");
    }

    @Test
    void trailingGarbageIsRejected() {
        assertRejected(MINIMAL + "\n,").withMessageContaining("','");
    }

    @Test
    void missingSchemaVersionIsRejectedNamingIt() {
        assertRejected(MINIMAL.replace("\"schemaVersion\":\"0.2\",", "")).withMessageContaining("[schemaVersion]");
    }

    @Test
    void unsupportedSchemaVersionIsRejectedNamingItAndTheSupportedOne() {
        assertRejected(MINIMAL.replace("\"0.2\"", "\"0.1\""))
                .withMessageContaining("schemaVersion: '0.1' is not supported; this library reads '0.2'")
                .withCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badPeriodIsRejectedNamingIt() {
        assertRejected(MINIMAL.replace("\"2029\"", "\"2029/31\"")).withMessageContaining("'2029/31'");
    }

    @Test
    void badPeriodOfATargetIsRejectedNamingIt() {
        assertRejected(withMeasure(",\"targets\":[{\"period\":\"2025/27\",\"value\":5}]"))
                .withMessageContaining("2025/27");
    }

    @Test
    void badEnumValueIsRejectedNamingItAndTheAcceptedValues() {
        assertRejected(withMeasure("").replace("\"higherIsBetter\"", "\"upwards\""))
                .withMessageContaining("\"upwards\"")
                .withMessageContaining("higherIsBetter")
                .withMessageContaining("lowerIsBetter")
                .withMessageContaining("onTarget");
    }

    @Test
    void enumConstantNameIsNotAnAcceptedValue() {
        assertRejected(withMeasure("").replace("\"higherIsBetter\"", "\"HIGHER_IS_BETTER\""))
                .withMessageContaining("\"HIGHER_IS_BETTER\"");
    }

    @Test
    void structuralRuleBrokenInTheDocumentSurfacesWithTheModelsExceptionAsCause() {
        String json = minimalWith(",\"themes\":[{\"id\":\"t\",\"name\":\"A\"},{\"id\":\"t\",\"name\":\"B\"}]");

        assertRejected(json)
                .withCauseInstanceOf(IllegalArgumentException.class)
                .havingCause()
                .withMessage("plan 'p': themes[1].id 't' is already used by themes[0]");
    }

    @Test
    void structuralRuleBrokenDeepInTheDocumentSurfacesWithTheModelsExceptionAsCause() {
        String json = minimalWith(",\"themes\":[{\"id\":\"t\",\"number\":\"1\",\"name\":\"A\",\"priorities\":"
                + "[{\"id\":\"p\",\"number\":\"1.2\",\"title\":\"P\",\"deliverables\":"
                + "[{\"id\":\"d\",\"number\":\"1.3.1\",\"title\":\"D\"}]}]}]");

        assertRejected(json)
                .havingCause()
                .isInstanceOf(IllegalArgumentException.class)
                .withMessageContaining("priority 1.2: deliverables[0].number '1.3.1' is not numbered within 1.2");
    }

    @Test
    void missingRequiredPropertyOfANestedElementIsRejectedNamingIt() {
        assertRejected(minimalWith(",\"themes\":[{\"id\":\"t\",\"priorities\":[{\"id\":\"p\"}]}]"))
                .withMessageContaining("Priority")
                .withMessageContaining("[title]");
    }

    @Test
    void arrayWhereAnObjectIsExpectedIsRejected() {
        assertRejected(minimalWith(",\"extensions\":[1]"));
    }
}

package io.github.councilplan.model.json;

import static io.github.councilplan.model.json.JsonFixtures.MINIMAL;
import static io.github.councilplan.model.json.JsonFixtures.minimalWith;
import static io.github.councilplan.model.json.JsonFixtures.withMeasure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.councilplan.model.Plan;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reading from tokens ({@link PlanJson#tryRead}) reads what {@link PlanJson#read} reads, and
 * refuses, with no plan rather than an exception, what is not a plan.
 */
class PlanJsonTryReadTest {
    private static final PlanJson JSON = PlanJson.standard();
    /** A factory that leaves repeated names to the reader, as a parser given to it may. */
    private static final JsonFactory LENIENT = JsonFactory.builder().build();

    private static Optional<Plan> tryRead(String json) {
        try (JsonParser parser = LENIENT.createParser(ObjectReadContext.empty(), json)) {
            return JSON.tryRead(parser);
        }
    }

    @Test
    void minimalDocumentIsReadAsReadReadsIt() {
        assertThat(tryRead(MINIMAL)).contains(JSON.read(MINIMAL));
    }

    @Test
    void parserIsLeftAtThePlansLastToken() {
        try (JsonParser parser = LENIENT.createParser(ObjectReadContext.empty(), MINIMAL + " 7")) {
            JSON.tryRead(parser);

            assertThat(parser.currentToken()).isEqualTo(JsonToken.END_OBJECT);
            assertThat(parser.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
        }
    }

    @Test
    void parserAlreadyAtThePlansFirstTokenIsReadFromThere() {
        try (JsonParser parser = LENIENT.createParser(ObjectReadContext.empty(), MINIMAL)) {
            parser.nextToken();

            assertThat(JSON.tryRead(parser)).contains(JsonFixtures.minimalPlan());
        }
    }

    @Test
    void measureWithEveryKindOfValueIsReadAsReadReadsIt() {
        String json = withMeasure(",\"tolerance\":{\"percent\":2.50},\"targets\":[{\"period\":\"2024/25\",\"value\":1E+3}],"
                + "\"references\":[{\"system\":\"s\",\"uri\":\"https://example.org/k\"}],\"longTerm\":true,"
                + "\"extensions\":{\"a\":[null,1.0,{\"b\":\"c\"}]},\"name\":{\"en\":\"K\",\"cy\":\"C\"}");

        assertThat(tryRead(json.replace("\"name\":\"K\",", ""))).contains(JSON.read(json.replace("\"name\":\"K\",", "")));
    }

    @Test
    void extensionsOfEveryJsonKindAreReadAsTheDataBindingReadsThem() {
        // decimals with trailing zeros and exponents, integers of every width, and nesting: the
        // binder builds this tree itself, the data binding with its mapper
        String json = minimalWith(",\"extensions\":{\"n\":[1.50,1e2,-0.0,1E-3,7,-2147483649,"
                + "123456789012345678901234567890,0.1e400],\"o\":{\"t\":true,\"f\":false,\"z\":null,"
                + "\"s\":\"\\u00e9\",\"a\":[[],{}]}}");

        assertThat(tryRead(json)).contains(JSON.read(json));
    }

    @Test
    void extensionsWithANumberBeyondWhatIsWrittenIsNoPlan() {
        assertThat(tryRead(minimalWith(",\"extensions\":{\"n\":1e1000000}"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "[]", "\"plan\"", "1"})
    void documentThatIsNotAnObjectIsNoPlan(String json) {
        assertThat(tryRead(json)).isEmpty();
    }

    @Test
    void unknownPropertyIsNoPlan() {
        assertThat(tryRead(minimalWith(",\"colour\":\"red\""))).isEmpty();
    }

    @Test
    void repeatedPropertyIsNoPlan() {
        assertThat(tryRead(minimalWith(",\"title\":\"Again\""))).isEmpty();
    }

    @Test
    void languageRepeatedInATextIsNoPlan() {
        String once = MINIMAL.replace("\"title\":\"T\"", "\"title\":{\"en\":\"T\"}");
        assertThat(tryRead(once)).as("the text with its language once").isPresent();

        assertThat(tryRead(once.replace("{\"en\":\"T\"}", "{\"en\":\"T\",\"en\":\"U\"}"))).isEmpty();
    }

    @Test
    void nameRepeatedInExtensionsIsNoPlan() {
        assertThat(tryRead(minimalWith(",\"extensions\":{\"a\":1,\"b\":{\"a\":2}}"))).as("names once in each object")
                .isPresent();

        assertThat(tryRead(minimalWith(",\"extensions\":{\"a\":1,\"a\":2}"))).isEmpty();
    }

    @Test
    void nameRepeatedInAnObjectNestedInExtensionsIsNoPlan() {
        assertThat(tryRead(minimalWith(",\"extensions\":{\"a\":[{\"b\":{},\"c\":[],\"b\":null}]}"))).isEmpty();
    }

    @Test
    void missingRequiredPropertyIsNoPlan() {
        assertThat(tryRead(MINIMAL.replace(",\"title\":\"T\"", ""))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {",\"themes\":null", ",\"themes\":{}", ",\"languages\":[1]", ",\"edition\":\"2025\""})
    void valueOfAnotherJsonTypeIsNoPlan(String extra) {
        assertThat(tryRead(minimalWith(extra))).isEmpty();
    }

    @Test
    void nullValueIsNoPlan() {
        assertThat(tryRead(MINIMAL.replace("\"title\":\"T\"", "\"title\":null"))).isEmpty();
    }

    @Test
    void enumValueOutsideTheFormatsWordsIsNoPlan() {
        assertThat(tryRead(withMeasure("").replace("higherIsBetter", "HIGHER_IS_BETTER"))).isEmpty();
    }

    @Test
    void valueTheModelRefusesIsNoPlan() {
        assertThat(tryRead(MINIMAL.replace("\"id\":\"p\"", "\"id\":\"not an id\""))).isEmpty();
    }

    @Test
    void uriWithWhiteSpaceAroundItIsNoPlan() {
        assertThat(tryRead(minimalWith(",\"references\":[{\"system\":\"s\",\"uri\":\" https://example.org/ \"}]")))
                .isEmpty();
    }

    @Test
    void extensionsThatAreNotAnObjectIsNoPlan() {
        assertThat(tryRead(minimalWith(",\"extensions\":[]"))).isEmpty();
    }

    @Test
    void malformedDocumentThrowsWhatTheParserThrows() {
        assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> tryRead("{\"id\":"));
    }

    @Test
    void nullParserIsRefused() {
        assertThatNullPointerException().isThrownBy(() -> JSON.tryRead(null)).withMessage("parser");
    }
}

package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.schema.rules.PlanRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * The fast path reads a document once: {@link CheckedTokens} checks each token as the binding
 * pulls it, and {@link FastPath} refuses what the full check must decide.
 */
class FastPathTest {
    private static final ValidationLimits SMALL = ValidationLimits.defaults()
            .withMaxStringLength(8)
            .withMaxNumberLength(6);

    @Test
    void aLargeDocumentCheckedAloneIsHelpedWhenThereIsASecondProcessor() {
        assertThat(FastPath.helps(PlanRules.HELPED_FROM_BYTES, true))
                .isEqualTo(Runtime.getRuntime().availableProcessors() > 1);
    }

    @Test
    void aDocumentBelowTheSizeIsNotHelped() {
        assertThat(FastPath.helps(PlanRules.HELPED_FROM_BYTES - 1, true)).isFalse();
    }

    @Test
    void aDocumentCheckedWithOthersIsNotHelped() {
        assertThat(FastPath.helps(Integer.MAX_VALUE, false)).isFalse();
    }

    @Test
    void aValidFixtureBindsInOnePass() throws Exception {
        assertThat(new FastPath(ValidationLimits.defaults()).bind(fixture("valid-every-part.json"), false)).isPresent();
    }

    @Test
    void tokensAfterThePlanAreTheFullChecks() throws Exception {
        byte[] plan = fixture("valid-minimal.json");
        byte[] trailing = (new String(plan, StandardCharsets.UTF_8) + " {}").getBytes(StandardCharsets.UTF_8);
        assertThat(new FastPath(ValidationLimits.defaults()).bind(trailing, false)).isEmpty();
    }

    @Test
    void aDocumentThatIsNotAnObjectIsTheFullChecks() {
        FastPath fast = new FastPath(ValidationLimits.defaults());
        assertThat(fast.bind(utf8("null"), false)).isEmpty();
        assertThat(fast.bind(utf8("[]"), false)).isEmpty();
    }

    @Test
    void aDuplicateKeyIsTheFullChecks() throws Exception {
        String plan = new String(fixture("valid-minimal.json"), StandardCharsets.UTF_8);
        String duplicated = plan.replaceFirst("\\{", "{\"schemaVersion\": \"x\",");
        assertThat(new FastPath(ValidationLimits.defaults()).bind(utf8(duplicated), false)).isEmpty();
    }

    @Test
    void aNameRepeatedInAThemeIsTheFullChecks() throws Exception {
        String plan = new String(fixture("valid-extensions-hold-any-json.json"), StandardCharsets.UTF_8);
        String repeated = plan.replace("\"name\": \"People\",", "\"name\": \"People\", \"name\": \"Again\",");
        assertThat(repeated).isNotEqualTo(plan);
        assertThat(new FastPath(ValidationLimits.defaults()).bind(utf8(repeated), false)).isEmpty();
    }

    @Test
    void aNameRepeatedDeepInExtensionsIsTheFullChecks() throws Exception {
        String plan = new String(fixture("valid-extensions-hold-any-json.json"), StandardCharsets.UTF_8);
        String repeated = plan.replace("\"unknownProperty\": null", "\"unknownProperty\": null, \"unknownProperty\": 1");
        assertThat(repeated).isNotEqualTo(plan);
        assertThat(new FastPath(ValidationLimits.defaults()).bind(utf8(plan), false)).as("the fixture as it is").isPresent();
        assertThat(new FastPath(ValidationLimits.defaults()).bind(utf8(repeated), false)).isEmpty();
    }

    @Test
    void theSameNamesInSiblingObjectsOfExtensionsAreBound() throws Exception {
        String plan = new String(fixture("valid-extensions-hold-any-json.json"), StandardCharsets.UTF_8);
        String siblings = plan.replace("\"colour\": null",
                "\"colour\": null, \"rows\": [{\"n\": 1, \"m\": {\"n\": 2}}, {\"n\": 3, \"m\": {\"n\": 4}}]");
        assertThat(siblings).isNotEqualTo(plan);
        assertThat(new FastPath(ValidationLimits.defaults()).bind(utf8(siblings), false)).isPresent();
    }

    /**
     * Names are matched from the bytes of a document given as bytes: a name one byte longer or
     * shorter than one the shape has is no property of it (the full check reports it), and a name
     * written with an escape is the same name.
     */
    @Test
    void aNameLongerOrShorterThanAPropertysIsTheFullChecks() throws Exception {
        String plan = new String(fixture("valid-minimal.json"), StandardCharsets.UTF_8);
        FastPath fast = new FastPath(ValidationLimits.defaults());
        assertThat(plan).contains("\"organisation\":", "\"title\":");
        assertThat(fast.bind(utf8(plan), false)).as("the fixture as it is").isPresent();
        assertThat(fast.bind(utf8(plan.replace("\"organisation\":", "\"organisationX\":")), false)).isEmpty();
        assertThat(fast.bind(utf8(plan.replace("\"title\":", "\"titl\":")), false)).isEmpty();
        assertThat(fast.bind(utf8(plan.replace("\"title\":", "\"titles\":")), false)).isEmpty();
    }

    @Test
    void onTwoThreadsADocumentAsDeepAsTheLimitBinds() throws Exception {
        // valid-every-part.json is 14 levels deep, in its themes, which are bound apart on two threads
        FastPath fast = new FastPath(ValidationLimits.defaults().withMaxNestingDepth(14));

        assertThat(fast.bind(fixture("valid-every-part.json"), true)).isPresent();
    }

    @Test
    void onTwoThreadsADocumentDeeperThanTheLimitIsRefused() throws Exception {
        FastPath fast = new FastPath(ValidationLimits.defaults().withMaxNestingDepth(13));

        assertThat(fast.bind(fixture("valid-every-part.json"), false)).as("on one thread").isEmpty();
        assertThat(fast.bind(fixture("valid-every-part.json"), true)).isEmpty();
    }

    @Test
    void onTwoThreadsAStringOverTheLimitInAListIsRefused() throws Exception {
        // a link's note, in the plan's list of links, which is bound apart on two threads
        String note = "x".repeat(300);
        byte[] plan = utf8(new String(fixture("valid-every-part.json"), StandardCharsets.UTF_8)
                .replace("Centres strengthen communities", note));
        assertThat(new FastPath(ValidationLimits.defaults().withMaxStringLength(300)).bind(plan, true))
                .as("at the limit").isPresent();

        FastPath fast = new FastPath(ValidationLimits.defaults().withMaxStringLength(299));

        assertThat(fast.bind(plan, false)).as("on one thread").isEmpty();
        assertThat(fast.bind(plan, true)).isEmpty();
    }

    @Test
    void aNameWrittenWithAnEscapeIsThatName() throws Exception {
        String plan = new String(fixture("valid-minimal.json"), StandardCharsets.UTF_8);
        FastPath fast = new FastPath(ValidationLimits.defaults());
        String escaped = plan.replace("\"title\":", "\"ti\\u0074le\":");
        assertThat(escaped).isNotEqualTo(plan);
        assertThat(fast.bind(utf8(escaped), false)).isEqualTo(fast.bind(utf8(plan), false));
        assertThat(fast.bind(utf8(escaped.replace("\"ti\\u0074le\":", "\"title\": \"Again\", \"ti\\u0074le\":")), false))
                .isEmpty();
    }

    @Test
    void aStringOverTheLimitIsRefused() {
        assertRefused("[\"123456789\"]");
    }

    @Test
    void aNameOverTheLimitIsRefused() {
        assertRefused("{\"123456789\": 1}");
    }

    @Test
    void anIntegerOverTheLimitIsRefused() {
        assertRefused("[1234567]");
    }

    @Test
    void aFloatWrittenOutOverTheLimitIsRefused() {
        // seven characters, but 1E-9 written out in full is 0.000000001
        assertRefused("[1.0e-9]");
    }

    @Test
    void anEscapedUnpairedSurrogateIsRefused() {
        assertRefused("[\"\\ud800\"]");
    }

    @Test
    void anEscapedSurrogatePairIsRead() {
        assertThat(readAll("[\"\\ud83d\\ude00\", 123456, {\"a\": 1.5}]").refused()).isFalse();
    }

    @Test
    void skippedChildrenAreCheckedToo() {
        CheckedTokens tokens = tokens("{\"a\": {\"b\": [\"123456789\"]}}");
        tokens.nextToken();
        tokens.nextToken();
        tokens.nextToken();
        assertThatThrownBy(tokens::skipChildren).isInstanceOf(StreamReadException.class);
        assertThat(tokens.refused()).isTrue();
    }

    @Test
    void aNameReadByNextNameIsChecked() {
        CheckedTokens tokens = tokens("{\"123456789\": 1}");
        tokens.nextToken();
        assertThatThrownBy(tokens::nextName).isInstanceOf(StreamReadException.class);
        assertThat(tokens.refused()).isTrue();
    }

    private static void assertRefused(String json) {
        CheckedTokens tokens = tokens(json);
        assertThatThrownBy(() -> {
            while (tokens.nextToken() != null) {
                // read on
            }
        }).isInstanceOf(StreamReadException.class);
        assertThat(tokens.refused()).isTrue();
    }

    private static CheckedTokens readAll(String json) {
        CheckedTokens tokens = tokens(json);
        JsonToken token;
        do {
            token = tokens.nextToken();
        } while (token != null);
        return tokens;
    }

    private static CheckedTokens tokens(String json) {
        byte[] bytes = utf8(json);
        JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), bytes);
        return new CheckedTokens(parser, SMALL, StrictUtf8.scan(bytes) == StrictUtf8.Scan.STRICT_ESCAPING_SURROGATES);
    }

    private static byte[] fixture(String name) throws Exception {
        return Files.readAllBytes(TestSchemas.fixtureDirectory().resolve(name));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

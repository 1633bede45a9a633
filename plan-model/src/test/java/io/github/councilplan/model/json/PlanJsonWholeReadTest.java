package io.github.councilplan.model.json;

import static io.github.councilplan.model.json.JsonFixtures.MINIMAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanArbitraries;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reading a whole document's bytes on the calling thread ({@link PlanJson#tryRead(byte[],
 * PlanJson.PartParsers)}): one parser over all of it, one plan followed by nothing.
 */
class PlanJsonWholeReadTest {
    private static final PlanJson JSON = PlanJson.standard();
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final PlanJson.PartParsers PARTS =
            (bytes, offset, length, depth) -> FACTORY.createParser(ObjectReadContext.empty(), bytes, offset, length);
    /** A helper that never runs anything: the two-thread read then binds every part on the caller. */
    private static final Executor REFUSING = task -> {
        throw new RejectedExecutionException("busy");
    };

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Provide
    Arbitrary<Plan> plans() {
        return PlanArbitraries.plans();
    }

    @Property(tries = 200)
    void aWrittenPlanReadsBackEqual(@ForAll("plans") Plan plan) {
        assertThat(JSON.tryRead(utf8(JSON.write(plan)), PARTS)).contains(plan);
    }

    @Property(tries = 200)
    void aWrittenPlanReadsAsOnTwoThreads(@ForAll("plans") Plan plan) {
        byte[] document = utf8(JSON.write(plan));

        assertThat(JSON.tryRead(document, PARTS)).isEqualTo(JSON.tryRead(document, PARTS, REFUSING));
    }

    @Test
    void theWholeDocumentIsOpenedOnceAtTheRoot() {
        byte[] document = utf8("  " + MINIMAL + "\n");
        List<String> opened = new CopyOnWriteArrayList<>();
        PlanJson.PartParsers noting = (bytes, offset, length, depth) -> {
            opened.add((bytes == document) + " " + offset + " " + length + " " + depth);
            return PARTS.open(bytes, offset, length, depth);
        };

        JSON.tryRead(document, noting);

        assertThat(opened).containsExactly("true 0 " + document.length + " 0");
    }

    @Test
    void aDocumentThatIsNotAnObjectIsNoPlan() {
        assertThat(JSON.tryRead(utf8("null"), PARTS)).isEmpty();
        assertThat(JSON.tryRead(utf8("[" + MINIMAL + "]"), PARTS)).isEmpty();
    }

    @Test
    void anEmptyDocumentIsNoPlan() {
        assertThat(JSON.tryRead(new byte[0], PARTS)).isEmpty();
    }

    @Test
    void contentAfterThePlanIsNoPlan() {
        assertThat(JSON.tryRead(utf8(MINIMAL + " 7"), PARTS)).isEmpty();
    }

    @Test
    void whiteSpaceAfterThePlanIsAllowed() {
        assertThat(JSON.tryRead(utf8(MINIMAL + " \n\t"), PARTS)).contains(JSON.read(MINIMAL));
    }

    @Test
    void aValueTheModelRefusesIsNoPlan() {
        assertThat(JSON.tryRead(utf8(MINIMAL.replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"not an id\"")), PARTS))
                .isEmpty();
    }

    @Test
    void aMalformedDocumentThrowsWhatTheParserThrows() {
        assertThatExceptionOfType(JacksonException.class)
                .isThrownBy(() -> JSON.tryRead(utf8(MINIMAL.substring(0, MINIMAL.length() - 1) + ",}"), PARTS));
    }

    @Test
    void nullArgumentsAreRefused() {
        assertThatNullPointerException().isThrownBy(() -> JSON.tryRead(null, PARTS)).withMessage("json");
        assertThatNullPointerException().isThrownBy(() -> JSON.tryRead(utf8(MINIMAL), (PlanJson.PartParsers) null))
                .withMessage("parsers");
    }
}

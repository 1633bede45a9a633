package io.github.councilplan.schema.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.councilplan.schema.Problem;
import io.github.councilplan.schema.ProblemCode;
import io.github.councilplan.schema.ValidationLimits;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A number longer than the limit is one problem, the same on every reading: at the number's
 * start, with its whole length, whether the parser refuses it itself (somewhere inside it, where
 * a buffer fills) or lets it through to the reader's own check.
 */
class JsonNumberLimitPropertyTest {
    private static final int LIMIT = ValidationLimits.defaults().maxNumberLength();

    private final JsonTreeReader reader = new JsonTreeReader(ValidationLimits.defaults());

    @Property(tries = 300)
    void aNumberOverTheLimitIsLocatedAtItsStartWithItsWholeLength(
            @ForAll @IntRange(min = 0, max = 9_000) int before,
            @ForAll @IntRange(min = 1, max = 12_000) int over,
            @ForAll boolean negative, @ForAll boolean fraction, @ForAll boolean afterALongString) {
        if (afterALongString) {
            // grows the buffers the parser recycles, which moves where it stops inside a long number
            reader.read(("[\"" + "x".repeat(200_000) + "\"]").getBytes(StandardCharsets.UTF_8));
        }
        String digits = "9".repeat(LIMIT + over);
        String number = (negative ? "-" : "") + (fraction ? "1." + digits.substring(1) : digits);
        String head = "{\"pad\":\"" + "p".repeat(before) + "\",\n  \"n\":";
        String json = head + number + "}";

        Problem problem = catchThrowableOfType(DocumentProblemException.class,
                () -> reader.read(json.getBytes(StandardCharsets.UTF_8))).problem();

        assertThat(problem.code()).isEqualTo(ProblemCode.LIMIT_NUMBER_LENGTH);
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo("  \"n\":".length() + 1);
        assertThat(problem.pointer()).isEqualTo("/n");
        assertThat(problem.message()).isEqualTo(JsonTreeReader.numberTooManyCharacters(number.length(), LIMIT));
    }
}

package io.github.councilplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every value type's {@code parse}, and the reading of a language tag, ends in a value or an
 * {@link IllegalArgumentException} for any text up to a million characters, on a small stack:
 * length is checked before matching, and no pattern recurses once per repetition.
 */
class ValueTypeParsePropertyTest {
    private static final long SMALL_STACK = 256 * 1024;
    private static final List<Function<String, Object>> PARSERS = List.of(DisplayNumber::parse, ElementId::parse,
            ReportingPeriod::parse, Text::canonicalTag, text -> Text.of(text, "x"));

    @Property(tries = 100)
    void everyParseGivesAValueOrAnIllegalArgumentException(@ForAll("longText") String text)
            throws InterruptedException {
        for (Function<String, Object> parser : PARSERS) {
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread thread = new Thread(null, () -> {
                try {
                    assertThat(parser.apply(text)).isNotNull();
                } catch (IllegalArgumentException refused) {
                    assertThat(refused.getMessage()).isNotBlank().hasSizeLessThan(1_000);
                } catch (Throwable e) {
                    failure.set(e);
                }
            }, "small-stack", SMALL_STACK);
            thread.start();
            thread.join();
            assertThat(failure.get()).as("parsing %d characters", text.length()).isNull();
        }
    }

    /** Repetitions of a unit of the forms the value types repeat, short or up to a million characters. */
    @Provide
    Arbitrary<String> longText() {
        Arbitrary<Integer> lengths = Arbitraries.oneOf(Arbitraries.integers().between(1, 60),
                Arbitraries.integers().between(1_000, 1_000_000));
        return Combinators.combine(Arbitraries.of("", "en", "1", "a", "2025"),
                        Arbitraries.of("1.", "a.", "-abcde", "-1abc", "-a-bb", "-x-a", "a-", "/26", " Q1", "-01", "."),
                        lengths)
                .as((start, unit, length) -> start + unit.repeat(Math.max(1, (length - start.length()) / unit.length())));
    }
}

package io.github.councilplan.model.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

class RepeatsTest {
    @Provide
    Arbitrary<List<Optional<String>>> keys() {
        Arbitrary<Optional<String>> key = Arbitraries.oneOf(
                Arbitraries.just(Optional.empty()),
                Arbitraries.of("2025/26", "2025/26 Q1", "2025/26 Q2", "2026/27").map(Optional::of));
        return key.list().ofMinSize(0).ofMaxSize(3 * Repeats.SHORT);
    }

    @Property
    void eachRepeatIsReportedOnceWithTheFirstElementOfItsKey(@ForAll("keys") List<Optional<String>> keys) {
        Statistics.label("list").collect(keys.size() <= Repeats.SHORT ? "short" : "long");
        List<int[]> found = new ArrayList<>();

        Repeats.find(keys, (index, first) -> found.add(new int[] {index, first}));

        List<int[]> expected = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            for (int j = 0; j < i && keys.get(i).isPresent(); j++) {
                if (keys.get(j).equals(keys.get(i))) {
                    expected.add(new int[] {i, j});
                    break;
                }
            }
        }
        assertThat(found).containsExactlyElementsOf(expected);
        Statistics.label("list").coverage(c -> {
            c.check("short").count(n -> n > 0);
            c.check("long").count(n -> n > 0);
        });
    }

    @Test
    void elementsWithoutAKeyRepeatNothing() {
        List<int[]> found = new ArrayList<>();

        Repeats.find(List.of(Optional.empty(), Optional.empty()), (index, first) -> found.add(new int[] {index, first}));

        assertThat(found).isEmpty();
    }
}

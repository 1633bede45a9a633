package io.github.councilplan.schema.read;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PointersTest {

    @Test
    void childEscapesTildeAndSlashInAPropertyName() {
        assertThat(Pointers.child("/measures", "a/b~c")).isEqualTo("/measures/a~1b~0c");
    }

    @Property(tries = 200)
    void unescapeReversesEscape(@ForAll String token) {
        assertThat(Pointers.unescape(Pointers.escape(token))).isEqualTo(token);
    }

    @Property(tries = 200)
    void itemOfAListIsTheListThenTheIndex(@ForAll String list, @ForAll @IntRange(max = 10_000) int index) {
        assertThat(Pointers.child("/a", list, index)).isEqualTo(Pointers.child(Pointers.child("/a", list), index));
    }

    @Property(tries = 200)
    void propertyOfAnArrayItemIsTheIndexThenTheName(@ForAll @IntRange(max = 10_000) int index, @ForAll String name) {
        assertThat(Pointers.child("/links", index, name)).isEqualTo(Pointers.child(Pointers.child("/links", index), name));
    }

    @Property(tries = 200)
    void propertyOfAListItemIsTheListTheIndexThenTheName(
            @ForAll String list, @ForAll @IntRange(max = 10_000) int index, @ForAll String name) {
        assertThat(Pointers.child("", list, index, name))
                .isEqualTo(Pointers.child(Pointers.child(Pointers.child("", list), index), name));
    }

    @Test
    void propertyOfAListItemReadsAsRfc6901Tokens() {
        assertThat(Pointers.child("/themes/0", "targets", 2, "period")).isEqualTo("/themes/0/targets/2/period");
    }
}

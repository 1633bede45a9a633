package io.github.councilplan.schema.read;

import io.github.councilplan.schema.ValidationLimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * {@link LocatedTree}: values are located by JSON pointer, a pointer to something not in the
 * document at its nearest ancestor that is, and locations cost memory in proportion to the
 * document, however long its keys.
 */
class LocatedTreeTest {
    /** A bound on the tests of hostile documents, only so that a regression fails rather than hangs. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private static LocatedTree sample() {
        LocatedTree.Builder builder = new LocatedTree.Builder();
        LocatedTree.Location root = builder.root(1, 1);
        LocatedTree.Location list = builder.property(root, "a/b", 2, 3);
        builder.item(list, 3, 5);
        builder.item(list, 4, 5);
        builder.property(root, "c~d", 5, 7);
        builder.property(root, "", 6, 9);
        return builder.build(JsonNodeFactory.instance.objectNode());
    }

    @Test
    void valueIsLocatedByItsPointerWithEscapedTokens() {
        LocatedTree tree = sample();

        assertThat(tree.locate("")).containsExactly(1, 1);
        assertThat(tree.locate("/a~1b")).containsExactly(2, 3);
        assertThat(tree.locate("/a~1b/1")).containsExactly(4, 5);
        assertThat(tree.locate("/c~0d")).containsExactly(5, 7);
        assertThat(tree.locate("/")).containsExactly(6, 9);
    }

    @Test
    void pointerToSomethingNotInTheDocumentIsLocatedAtItsNearestAncestor() {
        LocatedTree tree = sample();

        assertThat(tree.locate("/a~1b/2")).containsExactly(2, 3);
        assertThat(tree.locate("/a~1b/01")).containsExactly(2, 3);
        assertThat(tree.locate("/a~1b/0/x/y")).containsExactly(3, 5);
        assertThat(tree.locate("/missing/0")).containsExactly(1, 1);
    }

    @Test
    void emptyTreeLocatesEverythingAtTheStart() {
        LocatedTree tree = new LocatedTree.Builder().build(JsonNodeFactory.instance.nullNode());

        assertThat(tree.locate("/a/0")).containsExactly(1, 1);
    }

    @Test
    void longJsonKeyOverManyValuesIsReadWithoutAPointerPerValue() {
        byte[] json = ("{\"" + "k".repeat(1_000_000) + "\": [" + "1,".repeat(200_000) + "1]}")
                .getBytes(StandardCharsets.UTF_8);

        LocatedTree tree = assertTimeoutPreemptively(HANG_GUARD,
                () -> new JsonTreeReader(ValidationLimits.defaults()).read(json));

        assertThat(tree.locate("/" + "k".repeat(1_000_000) + "/200000")).containsExactly(1, 1_000_007 + 400_000);
    }
}

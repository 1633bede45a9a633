package io.github.councilplan.model;

import static io.github.councilplan.model.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.councilplan.model.json.PlanJson;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class BlockTest {
    private static final JsonMapper JSON = PlanJson.standard().mapper();

    @Test
    void aParagraphHasItsTextAndNoList() {
        Block block = Block.paragraph(text("Welcome"));

        assertThat(block.paragraph()).contains(text("Welcome"));
        assertThat(block.list()).isEmpty();
        assertThat(block.numbered()).isFalse();
        assertThat(block.texts()).containsExactly(text("Welcome"));
    }

    @Test
    void aBulletedListHasItsItemsInOrder() {
        Block block = Block.bullets(List.of(text("first"), text("second")));

        assertThat(block.paragraph()).isEmpty();
        assertThat(block.list()).containsExactly(text("first"), text("second"));
        assertThat(block.numbered()).isFalse();
        assertThat(block.texts()).containsExactly(text("first"), text("second"));
    }

    @Test
    void aNumberedListIsNumbered() {
        assertThat(Block.numbered(List.of(text("first"))).numbered()).isTrue();
    }

    @Test
    void aBlockWithAParagraphAndAListIsRefused() {
        Block.Builder block = Block.builder().paragraph(text("Welcome")).addList(text("first"));

        assertThatIllegalArgumentException()
                .isThrownBy(block::build)
                .withMessage("block: has both a paragraph and a list; a block is one or the other");
    }

    @Test
    void aBlockWithNeitherIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Block.builder().build())
                .withMessage("block: has neither a paragraph nor a list item");
    }

    @Test
    void anEmptyListIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Block.bullets(List.of()))
                .withMessage("block: has neither a paragraph nor a list item");
    }

    @Test
    void aNumberedParagraphIsRefused() {
        Block.Builder block = Block.builder().paragraph(text("Welcome")).numbered(true);

        assertThatIllegalArgumentException()
                .isThrownBy(block::build)
                .withMessage("block.numbered: only a list is numbered, not a paragraph");
    }

    @Test
    void aBulletedListIsWrittenWithoutNumbered() {
        assertThat(JSON.writeValueAsString(Block.bullets(List.of(text("a")))).replaceAll("\\s", ""))
                .isEqualTo("{\"list\":[\"a\"]}");
        assertThat(JSON.writeValueAsString(Block.numbered(List.of(text("a")))).replaceAll("\\s", ""))
                .isEqualTo("{\"list\":[\"a\"],\"numbered\":true}");
    }
}

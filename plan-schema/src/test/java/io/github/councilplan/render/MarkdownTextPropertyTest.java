package io.github.councilplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.PlanArbitraries;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Escaped plan text, wherever the summary puts it (a paragraph, a list item, a heading, a table
 * cell), parses as CommonMark to that one block holding nothing but the text: plan text creates
 * no structure and loses no character but those it is documented to lose.
 */
class MarkdownTextPropertyTest {
    /** Text nodes only: no emphasis, code, link, image, HTML or line break. */
    private static final Set<String> TEXT_ONLY = Set.of("Text");

    private static final List<String> MARKDOWN = List.of(
            "#", "##", "*", "**", "_", "__", "`", "```", "~", "~~", "[", "]", "(", ")", "!", "![x](y)", "[a](b)",
            "[x]: /url", "<", ">", "> ", "&", "&amp;", "&#35;", "|", "||", "$", "$$", "-", "- ", "--", "---", "+ ", "=",
            "===", "1. ", "1)", "2025.", "12345678901. ", "\\", "\\\\", "\\*", " ", "  ", "    ", "\t", "\n", "\r\n",
            "\n\n", "\u2028", "\u00a0", "<b>", "</b>", "<!--", "-->", "<div>", "http://x.example", "<http://x.y>",
            "a@b.example", ":smile:", "[^1]", "- [ ] ", "\u0000", "\u202e", "\ud800", "😀", "ŵ", "x", "word");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> markdown = Arbitraries.of(MARKDOWN).list().ofMinSize(1).ofMaxSize(8)
                .map(parts -> String.join("", parts));
        return Arbitraries.oneOf(markdown, PlanArbitraries.strings())
                .filter(text -> !OneLine.of(text).isEmpty());
    }

    @Property(tries = 1000)
    void aParagraphOfTextIsOneParagraphOfThatText(@ForAll("texts") String text) {
        Node document = CommonMark.parse(MarkdownText.escape(text) + "\n");

        assertThat(CommonMark.children(document)).singleElement().isInstanceOf(Paragraph.class);
        assertThat(CommonMark.kindsBelow(document.getFirstChild())).isSubsetOf(TEXT_ONLY);
        assertThat(CommonMark.text(document)).isEqualTo(OneLine.of(text));
    }

    @Property(tries = 1000)
    void aListItemOfTextIsOneItemOfThatText(@ForAll("texts") String text) {
        Node document = CommonMark.parse("- " + MarkdownText.escape(text) + "\n- next\n");

        assertThat(CommonMark.children(document)).singleElement().isInstanceOf(BulletList.class);
        List<Node> items = CommonMark.children(document.getFirstChild());
        assertThat(items).hasSize(2).allMatch(ListItem.class::isInstance);
        assertThat(CommonMark.children(items.get(0))).singleElement().isInstanceOf(Paragraph.class);
        assertThat(CommonMark.kindsBelow(items.get(0).getFirstChild())).isSubsetOf(TEXT_ONLY);
        assertThat(CommonMark.text(items.get(0))).isEqualTo(OneLine.of(text));
    }

    @Property(tries = 1000)
    void aHeadingOfTextIsOneHeadingOfThatText(@ForAll("texts") String text) {
        Node document = CommonMark.parse("## " + MarkdownText.escape(text) + "\n");

        assertThat(CommonMark.children(document)).singleElement().isInstanceOfSatisfying(Heading.class,
                heading -> assertThat(heading.getLevel()).isEqualTo(2));
        assertThat(CommonMark.kindsBelow(document.getFirstChild())).isSubsetOf(TEXT_ONLY);
        assertThat(CommonMark.text(document)).isEqualTo(OneLine.of(text));
    }

    @Property(tries = 1000)
    void aTableCellOfTextIsOneCellOfThatText(@ForAll("texts") String text) {
        Node document = CommonMark.parse("| a | b |\n|---|---|\n| " + MarkdownText.escape(text) + " | x |\n");

        assertThat(CommonMark.children(document)).singleElement().isInstanceOf(TableBlock.class);
        Node body = CommonMark.children(document.getFirstChild()).get(1);
        assertThat(body).isInstanceOf(TableBody.class);
        List<Node> rows = CommonMark.children(body);
        assertThat(rows).singleElement().isInstanceOf(TableRow.class);
        List<Node> cells = CommonMark.children(rows.get(0));
        assertThat(cells).hasSize(2);
        assertThat(CommonMark.kindsBelow(cells.get(0))).isSubsetOf(TEXT_ONLY);
        assertThat(CommonMark.text(cells.get(0))).isEqualTo(OneLine.of(text));
        assertThat(CommonMark.text(cells.get(1))).isEqualTo("x");
    }

    @Example
    void escapingIsVisibleOnlyWhereNeeded() {
        assertThat(MarkdownText.escape("1.2 Improve roads - and paths")).isEqualTo("1.2 Improve roads - and paths");
        assertThat(MarkdownText.escape("1984. A year")).isEqualTo("1984\\. A year");
        assertThat(MarkdownText.escape("- not a list")).isEqualTo("\\- not a list");
        assertThat(MarkdownText.escape("*a* _b_ `c` [d](e) <f> &g; |h| ~i~ $j$ #k \\"))
                .isEqualTo("\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\&g; \\|h\\| \\~i\\~ \\$j\\$ \\#k \\\\");
    }
}

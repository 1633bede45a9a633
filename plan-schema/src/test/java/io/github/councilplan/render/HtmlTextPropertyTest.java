package io.github.councilplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whatever a plan's text holds, {@link HtmlText} makes it one line of characters that can open or
 * close nothing in HTML or XML, and that a browser and an XML parser both read back as the text.
 */
class HtmlTextPropertyTest {
    private static final Pattern REFERENCE = Pattern.compile("&(?!(?:amp|lt|gt|quot|#39);)");
    /** Text that tries to leave its place in HTML or XML, or to reorder the text around it. */
    static final List<String> HOSTILE = List.of("<script>", "</script>", "</style>", "<!--", "-->", "]]>",
            "<![CDATA[", "\"", "'", "=", "&", "&amp;", "&#60;", "&lt", "\u202e", "\u202d", "\u2066", "\u2067",
            "\u2068", "\u2069", "\u200f", "\u061c", "\u2028", "\u2029", "\u0000", "\u001b[31m", "\u0085", "\r\n",
            "\ud800", "\udc00", "\ud83d\ude00", "\ufffe", "\uffff", "\ufdd0", "\u00a0", "\u200c", "\u200d",
            "<svg onload=alert(1)>");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(HOSTILE), Arbitraries.strings().all().ofMaxLength(6),
                Arbitraries.strings().alpha().ofMaxLength(6));
        return piece.list().ofMaxSize(12).map(pieces -> String.join("", pieces));
    }

    @Property
    void escapedTextHoldsNoMarkupNoControlsAndAnAmpersandOnlyAsOneOfFiveReferences(@ForAll("texts") String text) {
        String escaped = HtmlText.escape(text);

        assertThat(escaped).doesNotContain("<", ">", "\"", "'");
        assertThat(REFERENCE.matcher(escaped).find()).as("a bare & in %s", escaped).isFalse();
        // the zero-width non-joiner and joiner (U+200C, U+200D) are the only invisible formatting
        // characters kept: some scripts and emoji need them, and they reorder nothing
        escaped.codePoints().filter(c -> c != 0x200C && c != 0x200D).forEach(c -> {
            assertThat(Character.getType(c)).as("U+%04X", c).isNotIn((int) Character.CONTROL, (int) Character.FORMAT,
                    (int) Character.SURROGATE, (int) Character.LINE_SEPARATOR, (int) Character.PARAGRAPH_SEPARATOR);
            assertThat(c >= 0xFDD0 && c <= 0xFDEF || (c & 0xFFFE) == 0xFFFE).as("U+%04X", c).isFalse();
        });
    }

    // two parsers a try: 1,000 tries in every run, CI's 10,000 would add minutes
    @Property(tries = 1000)
    void browsersAndXmlParsersReadTheEscapedTextBackInAnElementAndInAnAttribute(@ForAll("texts") String text) {
        String escaped = HtmlText.escape(text);
        String expected = OneLine.of(text).codePoints()
                .map(c -> c >= 0xFDD0 && c <= 0xFDEF || (c & 0xFFFE) == 0xFFFE ? 0xFFFD : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String page = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>"
                + escaped + "</title><style>p {}</style></head><body><p title=\"" + escaped + "\" class='" + escaped
                + "'>" + escaped + "</p></body></html>";

        Document html = HtmlPages.parse(page);

        Element paragraph = html.selectFirst("body > p");
        assertThat(html.body().children()).hasSize(1);
        assertThat(paragraph.attributes().size()).isEqualTo(2);
        assertThat(paragraph.attr("title")).isEqualTo(expected);
        assertThat(paragraph.attr("class")).isEqualTo(expected);
        assertThat(paragraph.wholeText()).isEqualTo(expected);
        assertThat(html.title()).isEqualTo(expected.trim());
        assertThat(HtmlPages.xml(page).getElementsByTagName("p").item(0).getTextContent()).isEqualTo(expected);
    }

    @Example
    void tagsQuotesAndAmpersandsAreCharacterReferences() {
        assertThat(HtmlText.escape("<b class=\"x\">Tom's & Jerry's</b>"))
                .isEqualTo("&lt;b class=&quot;x&quot;&gt;Tom&#39;s &amp; Jerry&#39;s&lt;/b&gt;");
    }

    @Example
    void bidiControlsAreDroppedSoThatNoTextAroundIsReordered() {
        assertThat(HtmlText.escape("abc\u202eevil\u202c \u2066x\u2069 \u200fy")).isEqualTo("abcevil x y");
    }

    @Example
    void lineAndParagraphSeparatorsBecomeSpaces() {
        assertThat(HtmlText.escape("one\u2028two\u2029three\r\nfour")).isEqualTo("one two three four");
    }

    @Example
    void noncharactersAndUnpairedSurrogatesBecomeTheReplacementCharacter() {
        assertThat(HtmlText.escape("a\uffffb\ufdd0c\ud800d")).isEqualTo("a\ufffdb\ufffdc\ufffdd");
    }
}

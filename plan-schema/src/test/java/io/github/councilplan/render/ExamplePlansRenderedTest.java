package io.github.councilplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.trace.PlanIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example plan (Thurrock's and the fictional councils') renders in every format, in each of
 * the languages it declares; and its Markdown summary carries every text of the plan, so that a
 * reader of the Markdown alone can rebuild the plan's content.
 */
class ExamplePlansRenderedTest {
    private static final List<PlanRenderer> FORMATS = List.of(MarkdownSummary.standard(), MermaidDiagram.standard(),
            MatrixCsv.standard(), HtmlReport.standard());

    /** Each example plan with each language it declares, or with none for a plan that declares none. */
    static Stream<Arguments> examplesInEachLanguage() {
        List<Arguments> cases = new ArrayList<>();
        for (Path file : HtmlPages.examples()) {
            List<String> languages = HtmlPages.read(file).plan().languages();
            if (languages.isEmpty()) {
                cases.add(Arguments.of(file.getFileName().toString(), ""));
            }
            languages.forEach(language -> cases.add(Arguments.of(file.getFileName().toString(), language)));
        }
        return cases.stream();
    }

    static List<Path> examples() {
        return HtmlPages.examples();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examplesInEachLanguage")
    void everyExamplePlanRendersInEveryFormatInEachOfItsLanguages(String file, String language) {
        PlanIndex index = HtmlPages.read(HtmlPages.EXAMPLES.resolve(file));
        Wording wording = language.isEmpty() ? Wording.of(index) : Wording.of(index, language);

        for (PlanRenderer format : FORMATS) {
            assertThat(format.render(wording)).as("%s in %s", format.getClass().getSimpleName(), language)
                    .isNotBlank();
        }
        if (!language.isEmpty()) {
            assertThat(MarkdownSummary.standard().render(wording)).as("the title in %s", language)
                    .contains(MarkdownText.escape(OneLine.of(wording.of(index.plan().title()))));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyTextOfEveryExamplePlanCanBeReadInItsMarkdownSummary(Path file) {
        PlanIndex index = HtmlPages.read(file);
        List<String> blocks = new ArrayList<>();
        leafBlocks(CommonMark.parse(MarkdownSummary.standard().render(index)), blocks);

        List<String> missing = PlanTexts.of(index.plan()).stream()
                .filter(found -> blocks.stream().noneMatch(block -> block.contains(found.text())))
                .map(found -> found.pointer() + ": " + found.text()).toList();

        assertThat(missing).as("texts of %s missing from its Markdown", file.getFileName()).isEmpty();
    }

    /** Collects the text of every paragraph, heading and table cell below {@code node}. */
    private static void leafBlocks(Node node, List<String> into) {
        for (Node child : CommonMark.children(node)) {
            if (child instanceof Paragraph || child instanceof Heading || child instanceof TableCell) {
                into.add(CommonMark.text(child));
            } else {
                leafBlocks(child, into);
            }
        }
    }
}

package io.github.councilplan.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The one exception of reading a document that is not a plan, and its located problems. */
class InvalidPlanExceptionTest {
    @Test
    void readingJsonThatIsNotAPlanThrowsItWithTheProblemLocated() {
        String json = "{\n  \"schemaVersion\": \"0.2\",\n  \"id\": \"not an id\"\n}";

        InvalidPlanException thrown = catchThrowableOfType(InvalidPlanException.class,
                () -> PlanJson.standard().read(json));

        assertThat(thrown.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("model.invalid");
            assertThat(problem.pointer()).isEqualTo("/id");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("'not an id' is not a valid element id");
        });
    }

    @Test
    void malformedJsonIsASyntaxProblem() {
        InvalidPlanException thrown = catchThrowableOfType(InvalidPlanException.class,
                () -> PlanJson.standard().read("{\"id\": }"));

        assertThat(thrown.problems()).extracting(DocumentProblem::code).containsExactly("syntax.malformed");
    }

    @Test
    void aDuplicateKeyIsItsOwnProblem() {
        InvalidPlanException thrown = catchThrowableOfType(InvalidPlanException.class,
                () -> PlanJson.standard().read("{\"id\": \"a\", \"id\": \"b\"}"));

        assertThat(thrown.problems()).extracting(DocumentProblem::code).containsExactly("syntax.duplicate-key");
    }

    @Test
    void anEmptyDocumentIsItsOwnProblem() {
        InvalidPlanException thrown = catchThrowableOfType(InvalidPlanException.class,
                () -> PlanJson.standard().read(""));

        assertThat(thrown.problems()).extracting(DocumentProblem::code).containsExactly("syntax.empty");
    }

    @Test
    void theDocumentNullIsNotAPlan() {
        InvalidPlanException thrown = catchThrowableOfType(InvalidPlanException.class,
                () -> PlanJson.standard().read(" null "));

        assertThat(thrown.problems()).extracting(DocumentProblem::code, DocumentProblem::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("schema.type", ""));
    }

    @Test
    void theMessageListsTheProblemsAsLineColumnCodeMessage() {
        InvalidPlanException thrown = new InvalidPlanException(List.of(
                DocumentProblem.of("model.invalid", "id: bad", "/id", 2, 5),
                DocumentProblem.of("model.invalid", "title: bad", "/title", 3, 8)));

        assertThat(thrown.getMessage()).isEqualTo(
                "the document is not a plan: 2 problems\n  2:5: model.invalid: id: bad\n  3:8: model.invalid: title: bad");
    }

    @Test
    void theMessageCountsTheProblemsItDoesNotList() {
        List<DocumentProblem> problems = IntStream.rangeClosed(1, 12)
                .mapToObj(i -> DocumentProblem.of("model.invalid", "bad " + i, "/owners/" + i, i, 1))
                .collect(Collectors.toList());

        InvalidPlanException thrown = new InvalidPlanException(problems);

        assertThat(thrown.getMessage().split("\n")).hasSize(InvalidPlanException.LISTED + 2);
        assertThat(thrown.getMessage()).endsWith("\n  and 2 more (see problems())");
        assertThat(thrown.problems()).isEqualTo(problems);
    }

    @Test
    void itRefusesNoProblems() {
        assertThatThrownBy(() -> new InvalidPlanException(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(InvalidPlanException.class)
                .hasMessage("problems: expected at least one, was none");
    }

    @Test
    void itRefusesNull() {
        assertThatThrownBy(() -> new InvalidPlanException(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aProblemRefusesALineOrColumnBelowOne() {
        assertThatThrownBy(() -> DocumentProblem.of("model.invalid", "m", "", 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("line: expected 1 or more, was 0");
        assertThatThrownBy(() -> DocumentProblem.of("model.invalid", "m", "", 1, -3))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("column: expected 1 or more, was -3");
    }

    @Test
    void aProblemMovedElsewhereKeepsEverythingButItsPlace() {
        DocumentProblem problem = DocumentProblem.of("model.invalid", "m", "/id", 1, 1);

        assertThat(problem.at(4, 7)).isEqualTo(DocumentProblem.of("model.invalid", "m", "/id", 4, 7));
    }
}

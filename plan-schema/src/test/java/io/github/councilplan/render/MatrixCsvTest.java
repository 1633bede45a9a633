package io.github.councilplan.render;

import static io.github.councilplan.render.RenderPlans.emptyPlan;
import static io.github.councilplan.render.RenderPlans.id;
import static io.github.councilplan.render.RenderPlans.outcome;
import static io.github.councilplan.render.RenderPlans.priority;
import static io.github.councilplan.render.RenderPlans.theme;
import static io.github.councilplan.render.RenderPlans.withDeliverableTitled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.Deliverable;
import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.Outcome;
import io.github.councilplan.model.Text;
import io.github.councilplan.trace.PlanIndex;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The traceability matrix as CSV, exactly, for small plans. */
class MatrixCsvTest {
    private static final MatrixCsv CSV = MatrixCsv.standard();

    @Test
    void aRowPerDeliverableAndAColumnPerOutcomeWithTheBasisOfEachCell() {
        assertThat(CSV.render(RenderPlans.small())).isEqualTo(""
                + "number,id,title,1.1,1.2,2.1\r\n"
                + "1.1.1,d-1.1.1,Sweep more,containment,containment,\r\n"
                + "1.1.2,d-1.1.2,Fix potholes,,link,\r\n"
                + "2.1.1,d-2.1.1,Open a market,,,containment\r\n");
    }

    @Test
    void aRowPerPieceOfLeafWorkAtEachLevelAndAColumnPerOutcomeAtEachLevel() {
        PlanIndex index = PlanIndex.of(emptyPlan()
                .addThemes(theme("t-1", "1", "Place")
                        .addOutcomes(outcome("o-1", "1", "a clean place"))
                        .addObjectives(RenderPlans.objective("ob-1", "1.1", "Clean up")
                                .addOutcomes(outcome("o-2", "2", "clean streets")).build())
                        .addPriorities(priority("p-1.2", "1.2", "Fix roads")
                                .addOutcomes(outcome("o-3", "3", "smooth roads")).build())
                        .addDeliverables(Deliverable.builder().id(id("d-1")).number(DisplayNumber.of("1.3"))
                                .title(Text.of("We will open two hubs"))
                                .addOutcomes(outcome("o-4", "4", "two hubs open")).build())
                        .build())
                .build());

        assertThat(CSV.render(index)).isEqualTo(""
                + "number,id,title,1,2,3,4\r\n"
                + "1.1,ob-1,Clean up,containment,containment,,\r\n"
                + "1.2,p-1.2,Fix roads,containment,,containment,\r\n"
                + "1.3,d-1,We will open two hubs,containment,,,containment\r\n");
    }

    @Test
    void aPlanWithoutWorkOrOutcomesIsTheHeaderAlone() {
        assertThat(CSV.render(PlanIndex.of(emptyPlan().build()))).isEqualTo("number,id,title\r\n");
    }

    @Test
    void anOutcomeWithoutANumberIsHeadedByItsId() {
        PlanIndex index = PlanIndex.of(emptyPlan()
                .addThemes(theme("t-1", "1", "Place")
                        .addOutcomes(Outcome.of(id("o-clean"), Text.of("cleaner streets")))
                        .build())
                .build());

        assertThat(CSV.render(index)).isEqualTo("number,id,title,o-clean\r\n");
    }

    @Test
    void outcomesSharingANumberAreHeadedByTheirIds() {
        PlanIndex index = PlanIndex.of(emptyPlan()
                .addThemes(theme("t-1", "1", "Place").addOutcomes(outcome("o-1", "A", "cleaner streets")).build())
                .addThemes(theme("t-2", "2", "Town").addOutcomes(outcome("o-2", "A", "busier shops"),
                        outcome("o-3", "B", "more visitors")).build())
                .build());

        assertThat(CSV.render(index)).isEqualTo("number,id,title,o-1,o-2,B\r\n");
    }

    @Test
    void aDeliverableWithoutANumberHasAnEmptyNumber() {
        PlanIndex index = PlanIndex.of(emptyPlan()
                .addThemes(theme("t-1", "1", "Place")
                        .addPriorities(priority("p-1.1", "1.1", "Keep streets clean")
                                .addDeliverables(Deliverable.builder().id(id("d-sweep")).title(Text.of("Sweep")).build())
                                .build())
                        .build())
                .build());

        assertThat(CSV.render(index)).isEqualTo("number,id,title\r\n,d-sweep,Sweep\r\n");
    }

    @Test
    void textWithCommasQuotesAndLineBreaksIsQuoted() {
        assertThat(row(withDeliverableTitled("Roads, paths and \"verges\""))).isEqualTo(
                "1.1.1,d-1.1.1,\"Roads, paths and \"\"verges\"\"\",containment");
        assertThat(row(withDeliverableTitled("Line one\nline two\r\nline three"))).isEqualTo(
                "1.1.1,d-1.1.1,\"Line one\nline two\r\nline three\",containment");
        assertThat(row(withDeliverableTitled(" spaced "))).isEqualTo(
                "1.1.1,d-1.1.1,\" spaced \",containment");
    }

    @Test
    void nonAsciiTextIsWrittenAsItIs() {
        assertThat(row(withDeliverableTitled("Gwella’r ŵyl — £5 😀 中文"))).isEqualTo(
                "1.1.1,d-1.1.1,Gwella’r ŵyl — £5 😀 中文,containment");
    }

    @Test
    void textASpreadsheetWouldEvaluateGetsALeadingApostrophe() {
        Map<String, String> cases = Map.of(
                "=HYPERLINK(\"http://x.example\",\"click\")", "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\"",
                "+1 more bus", "'+1 more bus",
                "-5 degrees", "'-5 degrees",
                "@SUM(A1:A9)", "'@SUM(A1:A9)",
                "\tcmd|' /C calc'!A0", "'\tcmd|' /C calc'!A0",
                "'already quoted", "''already quoted",
                "A = B + C", "A = B + C");
        cases.forEach((title, field) ->
                assertThat(row(withDeliverableTitled(title))).as(title).isEqualTo("1.1.1,d-1.1.1," + field + ",containment"));
    }

    @Test
    void textTakesOffOneLeadingApostrophe() {
        assertThat(MatrixCsv.text("'=1+1")).isEqualTo("=1+1");
        assertThat(MatrixCsv.text("''quoted")).isEqualTo("'quoted");
        assertThat(MatrixCsv.text("plain")).isEqualTo("plain");
        assertThat(MatrixCsv.text("")).isEmpty();
    }

    @Test
    void titlesAreInThePlansFirstLanguage() {
        PlanIndex index = PlanIndex.of(emptyPlan()
                .title(Text.of("cy", "Ein cynllun").with("en", "Our plan"))
                .organisation(io.github.councilplan.model.Organisation.of(
                        Text.of("cy", "Cyngor Enghreifftiol").with("en", "Example Council")))
                .addLanguages("cy", "en")
                .addThemes(theme("t-1", "1", "Place")
                        .name(Text.of("cy", "Lle").with("en", "Place"))
                        .addPriorities(priority("p-1.1", "1.1", "x")
                                .title(Text.of("cy", "Strydoedd glân").with("en", "Clean streets"))
                                .addDeliverables(Deliverable.builder().id(id("d-1.1.1"))
                                        .number(DisplayNumber.of("1.1.1"))
                                        .title(Text.of("cy", "Ysgubo mwy").with("en", "Sweep more")).build())
                                .build())
                        .build())
                .build());

        assertThat(CSV.render(index)).isEqualTo("number,id,title\r\n1.1.1,d-1.1.1,Ysgubo mwy\r\n");
    }

    @Test
    void aFailingOutputFailsTheWrite() {
        Appendable broken = new Appendable() {
            @Override
            public Appendable append(CharSequence csq) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public Appendable append(CharSequence csq, int start, int end) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public Appendable append(char c) throws IOException {
                throw new IOException("disk full");
            }
        };

        assertThatThrownBy(() -> CSV.write(RenderPlans.small(), broken)).isInstanceOf(IOException.class)
                .hasMessage("disk full");
    }

    /** Returns the one deliverable row of a plan, without its line end. */
    private static String row(PlanIndex index) {
        String csv = CSV.render(index);
        String body = csv.substring(csv.indexOf("\r\n") + 2);
        assertThat(body).endsWith("\r\n");
        return body.substring(0, body.length() - 2);
    }
}

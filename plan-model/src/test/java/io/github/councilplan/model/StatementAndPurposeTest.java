package io.github.councilplan.model;

import static io.github.councilplan.model.Fixtures.id;
import static io.github.councilplan.model.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class StatementAndPurposeTest {

    @Test
    void statementWithAParagraphIsAccepted() {
        Statement s = Statement.builder().id(id("foreword")).addBody(Block.paragraph(text("Welcome")))
                .addSignatories(Signatory.of("Councillor A Leader", text("Leader of the Council"))).build();

        assertThat(s.body()).containsExactly(Block.paragraph(text("Welcome")));
    }

    @Test
    void statementWithoutABodyIsRejected() {
        Statement.Builder s = Statement.builder().id(id("foreword")).heading(text("Foreword"));

        assertThatIllegalArgumentException()
                .isThrownBy(s::build)
                .withMessage("statement 'foreword': body must not be empty");
    }

    @Test
    void statementIsLabelledByItsHeading() {
        Statement s = Statement.builder().id(id("f")).heading(text("Foreword")).addBody(Block.paragraph(text("Welcome")))
                .build();

        assertThat(s.label()).contains(text("Foreword"));
    }

    @Test
    void statementWithoutHeadingIsLabelledByItsFirstParagraph() {
        Statement s = Statement.builder().id(id("f"))
                .addBody(Block.paragraph(text("Welcome")), Block.paragraph(text("More"))).build();

        assertThat(s.label()).contains(text("Welcome"));
    }

    @Test
    void blankSignatoryNameIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Signatory.of(" ", text("Leader of the Council")))
                .withMessage("signatory.name: must not be blank, was ' '");
    }

    @Test
    void purposeWithAStatementIsAccepted() {
        Purpose p = Purpose.builder().addStatements(text("serve residents")).addApproaches(text("listening")).build();

        assertThat(p.statements()).containsExactly(text("serve residents"));
        assertThat(p.approaches()).containsExactly(text("listening"));
    }

    @Test
    void purposeWithoutAStatementIsRejected() {
        Purpose.Builder p = Purpose.builder().introduction(text("Our purpose")).addApproaches(text("listening"));

        assertThatIllegalArgumentException()
                .isThrownBy(p::build)
                .withMessage("purpose.statements: must not be empty");
    }

    @Test
    void blankOrganisationCodeIsRejected() {
        Organisation.Builder o = Organisation.builder().name(text("Thurrock Council")).code("");

        assertThatIllegalArgumentException()
                .isThrownBy(o::build)
                .withMessage("organisation.code: must not be blank, was ''");
    }
}

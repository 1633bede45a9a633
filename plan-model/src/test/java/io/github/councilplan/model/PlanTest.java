package io.github.councilplan.model;

import static io.github.councilplan.model.Fixtures.plan;
import static io.github.councilplan.model.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanTest {

    @Test
    void builderStartsWithTheSupportedSchemaVersion() {
        assertThat(plan().build().schemaVersion()).isEqualTo(Plan.SCHEMA_VERSION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.1", "0.3", "1.0", "", "0.2 "})
    void otherSchemaVersionIsRejected(String version) {
        Plan.Builder plan = plan().schemaVersion(version);

        assertThatIllegalArgumentException()
                .isThrownBy(plan::build)
                .withMessage("schemaVersion: '" + version + "' is not supported; this library reads '"
                        + Plan.SCHEMA_VERSION + "'");
    }

    @Test
    void canonicalDistinctLanguagesAreKeptInOrder() {
        Plan p = plan().addLanguages("cy", "en-GB", "en").build();

        assertThat(p.languages()).containsExactly("cy", "en-GB", "en");
    }

    @Test
    void languageNotInCanonicalFormIsRejectedNamingTheCanonicalForm() {
        Plan.Builder p = plan().addLanguages("en", "EN-gb");

        assertThatIllegalArgumentException()
                .isThrownBy(p::build)
                .withMessage("languages[1]: 'EN-gb' is not in canonical form, expected 'en-GB'");
    }

    @Test
    void illFormedLanguageIsRejected() {
        Plan.Builder p = plan().addLanguages("english!");

        assertThatIllegalArgumentException()
                .isThrownBy(p::build)
                .withMessageContaining("'english!' is not a well-formed BCP 47 language tag");
    }

    @Test
    void languageListedTwiceIsRejected() {
        Plan.Builder p = plan().addLanguages("en", "cy", "en");

        assertThatIllegalArgumentException()
                .isThrownBy(p::build)
                .withMessage("languages[2]: 'en' is listed twice");
    }

    @Test
    void partialLanguagesThatArePlanLanguagesAreKept() {
        Plan p = plan().addLanguages("cy", "en").addPartialLanguages("en").build();

        assertThat(p.partialLanguages()).containsExactly("en");
    }

    @Test
    void aPartialLanguageThePlanDoesNotDeclareIsRejectedListingThoseItDoes() {
        Plan.Builder p = plan().addLanguages("cy", "en").addPartialLanguages("fr");

        assertThatIllegalArgumentException()
                .isThrownBy(p::build)
                .withMessage("partialLanguages[0]: 'fr' is not one of the plan's languages [cy, en]");
    }

    @Test
    void aPartialLanguageNotInCanonicalFormIsRejected() {
        Plan.Builder p = plan().addLanguages("en-GB").addPartialLanguages("en-gb");

        assertThatIllegalArgumentException()
                .isThrownBy(p::build)
                .withMessage("partialLanguages[0]: 'en-gb' is not in canonical form, expected 'en-GB'");
    }

    @Test
    void aPartialLanguageListedTwiceIsRejected() {
        Plan.Builder p = plan().addLanguages("cy", "en").addPartialLanguages("en", "en");

        assertThatIllegalArgumentException()
                .isThrownBy(p::build)
                .withMessage("partialLanguages[1]: 'en' is listed twice");
    }

    @Test
    void relatedPlansWithDistinctIdsAreKeptInOrder() {
        RelatedPlan strategy = RelatedPlan.of(Fixtures.id("strategy"), PlanRelation.DELIVERS);
        RelatedPlan other = RelatedPlan.builder().id(Fixtures.id("other")).build();

        assertThat(plan().addRelatedPlans(strategy, other).build().relatedPlans()).containsExactly(strategy, other);
    }

    @Test
    void aRelatedPlanListedTwiceIsRejected() {
        Plan.Builder p = plan().addRelatedPlans(RelatedPlan.of(Fixtures.id("s"), PlanRelation.DELIVERS),
                RelatedPlan.builder().id(Fixtures.id("s")).build());

        assertThatIllegalArgumentException()
                .isThrownBy(p::build)
                .withMessage("relatedPlans[1].id: 's' is listed twice (also relatedPlans[0])");
    }

    @Test
    void thePlanItselfIsNoRelatedPlan() {
        Plan.Builder p = plan().addRelatedPlans(RelatedPlan.builder().id(Fixtures.id("plan")).build());

        assertThatIllegalArgumentException()
                .isThrownBy(p::build)
                .withMessage("relatedPlans[0].id: 'plan' is this plan's own id");
    }

    @Test
    void anOwnerOverseeingThePlanTwiceIsRejected() {
        Plan.Builder p = plan().addOverseenBy(Fixtures.id("board"), Fixtures.id("board"));

        assertThatIllegalArgumentException()
                .isThrownBy(p::build)
                .withMessage("plan 'plan': overseenBy [board, board] lists 'board' twice");
    }

    @Test
    void thePlansVisionIsItsFirstChild() {
        Statement vision = Statement.builder().id(Fixtures.id("vision")).addBody(Block.paragraph(text("A place")))
                .build();
        Plan p = plan().vision(vision).addStatements(Fixtures.statement("s", null)).build();

        assertThat(p.children()).first().isEqualTo(vision);
    }

    @ParameterizedTest
    @EnumSource(ElementKind.class)
    void levelNameWithoutLevelNamesIsTheCapitalisedDefault(ElementKind kind) {
        String name = kind.defaultName();

        assertThat(plan().build().levelName(kind))
                .isEqualTo(text(Character.toUpperCase(name.charAt(0)) + name.substring(1)));
    }

    @Test
    void levelNameIsThePlansOwnWhereItGivesOne() {
        Text ambition = Text.of("en", "Ambition").with("cy", "Uchelgais");
        Plan p = plan().levelNames(LevelNames.builder().theme(ambition).priority(text("Well-being objective")).build())
                .build();

        assertThat(p.levelName(ElementKind.THEME)).isEqualTo(ambition);
        assertThat(p.levelName(ElementKind.PRIORITY)).isEqualTo(text("Well-being objective"));
    }

    @Test
    void levelNameFallsBackToTheDefaultForLevelsThePlanDoesNotName() {
        Plan p = plan().levelNames(LevelNames.builder().theme(text("Ambition")).build()).build();

        assertThat(p.levelName(ElementKind.DELIVERABLE)).isEqualTo(text("Deliverable"));
        assertThat(p.levelName(ElementKind.MEASURE)).isEqualTo(text("Measure"));
    }

    @Test
    void planIsDescribedByKindAndIdAndLabelledByItsTitle() {
        Plan p = plan().build();

        assertThat(p.describe()).isEqualTo("plan 'plan'");
        assertThat(p.label()).contains(p.title());
        assertThat(p.kind()).isEqualTo(ElementKind.PLAN);
        assertThat(p.number()).isEmpty();
    }
}

package io.github.councilplan.model;

import static io.github.councilplan.model.Fixtures.id;
import static io.github.councilplan.model.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.councilplan.model.json.PlanJson;
import java.net.URI;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RelatedPlanTest {
    private static final JsonMapper JSON = PlanJson.standard().mapper();

    @Test
    void ofKeepsTheIdAndRelation() {
        RelatedPlan related = RelatedPlan.of(id("riverford-strategy"), PlanRelation.DELIVERS);

        assertThat(related.id()).isEqualTo(id("riverford-strategy"));
        assertThat(related.relation()).contains(PlanRelation.DELIVERS);
        assertThat(related.title()).isEmpty();
        assertThat(related.uri()).isEmpty();
    }

    @Test
    void aRelatedPlanKnownOnlyByItsIdIsAccepted() {
        assertThat(RelatedPlan.builder().id(id("other")).build().relation()).isEmpty();
    }

    @Test
    void aRelativeAddressIsRefusedNamingThePlan() {
        RelatedPlan.Builder related = RelatedPlan.builder().id(id("other")).uri(URI.create("strategy.json"));

        assertThatIllegalArgumentException()
                .isThrownBy(related::build)
                .withMessage("relatedPlans 'other'.uri: 'strategy.json' is not an absolute URI");
    }

    @Test
    void relationsAreWrittenInCamelCase() {
        RelatedPlan related = RelatedPlan.builder().id(id("s")).relation(PlanRelation.DELIVERED_BY)
                .title(text("Strategy")).build();

        assertThat(JSON.writeValueAsString(related).replaceAll("\\s", ""))
                .isEqualTo("{\"id\":\"s\",\"relation\":\"deliveredBy\",\"title\":\"Strategy\"}");
    }
}

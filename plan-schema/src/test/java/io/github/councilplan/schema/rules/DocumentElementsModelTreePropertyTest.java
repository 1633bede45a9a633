package io.github.councilplan.schema.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanArbitraries;
import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.model.structure.ValueType;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.json.JsonMapper;

/**
 * The walk of a plan's model ({@link DocumentNode#ofModel}), which the fast path's rules read,
 * finds what the walk of the same plan's JSON tree, which the full check's rules read, finds: the same
 * elements at the same pointers, the same lists of siblings, and for every type of value the rules
 * read, the same values at the same pointers, with the same labels and the same words.
 */
class DocumentElementsModelTreePropertyTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Property(tries = 300)
    void theWalkOfAPlansModelFindsWhatTheWalkOfItsTreeFinds(@ForAll("plans") Plan plan) {
        DocumentElements model = DocumentElements.of(DocumentNode.ofModel(plan));
        DocumentElements tree = DocumentElements.of(MAPPER.readTree(PlanJson.standard().write(plan)));

        assertThat(described(model)).isEqualTo(described(tree));
        int values = 0;
        for (ValueType type : ValueType.values()) {
            assertThat(described(model, type)).as(type.name()).isEqualTo(described(tree, type));
            values += model.values(type).size();
        }
        Statistics.label("values").collect(values == 0 ? "none" : "some");
        Statistics.label("values").coverage(coverage -> coverage.check("some").percentage(p -> p > 90));
    }

    @Provide
    Arbitrary<Plan> plans() {
        return PlanArbitraries.plans();
    }

    /** Each element (kind, pointer, id and number) and each list of siblings (its parent's pointer, property and size). */
    private static List<String> described(DocumentElements elements) {
        List<String> described = new ArrayList<>();
        for (ElementNode element : elements.all()) {
            described.add(element.kind() + " " + element.pointer() + " " + element.id() + " " + element.number());
        }
        for (DocumentElements.Siblings siblings : elements.siblings()) {
            described.add(siblings.parent().pointer() + " " + siblings.property().name() + " " + siblings.elements().size());
        }
        return described;
    }

    /** Each value of a type: its pointer, label, element and words (or, for an object, its properties' words). */
    private static List<String> described(DocumentElements elements, ValueType type) {
        List<String> described = new ArrayList<>();
        for (DocumentElements.Value value : elements.values(type)) {
            DocumentNode node = value.node();
            String words = node.isString() ? node.stringValue() : node.properties().stream()
                    .map(entry -> entry.getKey() + "=" + entry.getValue().stringValue()).toList().toString();
            described.add(value.pointer() + " " + value.label() + " " + value.element().pointer() + " " + words);
        }
        return described;
    }
}

package io.github.councilplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanArbitraries;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.trace.PlanIndex;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any plan and any choice of kinds, the diagram has a node per element drawn, one line each,
 * in a small grammar that plan text cannot leave; a solid arrow into every node but the plan from
 * its nearest drawn container; and a dashed arrow per link between drawn elements. Labels decode
 * back to the plan's text.
 */
class MermaidDiagramPropertyTest {
    private static final Pattern NODE = Pattern.compile(
            "  (n\\d+)(\\(\\[|\\[\\[|\\{\\{|\\(|\\[/|\\[\\\\|>|\\[)\"((?:[\\p{L}\\p{Nd} .,'\\-/()?!]|#\\d+;)*)\"(\\]\\)|\\]\\]|\\}\\}|\\)|/\\]|\\\\\\]|\\])");
    private static final Pattern CONTAINS = Pattern.compile("  (n\\d+) --> (n\\d+)");
    private static final Pattern LINK = Pattern.compile("  (n\\d+) -\\.->\\|([a-zA-Z]+)\\| (n\\d+)");
    private static final Pattern ENTITY = Pattern.compile("#(\\d+);");

    @Provide
    Arbitrary<Plan> plans() {
        return PlanArbitraries.plans();
    }

    @Provide
    Arbitrary<Plan> plansOfEveryShape() {
        return RenderPlans.everyShapeWithAnyText();
    }

    @Provide
    Arbitrary<Set<ElementKind>> kinds() {
        return Arbitraries.of(ElementKind.class).set().map(set -> set.isEmpty()
                ? EnumSet.noneOf(ElementKind.class) : EnumSet.copyOf(set));
    }

    @Property(tries = 200)
    void everyDrawnElementIsOneNodeAndEveryLineKeepsTheGrammar(@ForAll("plans") Plan plan,
            @ForAll("kinds") Set<ElementKind> kinds) {
        assertTheDiagramDrawsThePlan(plan, kinds);
    }

    @Property(tries = 200)
    void everyDrawnElementOfAPlanOfEveryShapeIsOneNodeAndEveryLineKeepsTheGrammar(
            @ForAll("plansOfEveryShape") Plan plan, @ForAll("kinds") Set<ElementKind> kinds) {
        assertTheDiagramDrawsThePlan(plan, kinds);
    }

    private static void assertTheDiagramDrawsThePlan(Plan plan, Set<ElementKind> kinds) {
        PlanIndex index = PlanIndex.of(plan);
        MermaidDiagram diagram = MermaidDiagram.standard().withKinds(kinds).withMaxTextLength(40);
        Wording wording = Wording.of(index);
        List<PlanElement> drawn = plan.elements().stream()
                .filter(element -> element.kind() == ElementKind.PLAN || kinds.contains(element.kind())).toList();

        List<String> lines = List.of(diagram.render(index).split("\n", -1));

        assertThat(lines.get(0)).isEqualTo("flowchart TD");
        assertThat(lines.get(lines.size() - 1)).as("the text ends with a line end").isEmpty();
        List<String> body = lines.subList(1, lines.size() - 1);
        Map<String, PlanElement> nodes = new HashMap<>();
        List<String[]> containments = new ArrayList<>();
        List<String[]> links = new ArrayList<>();
        for (String line : body) {
            Matcher node = NODE.matcher(line);
            Matcher contains = CONTAINS.matcher(line);
            Matcher link = LINK.matcher(line);
            if (node.matches()) {
                assertThat(containments).as("nodes come first").isEmpty();
                PlanElement element = drawn.get(nodes.size());
                assertThat(node.group(1)).isEqualTo("n" + nodes.size());
                String label = element.label().map(text -> MermaidLabel.abbreviate(wording.of(text), 40)).orElse("");
                assertThat(decode(node.group(3))).isEqualTo(element.kind() == ElementKind.PLAN ? label
                        : wording.name(element) + (element.label().isPresent() ? ": " + label : ""));
                nodes.put(node.group(1), element);
            } else if (contains.matches()) {
                assertThat(links).as("containment comes before links").isEmpty();
                containments.add(new String[] {contains.group(1), contains.group(2)});
            } else {
                assertThat(link.matches()).as("a line of the grammar: %s", line).isTrue();
                links.add(new String[] {link.group(1), link.group(2), link.group(3)});
            }
        }
        assertThat(nodes).hasSize(drawn.size());

        Map<String, String> container = new HashMap<>();
        for (String[] edge : containments) {
            assertThat(container.put(edge[1], edge[0])).as("one solid arrow into %s", edge[1]).isNull();
        }
        for (Map.Entry<String, PlanElement> node : nodes.entrySet()) {
            PlanElement element = node.getValue();
            if (element.kind() == ElementKind.PLAN) {
                assertThat(container).doesNotContainKey(node.getKey());
            } else {
                PlanElement nearest = index.path(element.id()).stream().skip(1)
                        .filter(ancestor -> ancestor.kind() == ElementKind.PLAN || kinds.contains(ancestor.kind()))
                        .findFirst().orElseThrow();
                assertThat(nodes.get(container.get(node.getKey()))).isSameAs(nearest);
            }
        }

        List<String> expectedLinks = new ArrayList<>();
        for (Link link : plan.links()) {
            if (link.toPlan().isEmpty() && drawn.stream().anyMatch(e -> e.id().equals(link.from()))
                    && drawn.stream().anyMatch(e -> e.id().equals(link.to()))) {
                expectedLinks.add(link.from() + " " + link.to());
            }
        }
        assertThat(links.stream().map(l -> nodes.get(l[0]).id() + " " + nodes.get(l[2]).id()).toList())
                .isEqualTo(expectedLinks);
    }

    private static String decode(String label) {
        Matcher entity = ENTITY.matcher(label);
        StringBuilder decoded = new StringBuilder();
        while (entity.find()) {
            entity.appendReplacement(decoded, Matcher.quoteReplacement(
                    new String(Character.toChars(Integer.parseInt(entity.group(1))))));
        }
        entity.appendTail(decoded);
        return decoded.toString();
    }
}

package io.github.councilplan.trace;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.PlanArbitraries;
import io.github.councilplan.model.PlanElement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitrary valid plans with more links than {@link PlanArbitraries#plans()} gives: up to a dozen
 * more, of the kinds traceability follows, between elements of the kinds each allows. Chains of
 * {@code contributesTo} links and measures that evidence work and outcomes are then common,
 * not rare.
 */
final class LinkedPlans {
    private static final List<LinkKind> KINDS = List.of(LinkKind.CONTRIBUTES_TO, LinkKind.CONTRIBUTES_TO,
            LinkKind.CONTRIBUTES_TO, LinkKind.EVIDENCES, LinkKind.EVIDENCES, LinkKind.INVOLVES, LinkKind.REFLECTS);

    private static final Arbitrary<Plan> PLANS = Combinators.combine(PlanArbitraries.plans(),
                    Arbitraries.integers().between(0, 10_000).list().ofMinSize(3).ofMaxSize(3).list().ofMaxSize(12))
            .as(LinkedPlans::withLinks);

    private LinkedPlans() {}

    static Arbitrary<Plan> plans() {
        return PLANS;
    }

    private static Plan withLinks(Plan plan, List<List<Integer>> seeds) {
        List<PlanElement> elements = plan.elements();
        Set<Link> links = new LinkedHashSet<>(plan.links());
        for (List<Integer> seed : seeds) {
            LinkKind kind = KINDS.get(seed.get(0) % KINDS.size());
            List<ElementId> sources = ofKinds(elements, kind.sources());
            if (sources.isEmpty()) {
                continue;
            }
            ElementId from = sources.get(seed.get(1) % sources.size());
            List<ElementId> targets = new ArrayList<>(ofKinds(elements, kind.targets()));
            targets.remove(from);
            if (!targets.isEmpty()) {
                links.add(Link.of(from, kind, targets.get(seed.get(2) % targets.size())));
            }
        }
        return Plan.builder().from(plan).links(links).build();
    }

    private static List<ElementId> ofKinds(List<PlanElement> elements, Set<ElementKind> kinds) {
        return elements.stream().filter(e -> kinds.contains(e.kind())).map(PlanElement::id).collect(Collectors.toList());
    }
}

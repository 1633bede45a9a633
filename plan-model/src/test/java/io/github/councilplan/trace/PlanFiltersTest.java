package io.github.councilplan.trace;

import static io.github.councilplan.trace.HandBuiltPlans.deliverable;
import static io.github.councilplan.trace.HandBuiltPlans.measure;
import static io.github.councilplan.trace.HandBuiltPlans.milestone;
import static io.github.councilplan.trace.HandBuiltPlans.objective;
import static io.github.councilplan.trace.HandBuiltPlans.owner;
import static io.github.councilplan.trace.HandBuiltPlans.partner;
import static io.github.councilplan.trace.HandBuiltPlans.plan;
import static io.github.councilplan.trace.HandBuiltPlans.priority;
import static io.github.councilplan.trace.HandBuiltPlans.theme;
import static io.github.councilplan.trace.HandBuiltPlans.value;
import static io.github.councilplan.trace.TracePlans.id;
import static io.github.councilplan.trace.TracePlans.link;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.councilplan.model.Commitment;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Text;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanFiltersTest {

    /** Owners: "board"; "dir" accountable to it; "team" accountable to "dir"; "other" to nobody. */
    private static PlanIndex ownedPlan() {
        return PlanIndex.of(plan()
                .addOwners(owner("board"), owner("dir", "board"), owner("team", "dir"), owner("other"))
                .addThemes(theme("t").addOwners(id("board"))
                        .addObjectives(objective("ob").addOwners(id("dir"))
                                .addPriorities(priority("p1").addOwners(id("other"))
                                        .addDeliverables(deliverable("d1").addOwners(id("team")).build()).build())
                                .build())
                        .addPriorities(priority("p2").addOwners(id("other"), id("board"))
                                .addDeliverables(deliverable("d2").build()).build())
                        .build())
                .addMeasures(measure("m").addOwners(id("board")).build())
                .build());
    }

    private static List<FilterMatch> owned(String owner, OwnerScope scope) {
        return PlanFilters.ownedBy(ownedPlan(), id(owner), scope);
    }

    @Test
    void ownedByListsTheElementsWhoseOwnersNameTheOwnerInDocumentOrder() {
        assertThat(owned("board", OwnerScope.DIRECT)).extracting(m -> m.element().id(), FilterMatch::basis).containsExactly(
                tuple(id("t"), FilterBasis.OWNERS), tuple(id("p2"), FilterBasis.OWNERS), tuple(id("m"), FilterBasis.OWNERS));
    }

    @Test
    void ownedByWithoutScopeIsDirect() {
        assertThat(PlanFilters.ownedBy(ownedPlan(), id("board"))).isEqualTo(owned("board", OwnerScope.DIRECT));
    }

    @Test
    void ownershipIsNotInheritedDownThePlan() {
        assertThat(owned("board", OwnerScope.DIRECT)).extracting(m -> m.element().id())
                .doesNotContain(id("ob"), id("p1"), id("d1"), id("d2"));
    }

    @Test
    void accountableScopeAddsElementsOwnedByOwnersAccountableToIt() {
        assertThat(owned("board", OwnerScope.ACCOUNTABLE)).extracting(m -> m.element().id(), FilterMatch::basis)
                .containsExactly(
                        tuple(id("t"), FilterBasis.OWNERS),
                        tuple(id("ob"), FilterBasis.ACCOUNTABILITY),
                        tuple(id("d1"), FilterBasis.ACCOUNTABILITY),
                        tuple(id("p2"), FilterBasis.OWNERS),
                        tuple(id("m"), FilterBasis.OWNERS));
    }

    @Test
    void accountableMatchCarriesTheChainOfOwnersUpToTheOneAskedAbout() {
        FilterMatch d1 = owned("board", OwnerScope.ACCOUNTABLE).get(2);

        assertThat(d1.accountability()).extracting(PlanElement::id).containsExactly(id("team"), id("dir"));
        assertThat(d1.links()).isEmpty();
    }

    @Test
    void accountabilityTakesTheShortestChain() {
        PlanIndex index = PlanIndex.of(plan()
                .addOwners(owner("top"), owner("a", "top"), owner("b", "a"), owner("c", "b", "top"))
                .addThemes(theme("t").addOwners(id("c")).build())
                .build());

        assertThat(PlanFilters.ownedBy(index, id("top"), OwnerScope.ACCOUNTABLE)).singleElement()
                .satisfies(match -> assertThat(match.accountability()).extracting(PlanElement::id)
                        .containsExactly(id("c")));
    }

    @Test
    void accountabilityCyclesEnd() {
        PlanIndex index = PlanIndex.of(plan()
                .addOwners(owner("a", "b"), owner("b", "a"))
                .addThemes(theme("t").addOwners(id("b")).build())
                .build());

        assertThat(PlanFilters.ownedBy(index, id("a"), OwnerScope.ACCOUNTABLE)).singleElement()
                .satisfies(match -> assertThat(match.accountability()).extracting(PlanElement::id)
                        .containsExactly(id("b")));
    }

    @Test
    void ownerWithNothingToOwnOwnsNothing() {
        PlanIndex index = PlanIndex.of(plan().addOwners(owner("own")).build());

        assertThat(PlanFilters.ownedBy(index, id("own"), OwnerScope.ACCOUNTABLE)).isEmpty();
    }

    @Test
    void ownedByRefusesAnElementThatIsNotAnOwner() {
        assertThatThrownBy(() -> PlanFilters.ownedBy(ownedPlan(), id("t")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("theme 't'");
    }

    private static PlanIndex partnered() {
        return PlanIndex.of(plan()
                .addValues(value("v1"), value("v2"))
                .addThemes(theme("t")
                        .addPriorities(priority("p").addDeliverables(
                                deliverable("d1").addMilestones(milestone("ms")).build(),
                                deliverable("d2").build()).build())
                        .addCommitments(Commitment.of(id("c"), Text.of("what you can expect")))
                        .build())
                .addPartners(partner("nhs"), partner("freeport"))
                .addLinks(
                        link("d2", LinkKind.INVOLVES, "nhs"),
                        link("nhs", LinkKind.CONTRIBUTES_TO, "d2"),
                        link("ms", LinkKind.INVOLVES, "nhs"),
                        link("freeport", LinkKind.CONTRIBUTES_TO, "d1"),
                        link("nhs", LinkKind.CONTRIBUTES_TO, "p"),
                        link("c", LinkKind.REFLECTS, "v1"),
                        link("t", LinkKind.REFLECTS, "v1"),
                        link("d1", LinkKind.REFLECTS, "v2"),
                        link("d2", LinkKind.INVOLVES, "gone"))
                .build());
    }

    @Test
    void involvingListsElementsThatInvolveThePartnerOrItContributesToInDocumentOrder() {
        assertThat(PlanFilters.involving(partnered(), id("nhs"))).extracting(m -> m.element().id())
                .containsExactly(id("p"), id("ms"), id("d2"));
    }

    @Test
    void involvingMatchesByLinksWithEveryLinkThatMatchedInPlanOrder() {
        FilterMatch d2 = PlanFilters.involving(partnered(), id("nhs")).get(2);

        assertThat(d2.basis()).isEqualTo(FilterBasis.LINK);
        assertThat(d2.links()).containsExactly(link("d2", LinkKind.INVOLVES, "nhs"),
                link("nhs", LinkKind.CONTRIBUTES_TO, "d2"));
    }

    @Test
    void involvingRefusesAnElementThatIsNotAPartner() {
        assertThatThrownBy(() -> PlanFilters.involving(partnered(), id("v1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reflectingListsElementsWithAReflectsLinkToTheValueInDocumentOrder() {
        assertThat(PlanFilters.reflecting(partnered(), id("v1")))
                .extracting(m -> m.element().id(), FilterMatch::basis, FilterMatch::links)
                .containsExactly(
                        tuple(id("t"), FilterBasis.LINK, List.of(link("t", LinkKind.REFLECTS, "v1"))),
                        tuple(id("c"), FilterBasis.LINK, List.of(link("c", LinkKind.REFLECTS, "v1"))));
    }

    @Test
    void reflectingRefusesAnElementThatIsNotAValue() {
        assertThatThrownBy(() -> PlanFilters.reflecting(partnered(), id("nhs")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void matchByLinksNeedsALink() {
        assertThatThrownBy(() -> FilterMatch.byLinks(partner("p"), List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("links");
    }

    @Test
    void matchByAccountabilityNeedsAnOwner() {
        assertThatThrownBy(() -> FilterMatch.byAccountability(partner("p"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("accountability");
    }

    @Test
    void matchByOwnersHasNoLinksOrChain() {
        assertThatThrownBy(() -> FilterMatch.of(partner("p"), FilterBasis.OWNERS, List.of(link("a", LinkKind.REFLECTS, "b")),
                List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void basesHaveStableCodes() {
        assertThat(Arrays.stream(FilterBasis.values()).map(FilterBasis::code))
                .containsExactly("owners", "accountability", "link");
    }
}

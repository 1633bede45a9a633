package io.github.councilplan.trace;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.LinkKind;
import io.github.councilplan.model.Owner;
import io.github.councilplan.model.Partner;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Principle;
import io.github.councilplan.model.SharedValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything in a plan that an owner owns, that involves a partner, or that reflects a shared
 * value.
 *
 * <ul>
 *   <li>{@link #ownedBy(PlanIndex, ElementId, OwnerScope) ownedBy}: the themes, objectives,
 *       priorities, deliverables and measures whose own {@code owners} field names the owner
 *       ({@link FilterBasis#OWNERS}); with {@link OwnerScope#ACCOUNTABLE}, also those whose
 *       {@code owners} name an owner accountable to it, directly or through other owners
 *       ({@link FilterBasis#ACCOUNTABILITY}, with the shortest chain of owners; on a tie, the
 *       chain from the owner the element names first). Ownership is not inherited
 *       down the plan here: a theme's deliverables are not listed because the theme is;
 *       {@link PlanIndex#children} finds them.
 *   <li>{@link #involving(PlanIndex, ElementId) involving}: the elements with an
 *       {@code involves} link to the partner, and the elements the partner has a
 *       {@code contributesTo} link to ({@link FilterBasis#LINK}).
 *   <li>{@link #reflecting(PlanIndex, ElementId) reflecting}: the elements with a
 *       {@code reflects} link to the value ({@link FilterBasis#LINK}).
 * </ul>
 * Each element is listed once, in document order, with every link that matched it in the plan's
 * order. Only resolved links count (see {@link PlanIndex#unresolvedLinks()}).
 *
 * <p>Each query takes time linear in the size of the plan. This class is stateless and
 * thread-safe; no method accepts or returns null.
 */
public final class PlanFilters {
    private PlanFilters() {}

    /**
     * Returns the elements whose own {@code owners} field names an owner: the same as
     * {@link #ownedBy(PlanIndex, ElementId, OwnerScope)} with {@link OwnerScope#DIRECT}.
     *
     * @param index the index of the plan, not null
     * @param ownerId the owner's id, not null
     * @return an unmodifiable list of matches in document order, not null
     * @throws NullPointerException if an argument is null
     * @throws java.util.NoSuchElementException if the plan has no element with this id
     * @throws IllegalArgumentException if the element is not an owner
     */
    public static List<FilterMatch> ownedBy(PlanIndex index, ElementId ownerId) {
        return ownedBy(index, ownerId, OwnerScope.DIRECT);
    }

    /**
     * Returns the elements an owner owns, directly or also through owners accountable to it.
     * An element that names the owner itself matches by {@link FilterBasis#OWNERS}, even if it also
     * names owners accountable to it.
     *
     * @param index the index of the plan, not null
     * @param ownerId the owner's id, not null
     * @param scope which elements count, not null
     * @return an unmodifiable list of matches in document order, not null
     * @throws NullPointerException if an argument is null
     * @throws java.util.NoSuchElementException if the plan has no element with this id
     * @throws IllegalArgumentException if the element is not an owner
     */
    public static List<FilterMatch> ownedBy(PlanIndex index, ElementId ownerId, OwnerScope scope) {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(scope, "scope");
        Owner owner = index.get(ownerId, Owner.class);
        Map<ElementId, List<Owner>> chains = scope == OwnerScope.ACCOUNTABLE ? chainsTo(index, owner) : Map.of();
        List<FilterMatch> matches = new ArrayList<>();
        for (PlanElement element : index.plan().elements()) {
            List<ElementId> owners = Coverage.ownersOf(element);
            if (owners.contains(owner.id())) {
                matches.add(FilterMatch.byOwners(element));
                continue;
            }
            List<Owner> shortest = null;
            for (ElementId named : owners) {
                List<Owner> chain = chains.get(named);
                if (chain != null && (shortest == null || chain.size() < shortest.size())) {
                    shortest = chain;
                }
            }
            if (shortest != null) {
                matches.add(FilterMatch.byAccountability(element, shortest));
            }
        }
        return List.copyOf(matches);
    }

    /**
     * For every owner accountable to {@code top} (directly or through others), the shortest chain
     * from it to an owner directly accountable to {@code top}; ties go to owners earlier in
     * document order.
     */
    private static Map<ElementId, List<Owner>> chainsTo(PlanIndex index, Owner top) {
        Map<ElementId, List<Owner>> answeringTo = new HashMap<>();
        for (PlanElement element : index.ofKind(ElementKind.OWNER)) {
            Owner owner = (Owner) element;
            for (ElementId above : owner.accountableTo()) {
                answeringTo.computeIfAbsent(above, k -> new ArrayList<>()).add(owner);
            }
        }
        Map<ElementId, List<Owner>> chains = new HashMap<>();
        ArrayDeque<Owner> queue = new ArrayDeque<>();
        queue.add(top);
        while (!queue.isEmpty()) {
            Owner above = queue.poll();
            List<Owner> chainAbove = chains.getOrDefault(above.id(), List.of());
            for (Owner below : answeringTo.getOrDefault(above.id(), List.of())) {
                if (below.equals(top) || chains.containsKey(below.id())) {
                    continue;
                }
                List<Owner> chain = new ArrayList<>(chainAbove.size() + 1);
                chain.add(below);
                chain.addAll(chainAbove);
                chains.put(below.id(), List.copyOf(chain));
                queue.add(below);
            }
        }
        return chains;
    }

    /**
     * Returns the elements that involve a partner: those with an {@code involves} link to it and
     * those it has a {@code contributesTo} link to.
     *
     * @param index the index of the plan, not null
     * @param partnerId the partner's id, not null
     * @return an unmodifiable list of {@link FilterBasis#LINK} matches in document order, not null
     * @throws NullPointerException if an argument is null
     * @throws java.util.NoSuchElementException if the plan has no element with this id
     * @throws IllegalArgumentException if the element is not a partner
     */
    public static List<FilterMatch> involving(PlanIndex index, ElementId partnerId) {
        Objects.requireNonNull(index, "index");
        Partner partner = index.get(partnerId, Partner.class);
        return linked(index, link -> {
            if (link.kind() == LinkKind.INVOLVES && link.to().equals(partner.id())) {
                return Optional.of(link.from());
            }
            if (link.kind() == LinkKind.CONTRIBUTES_TO && link.from().equals(partner.id())) {
                return Optional.of(link.to());
            }
            return Optional.empty();
        });
    }

    /**
     * Returns the elements that reflect a shared value or a cross-cutting principle: those with a
     * {@code reflects} link to it.
     *
     * @param index the index of the plan, not null
     * @param valueId the id of the value or principle, not null
     * @return an unmodifiable list of {@link FilterBasis#LINK} matches in document order, not null
     * @throws NullPointerException if an argument is null
     * @throws java.util.NoSuchElementException if the plan has no element with this id
     * @throws IllegalArgumentException if the element is neither a shared value nor a principle
     */
    public static List<FilterMatch> reflecting(PlanIndex index, ElementId valueId) {
        Objects.requireNonNull(index, "index");
        PlanElement value = index.get(valueId);
        if (!(value instanceof SharedValue) && !(value instanceof Principle)) {
            throw new IllegalArgumentException("id '" + valueId + "' names " + value.describe()
                    + ", not a shared value or a principle");
        }
        return linked(index, link -> link.kind() == LinkKind.REFLECTS && link.to().equals(value.id())
                ? Optional.of(link.from())
                : Optional.empty());
    }

    /**
     * The elements that {@code matchedEnd} finds at one end of the plan's resolved links, each
     * with its links, in document order.
     */
    private static List<FilterMatch> linked(PlanIndex index, Function<Link, Optional<ElementId>> matchedEnd) {
        Map<ElementId, List<Link>> byElement = new HashMap<>();
        for (Link link : index.plan().links()) {
            if (index.contains(link.from()) && index.contains(link.to())) {
                matchedEnd.apply(link).ifPresent(end -> byElement.computeIfAbsent(end, k -> new ArrayList<>()).add(link));
            }
        }
        if (byElement.isEmpty()) {
            return List.of();
        }
        List<FilterMatch> matches = new ArrayList<>();
        for (PlanElement element : index.plan().elements()) {
            List<Link> links = byElement.get(element.id());
            if (links != null) {
                matches.add(FilterMatch.byLinks(element, links));
            }
        }
        return List.copyOf(matches);
    }
}

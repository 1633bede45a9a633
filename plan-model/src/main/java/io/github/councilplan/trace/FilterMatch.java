package io.github.councilplan.trace;

import io.github.councilplan.model.Link;
import io.github.councilplan.model.Owner;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.PlanStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * One element found by a {@link PlanFilters} query, and how it matched.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
public abstract class FilterMatch {
    FilterMatch() {}

    /**
     * Obtains a match.
     *
     * @param element the element found, not null
     * @param basis how it matched, not null
     * @param links for {@link FilterBasis#LINK}, the links that tie the element to what was asked
     *     about, in the plan's order (not empty); otherwise empty; not null
     * @param accountability for {@link FilterBasis#ACCOUNTABILITY}, the chain of owners from one
     *     the element names to one directly accountable to the owner asked about, each accountable
     *     to the next (not empty); otherwise empty; not null
     * @return the match, not null
     * @throws NullPointerException if an argument is null or a list holds null
     * @throws IllegalArgumentException if {@code links} is empty for a {@link FilterBasis#LINK}
     *     match or not empty for another, or {@code accountability} is empty for a
     *     {@link FilterBasis#ACCOUNTABILITY} match or not empty for another
     */
    public static FilterMatch of(PlanElement element, FilterBasis basis, List<Link> links, List<Owner> accountability) {
        return ImmutableFilterMatch.of(element, basis, links, accountability);
    }

    /**
     * Returns the element found.
     *
     * @return the element, not null
     */
    @Value.Parameter
    public abstract PlanElement element();

    /**
     * Returns how the element matched.
     *
     * @return the basis, not null
     */
    @Value.Parameter
    public abstract FilterBasis basis();

    /**
     * Returns, for {@link FilterBasis#LINK}, the links that tie the element to what was asked
     * about, in the plan's order.
     *
     * @return an unmodifiable list, not empty for a link match and empty otherwise; not null
     */
    @Value.Parameter
    public abstract List<Link> links();

    /**
     * Returns, for {@link FilterBasis#ACCOUNTABILITY}, the chain of owners from one the element
     * names to one directly accountable to the owner asked about, each accountable to the next.
     *
     * @return an unmodifiable list, not empty for an accountability match and empty otherwise;
     *     not null
     */
    @Value.Parameter
    public abstract List<Owner> accountability();

    @Value.Check
    void check() {
        if ((basis() == FilterBasis.LINK) == links().isEmpty()) {
            throw new IllegalArgumentException("links: " + links().size() + " for a " + basis() + " match of "
                    + element().describe() + "; a LINK match needs at least one, others none");
        }
        if ((basis() == FilterBasis.ACCOUNTABILITY) == accountability().isEmpty()) {
            throw new IllegalArgumentException("accountability: " + accountability().size() + " owners for a "
                    + basis() + " match of " + element().describe()
                    + "; an ACCOUNTABILITY match needs at least one, others none");
        }
    }

    /**
     * Returns a match on the element's own {@code owners} field.
     *
     * @param element the element, not null
     * @return the match, not null
     * @throws NullPointerException if {@code element} is null
     */
    public static FilterMatch byOwners(PlanElement element) {
        return of(element, FilterBasis.OWNERS, List.of(), List.of());
    }

    /**
     * Returns a match through a chain of accountable owners.
     *
     * @param element the element, not null
     * @param accountability the chain of owners, not empty
     * @return the match, not null
     * @throws NullPointerException if an argument is null or the list holds null
     * @throws IllegalArgumentException if {@code accountability} is empty
     */
    public static FilterMatch byAccountability(PlanElement element, List<Owner> accountability) {
        return of(element, FilterBasis.ACCOUNTABILITY, List.of(), accountability);
    }

    /**
     * Returns a match by links.
     *
     * @param element the element, not null
     * @param links the links, not empty
     * @return the match, not null
     * @throws NullPointerException if an argument is null or the list holds null
     * @throws IllegalArgumentException if {@code links} is empty
     */
    public static FilterMatch byLinks(PlanElement element, List<Link> links) {
        return of(element, FilterBasis.LINK, links, List.of());
    }
}

package io.github.councilplan.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The structural rules that hold between the children of one element, checked at construction. */
final class Siblings {
    private Siblings() {}

    /**
     * Requires that no two elements of {@code elements} share an id or a display number.
     *
     * @throws IllegalArgumentException naming the owner, the field, the index and the value
     */
    static void requireUnique(String owner, String field, List<? extends PlanElement> elements) {
        Map<ElementId, Integer> ids = new HashMap<>();
        Map<DisplayNumber, Integer> numbers = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            PlanElement element = elements.get(i);
            Integer earlier = ids.putIfAbsent(element.id(), i);
            if (earlier != null) {
                throw new IllegalArgumentException(owner + ": " + field + "[" + i + "].id '" + element.id()
                        + "' is already used by " + field + "[" + earlier + "]");
            }
            if (element.number().isPresent()) {
                earlier = numbers.putIfAbsent(element.number().get(), i);
                if (earlier != null) {
                    throw new IllegalArgumentException(owner + ": " + field + "[" + i + "].number '"
                            + element.number().get() + "' is already used by " + field + "[" + earlier + "]");
                }
            }
        }
    }

    /**
     * Requires that each dotted number among {@code elements} is numbered within
     * {@code parentNumber}, when the parent has one.
     *
     * @throws IllegalArgumentException naming the owner, the field, the index and the value
     */
    static void requireNumberedWithin(
            String owner, String field, Optional<DisplayNumber> parentNumber, List<? extends PlanElement> elements) {
        if (parentNumber.isEmpty()) {
            return;
        }
        for (int i = 0; i < elements.size(); i++) {
            Optional<DisplayNumber> number = elements.get(i).number();
            if (number.isPresent() && !number.get().isNumberedWithin(parentNumber.get())) {
                throw new IllegalArgumentException(owner + ": " + field + "[" + i + "].number '" + number.get()
                        + "' is not numbered within " + parentNumber.get() + " (expected "
                        + parentNumber.get() + ".<n>)");
            }
        }
    }

    /**
     * Requires that no two of {@code children}, which may come from several lists of one owner,
     * share an id.
     *
     * @throws IllegalArgumentException naming the owner, the id and both children
     */
    static void requireDistinctIds(String owner, List<? extends PlanElement> children) {
        Map<ElementId, PlanElement> seen = new HashMap<>();
        for (PlanElement child : children) {
            PlanElement earlier = seen.putIfAbsent(child.id(), child);
            if (earlier != null) {
                throw new IllegalArgumentException(owner + ": id '" + child.id() + "' is used by both "
                        + earlier.describe() + " and " + child.describe());
            }
        }
    }

    /** Requires that the elements of one list have distinct ids and numbers, numbered within the owner. */
    static void require(
            PlanElement owner, String field, List<? extends PlanElement> elements) {
        requireUnique(owner.describe(), field, elements);
        requireNumberedWithin(owner.describe(), field, owner.number(), elements);
    }
}

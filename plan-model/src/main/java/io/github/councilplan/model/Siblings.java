package io.github.councilplan.model;

import io.github.councilplan.model.message.ShownValue;
import io.github.councilplan.model.structure.Numbering;
import io.github.councilplan.model.structure.ObjectShape;
import io.github.councilplan.model.structure.PlanStructure;
import io.github.councilplan.model.structure.Property;
import io.github.councilplan.model.structure.Repeats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The structural rules that hold between the parts of one element, checked when it is built, for
 * every kind of element alike, from the {@link PlanStructure}: the elements it contains have
 * distinct ids; each of its lists follows the {@link Numbering} rule; its lead-ins name lists it
 * has.
 */
final class Siblings {
    /**
     * Up to how many children ids are searched one by one rather than mapped: a tuning of time
     * and garbage, like {@code Repeats}' own, that changes no verdict and no message.
     */
    private static final int SEARCHED = 8;

    private Siblings() {}

    /**
     * Checks an element's parts.
     *
     * @throws IllegalArgumentException naming the element, the field, the index and the value of the
     *     first break
     */
    static void check(PlanElement element) {
        ObjectShape shape = PlanStructure.of(element.kind());
        Optional<DisplayNumber> parentNumber = element.number();
        List<Property> lists = shape.elementProperties();
        // the children of the lists before the one being checked: searched while they are few,
        // else mapped by id (most elements have a few children, and a map per element is most of
        // what checking them would allocate)
        int earlierChildren = 0;
        Map<ElementId, PlanElement> ids = null;
        for (int l = 0; l < lists.size(); l++) {
            Property list = lists.get(l);
            List<? extends PlanElement> elements = list.elementsOf(element);
            if (elements.isEmpty()) {
                continue;
            }
            if (ids == null && earlierChildren + elements.size() > SEARCHED) {
                ids = new HashMap<>();
                for (int k = 0; k < l; k++) {
                    for (PlanElement earlier : lists.get(k).elementsOf(element)) {
                        ids.put(earlier.id(), earlier);
                    }
                }
            }
            Map<ElementId, Integer> inList = elements.size() > SEARCHED ? new HashMap<>() : null;
            List<Optional<DisplayNumber>> numbers = new ArrayList<>(elements.size());
            for (int i = 0; i < elements.size(); i++) {
                PlanElement child = elements.get(i);
                ElementId id = child.id();
                int earlier = inList == null ? indexOf(id, elements, i) : indexOf(inList.putIfAbsent(id, i));
                if (earlier >= 0) {
                    throw new IllegalArgumentException(element.describe() + ": " + list.name() + "[" + i + "].id '"
                            + id + "' is already used by " + list.name() + "[" + earlier + "]");
                }
                // no earlier child of this list has the id: only a child of an earlier list can
                PlanElement other = ids == null ? inEarlierLists(id, element, lists, l) : ids.putIfAbsent(id, child);
                if (other != null) {
                    throw new IllegalArgumentException(element.describe() + ": id '" + id + "' is used by both "
                            + other.describe() + " and " + child.describe());
                }
                numbers.add(child.number());
            }
            earlierChildren += elements.size();
            Numbering.check(parentNumber, numbers, new Numbering.Breaks() {
                @Override
                public void duplicate(int index, int earlier) {
                    throw new IllegalArgumentException(element.describe() + ": " + list.name() + "[" + index
                            + "].number '" + numbers.get(index).orElseThrow() + "' is already used by " + list.name()
                            + "[" + earlier + "]");
                }

                @Override
                public void notNumberedWithin(int index, DisplayNumber parent) {
                    throw new IllegalArgumentException(element.describe() + ": " + list.name() + "[" + index
                            + "].number '" + numbers.get(index).orElseThrow() + "' is not numbered within " + parent
                            + " (expected " + parent + ".<n>)");
                }
            });
        }
        if (!element.leadIns().isEmpty()) {
            checkLeadIns(element.describe(), shape, element.leadIns());
        }
    }

    /** The index of the first child with the id among the first {@code before} of {@code elements}, or -1. */
    private static int indexOf(ElementId id, List<? extends PlanElement> elements, int before) {
        for (int j = 0; j < before; j++) {
            if (elements.get(j).id().equals(id)) {
                return j;
            }
        }
        return -1;
    }

    /** An index a map held, or -1 for none. */
    private static int indexOf(Integer held) {
        return held == null ? -1 : held;
    }

    /** The child with the id in the element's lists before list {@code list}, or null. */
    private static PlanElement inEarlierLists(ElementId id, PlanElement element, List<Property> lists, int list) {
        for (int k = 0; k < list; k++) {
            for (PlanElement earlier : lists.get(k).elementsOf(element)) {
                if (earlier.id().equals(id)) {
                    return earlier;
                }
            }
        }
        return null;
    }

    /** Requires that lead-ins name only lists the shape has. */
    static void checkLeadIns(String owner, ObjectShape shape, Map<String, Text> leadIns) {
        if (leadIns.isEmpty()) {
            return;
        }
        Set<String> lists = shape.leadInLists().stream().map(Property::name).collect(Collectors.toSet());
        for (String list : leadIns.keySet()) {
            if (!lists.contains(list)) {
                throw new IllegalArgumentException(owner + ": leadIns names " + ShownValue.of(list)
                        + ", which is not one of its lists (" + shape.leadInLists().stream().map(Property::name)
                                .collect(Collectors.joining(", ")) + ")");
            }
        }
    }

    /**
     * Requires that a list of ids names each id once.
     *
     * @throws IllegalArgumentException naming the owner, the field and the id listed twice
     */
    static void requireDistinct(PlanElement owner, String field, List<ElementId> ids) {
        if (ids.size() < 2) {
            return;
        }
        Set<ElementId> seen = new HashSet<>();
        for (ElementId id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException(owner.describe() + ": " + field + " " + ids + " lists '" + id
                        + "' twice");
            }
        }
    }

    /**
     * Requires that no two progress updates are for the same period.
     *
     * @throws IllegalArgumentException naming the owner, the index and the period
     */
    static void requireOnePerPeriod(PlanElement owner, List<ProgressUpdate> progress) {
        if (progress.size() < 2) {
            return;
        }
        List<Optional<ReportingPeriod>> periods = new ArrayList<>(progress.size());
        progress.forEach(update -> periods.add(Optional.of(update.period())));
        Repeats.find(periods, (index, first) -> {
            throw new IllegalArgumentException(owner.describe() + ": progress[" + index + "].period '"
                    + progress.get(index).period() + "' is reported twice (also progress[" + first + "])");
        });
    }
}

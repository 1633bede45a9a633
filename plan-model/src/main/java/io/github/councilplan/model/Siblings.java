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
        Map<ElementId, PlanElement> ids = new HashMap<>();
        for (Property list : shape.elementProperties()) {
            List<? extends PlanElement> elements = list.elementsOf(element);
            if (elements.isEmpty()) {
                continue;
            }
            Map<ElementId, Integer> inList = new HashMap<>();
            List<Optional<DisplayNumber>> numbers = new ArrayList<>(elements.size());
            for (int i = 0; i < elements.size(); i++) {
                PlanElement child = elements.get(i);
                Integer earlier = inList.putIfAbsent(child.id(), i);
                if (earlier != null) {
                    throw new IllegalArgumentException(element.describe() + ": " + list.name() + "[" + i + "].id '"
                            + child.id() + "' is already used by " + list.name() + "[" + earlier + "]");
                }
                PlanElement other = ids.putIfAbsent(child.id(), child);
                if (other != null) {
                    throw new IllegalArgumentException(element.describe() + ": id '" + child.id() + "' is used by both "
                            + other.describe() + " and " + child.describe());
                }
                numbers.add(child.number());
            }
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

package io.github.councilplan.model.structure;

import io.github.councilplan.model.DisplayNumber;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The numbering rule of one list of sibling elements, written once for the model (which refuses
 * the first break when an element is built) and the validator (which reports every break, located):
 * no two elements of the list share a display number, and a dotted number is numbered within the
 * number of the element that holds the list ({@code 1.2.3} in {@code 1.2}), by
 * {@link DisplayNumber#isNumberedWithin(DisplayNumber)}. A number of one segment (a lettered
 * priority "A") states no nesting, and a parent without a number imposes none.
 *
 * <p>The class is stateless and thread-safe.
 */
public final class Numbering {
    /** Receives each break of the rule, in list order. */
    public interface Breaks {
        /**
         * Reports that element {@code index} repeats the number of element {@code earlier}.
         *
         * @param index the index of the later element in its list
         * @param earlier the index of the first element with the number
         */
        void duplicate(int index, int earlier);

        /**
         * Reports that the dotted number of element {@code index} is not numbered within its
         * parent's.
         *
         * @param index the index of the element in its list
         * @param parent the parent's number
         */
        void notNumberedWithin(int index, DisplayNumber parent);
    }

    private Numbering() {}

    /**
     * Checks one list of siblings.
     *
     * @param parent the number of the element that holds the list, or empty; not null
     * @param numbers each sibling's number, empty for an unnumbered one (or one whose number is not
     *     a valid display number), in list order; not null
     * @param breaks receives each break, not null
     * @throws NullPointerException if an argument is null
     */
    public static void check(Optional<DisplayNumber> parent, List<Optional<DisplayNumber>> numbers, Breaks breaks) {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(breaks, "breaks");
        Repeats.find(numbers, breaks::duplicate);
        if (parent.isEmpty()) {
            return;
        }
        for (int i = 0; i < numbers.size(); i++) {
            Optional<DisplayNumber> number = numbers.get(i);
            if (number.isPresent() && !number.get().isNumberedWithin(parent.get())) {
                breaks.notNumberedWithin(i, parent.get());
            }
        }
    }
}

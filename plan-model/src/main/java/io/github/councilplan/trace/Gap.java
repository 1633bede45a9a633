package io.github.councilplan.trace;

import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.PlanStyle;
import org.immutables.value.Value;

/**
 * One gap in a plan's traceability: its kind, the element it names, and a sentence saying what is
 * missing, such as {@code "deliverable 1.2.2 has no milestones"}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
public abstract class Gap {
    Gap() {}

    /**
     * Obtains a gap.
     *
     * @param kind the kind of gap, not null
     * @param element the element that has the gap, of a kind {@link GapKind#elementKinds()} names;
     *     not null
     * @param message a sentence for people, naming the element and what is missing; not null and
     *     not blank
     * @return the gap, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the element is not of the kind the gap kind names, or
     *     the message is blank
     */
    public static Gap of(GapKind kind, PlanElement element, String message) {
        return ImmutableGap.of(kind, element, message);
    }

    /**
     * Returns the kind of gap.
     *
     * @return the kind, not null
     */
    @Value.Parameter
    public abstract GapKind kind();

    /**
     * Returns the element that has the gap.
     *
     * @return the element, not null
     */
    @Value.Parameter
    public abstract PlanElement element();

    /**
     * Returns a sentence for people, naming the element and what is missing. Its wording may
     * change between versions; {@link GapKind#code()} does not.
     *
     * @return the message, not null and not blank
     */
    @Value.Parameter
    public abstract String message();

    @Value.Check
    void check() {
        if (!kind().elementKinds().contains(element().kind())) {
            throw new IllegalArgumentException("element: " + element().describe() + " is not of a kind "
                    + kind().code() + " gaps name " + kind().elementKinds());
        }
        if (message().isBlank()) {
            throw new IllegalArgumentException("message: must not be blank for a " + kind().code() + " gap on "
                    + element().describe());
        }
    }

    /**
     * Returns the gap as {@code "code: message"}, such as
     * {@code "work-without-milestone: deliverable 1.2.2 has no milestones"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return kind().code() + ": " + message();
    }
}

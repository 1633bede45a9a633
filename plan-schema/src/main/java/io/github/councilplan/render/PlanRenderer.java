package io.github.councilplan.render;

import io.github.councilplan.trace.PlanIndex;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a plan in one text format. Implementations write the same output for equal plans, and
 * never write anything that depends on the time, the locale or the platform; lines end with
 * {@code \n} unless the format says otherwise.
 */
public interface PlanRenderer {
    /**
     * Writes a plan.
     *
     * @param index the index of the plan to write, not null
     * @param out where to write, not null
     * @throws IOException if {@code out} fails
     * @throws NullPointerException if an argument is null
     */
    void write(PlanIndex index, Appendable out) throws IOException;

    /**
     * Returns what {@link #write(PlanIndex, Appendable)} writes.
     *
     * @param index the index of the plan to write, not null
     * @return the text, not null
     * @throws NullPointerException if {@code index} is null
     */
    default String render(PlanIndex index) {
        StringBuilder out = new StringBuilder();
        try {
            write(index, out);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return out.toString();
    }
}

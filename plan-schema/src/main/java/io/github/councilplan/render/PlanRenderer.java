package io.github.councilplan.render;

import io.github.councilplan.trace.PlanIndex;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a plan in one text format, in the words of a {@link Wording}: in the language it shows
 * (the plan's first, or one asked for with {@link Wording#of(PlanIndex, String)}), naming
 * elements as it names them. Implementations write the same output for equal plans and wordings,
 * and never write anything that depends on the time, the locale or the platform; lines end with
 * {@code \n} unless the format says otherwise.
 */
public interface PlanRenderer {
    /**
     * Writes a plan in the words of a wording.
     *
     * @param wording the wording of the plan to write, which gives its index and language; not null
     * @param out where to write, not null
     * @throws IOException if {@code out} fails
     * @throws NullPointerException if an argument is null
     */
    void write(Wording wording, Appendable out) throws IOException;

    /**
     * Writes a plan in its first language: {@link #write(Wording, Appendable)} with
     * {@link Wording#of(PlanIndex)}.
     *
     * @param index the index of the plan to write, not null
     * @param out where to write, not null
     * @throws IOException if {@code out} fails
     * @throws NullPointerException if an argument is null
     */
    default void write(PlanIndex index, Appendable out) throws IOException {
        write(Wording.of(index), out);
    }

    /**
     * Returns what {@link #write(PlanIndex, Appendable)} writes.
     *
     * @param index the index of the plan to write, not null
     * @return the text, not null
     * @throws NullPointerException if {@code index} is null
     */
    default String render(PlanIndex index) {
        return render(Wording.of(index));
    }

    /**
     * Returns what {@link #write(Wording, Appendable)} writes.
     *
     * @param wording the wording of the plan to write, not null
     * @return the text, not null
     * @throws NullPointerException if {@code wording} is null
     */
    default String render(Wording wording) {
        StringBuilder out = new StringBuilder();
        try {
            write(wording, out);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return out.toString();
    }
}

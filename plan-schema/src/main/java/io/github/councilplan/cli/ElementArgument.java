package io.github.councilplan.cli;

import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.render.Wording;
import io.github.councilplan.trace.PlanIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the element a command-line argument names: the element with that id, or else the one
 * element with that number ({@code 1.2.2}). A number that several elements share (an outcome and
 * a priority both numbered {@code 1.1}) names none of them: the failure lists them with their
 * ids. An argument that names nothing fails with the nearest ids and numbers of the plan.
 */
final class ElementArgument {
    private static final int SUGGESTIONS = 5;
    private static final int MAX_SHOWN = 60;

    private ElementArgument() {}

    /**
     * Returns the element {@code argument} names in the plan of {@code file}.
     *
     * @throws CommandFailure with {@link ExitCodes#NOT_FOUND} if it names none, or a number that
     *     several elements share
     */
    static PlanElement find(PlanIndex index, String file, String argument) {
        Optional<PlanElement> byId = parseId(argument).flatMap(index::find);
        if (byId.isPresent()) {
            return byId.get();
        }
        List<PlanElement> numbered = parseNumber(argument).map(index::withNumber).orElse(List.of());
        if (numbered.size() == 1) {
            return numbered.get(0);
        }
        String quoted = "'" + shown(argument) + "'";
        if (numbered.size() > 1) {
            Wording wording = Wording.of(index);
            List<String> lines = new ArrayList<>();
            lines.add("plan: " + file + ": " + quoted + " is the number of " + numbered.size()
                    + " elements; give the id of one:");
            numbered.forEach(element -> lines.add("  " + TraceText.line(wording, element)));
            throw new CommandFailure(ExitCodes.NOT_FOUND, lines);
        }
        List<String> names = new ArrayList<>();
        for (PlanElement element : index.plan().elements()) {
            names.add(element.id().toString());
            element.number().ifPresent(number -> names.add(number.toString()));
        }
        List<String> nearest = NearestNames.of(argument, names, SUGGESTIONS);
        throw new CommandFailure(ExitCodes.NOT_FOUND, "plan: " + file + ": no element has the id or number " + quoted
                + (nearest.isEmpty() ? "" : "; nearest: " + String.join(", ", nearest)));
    }

    private static Optional<ElementId> parseId(String argument) {
        try {
            return Optional.of(ElementId.parse(argument));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<DisplayNumber> parseNumber(String argument) {
        try {
            return Optional.of(DisplayNumber.parse(argument));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns the argument cut short to quote (the output stream escapes what it holds that could
     * act on a terminal).
     */
    private static String shown(String argument) {
        if (argument.length() <= MAX_SHOWN) {
            return argument;
        }
        int end = MAX_SHOWN - 3;
        return argument.substring(0, Character.isLowSurrogate(argument.charAt(end)) ? end - 1 : end) + "...";
    }
}

package io.github.councilplan.diff;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Theme;
import io.github.councilplan.trace.PlanIndex;
import java.util.Optional;

/**
 * How the diff names elements and places for people: the one place its changes' subjects and
 * values name an element, so that a better way to name one changes every message at once.
 * Today an element is named by {@link PlanElement#describe()}.
 */
final class ElementLabels {
    /** Between a theme and the element named after it. */
    static final String PATH_SEPARATOR = " \u203a ";

    private ElementLabels() {}

    /** Names an element of the edition {@code index} is of. */
    static String of(PlanIndex index, PlanElement element) {
        return element.describe();
    }

    /** Names the element an id names in an edition, or the id in quotes if it names none. */
    static String ofId(PlanIndex index, ElementId id) {
        return index.find(id).map(element -> of(index, element)).orElseGet(() -> "'" + id + "'");
    }

    /**
     * Names a parent an element moved from or to: the parent, after its theme
     * ({@code theme 1 › priority 1.2}) if {@code withTheme} and the parent sits in a theme it is
     * not.
     */
    static String place(PlanIndex index, PlanElement parent, boolean withTheme) {
        Optional<Theme> theme = withTheme ? index.theme(parent.id()) : Optional.empty();
        String named = of(index, parent);
        return theme.filter(t -> !t.id().equals(parent.id()))
                .map(t -> of(index, t) + PATH_SEPARATOR + named).orElse(named);
    }

    /** Names a link by its ends and kind: {@code link deliverable 1.2.2 contributesTo outcome 1.1}. */
    static String link(PlanIndex index, Link link) {
        String to = link.toPlan().map(plan -> "'" + link.to() + "' in plan '" + plan + "'")
                .orElseGet(() -> ofId(index, link.to()));
        return "link " + ofId(index, link.from()) + " " + Fields.inJson(link.kind()) + " " + to;
    }
}

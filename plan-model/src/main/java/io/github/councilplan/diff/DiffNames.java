package io.github.councilplan.diff;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.Link;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Theme;
import io.github.councilplan.model.message.ElementLabels;
import io.github.councilplan.trace.PlanIndex;
import java.util.Optional;

/**
 * How the diff names the elements, places and links of one edition for people: each element as
 * every message of the library mentions it ({@link ElementLabels#mention}: its level name as the
 * plan gives it and its number, with the path that tells it apart where the number does not), so
 * that the diff and the validator name an element alike. Immutable once made.
 */
final class DiffNames {
    /** Between a theme and the element named after it. */
    static final String PATH_SEPARATOR = " \u203a ";

    private final PlanIndex index;
    private final ElementLabels<ElementId> labels;

    private DiffNames(PlanIndex index) {
        this.index = index;
        this.labels = ElementLabels.of(index, Optional.empty());
    }

    /** Returns the names of the elements of the edition {@code index} is of. */
    static DiffNames of(PlanIndex index) {
        return new DiffNames(index);
    }

    /** Names an element of the edition. */
    String of(PlanElement element) {
        return element.kind() != ElementKind.PLAN && labels.contains(element.id()) ? labels.mention(element.id())
                : element.describe();
    }

    /** Names the element an id names in the edition, or the id in quotes if it names none. */
    String ofId(ElementId id) {
        return index.find(id).map(this::of).orElseGet(() -> "'" + id + "'");
    }

    /**
     * Names a parent an element moved from or to: the parent, after its theme
     * ({@code theme 1 › priority 1.2}) if {@code withTheme} and the parent sits in a theme it is
     * not.
     */
    String place(PlanElement parent, boolean withTheme) {
        Optional<Theme> theme = withTheme ? index.theme(parent.id()) : Optional.empty();
        String named = of(parent);
        return theme.filter(t -> !t.id().equals(parent.id()))
                .map(t -> of(t) + PATH_SEPARATOR + named).orElse(named);
    }

    /** Names a link by its ends and kind: {@code link deliverable 1.2.2 contributesTo outcome 1.1}. */
    String link(Link link) {
        String to = link.toPlan().map(plan -> "'" + link.to() + "' in plan '" + plan + "'")
                .orElseGet(() -> ofId(link.to()));
        return "link " + ofId(link.from()) + " " + Fields.inJson(link.kind()) + " " + to;
    }
}

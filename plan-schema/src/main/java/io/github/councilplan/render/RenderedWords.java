package io.github.councilplan.render;

import io.github.councilplan.model.ElementId;
import io.github.councilplan.model.Owner;
import io.github.councilplan.model.PlanElement;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.Unrated;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * The words the renderings of a plan share, each written once for every format: an enum value as
 * words, why a period is not rated, the owners an element names, and whether an element is named
 * by its level in a list. Each format escapes what it writes; the texts here are plain.
 * Stateless and thread-safe.
 */
final class RenderedWords {
    private RenderedWords() {}

    /** An enum constant's JSON name in words: {@code higherIsBetter} as "higher is better". */
    static String words(Enum<?> constant) {
        String camel = JsonMapper.shared().convertValue(constant, String.class);
        return camel.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }

    /** Why a period has no rating, as the end of a sentence: "the measure has no target". */
    static String reason(Unrated reason) {
        switch (reason) {
            case NO_DIRECTION:
                return "the measure does not say which way is better";
            case NO_TARGET:
                return "the measure has no target";
            case TARGET_FOR_OTHER_PERIOD:
                return "its targets are for other periods";
            case TARGET_WITHDRAWN:
                return "the target for the period was withdrawn";
            case TARGET_IN_WORDS:
                return "the target for the period is in words";
            case NO_ACTUAL:
                return "there is no actual for the period";
            case ACTUAL_IN_WORDS:
                return "the actual for the period is in words";
            default:
                throw new AssertionError(reason);
        }
    }

    /**
     * The owners an element names, joined by {@code "; "}: each owner's name as {@code text}
     * writes it, or an id the plan has no owner for as {@code escape} writes it.
     */
    static String owners(Wording wording, List<ElementId> owners, Function<Text, String> text,
            Function<String, String> escape) {
        List<String> names = new ArrayList<>();
        for (ElementId id : owners) {
            names.add(wording.index().find(id).filter(Owner.class::isInstance)
                    .map(owner -> text.apply(((Owner) owner).name()))
                    .orElseGet(() -> escape.apply(id.toString())));
        }
        return String.join("; ", names);
    }

    /** Tells whether an element has a number, or a level name of its own or in the plan's own words. */
    static boolean named(Wording wording, PlanElement element) {
        return element.number().isPresent() || element.levelName().isPresent() || wording.hasOwnLevelName(element);
    }
}

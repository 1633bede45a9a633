package io.github.councilplan.model;

import io.github.councilplan.model.message.ShownValue;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.councilplan.model.structure.Repeats;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One edition of a council's corporate plan: its title, organisation, period, publication date and
 * edition; its languages and names for its levels; its vision, statements, purpose, shared values
 * and cross-cutting principles; its themes with their outcomes, work (objectives, priorities,
 * deliverables), commitments and lists; its measures, owners and partners; the explicit links
 * between them, and to the elements of related plans.
 *
 * <p>The plan checks its own structure when built: required text is not blank, periods are in
 * order, numbering agrees with nesting and siblings have distinct ids (each type documents its
 * part). Rules that span the whole plan, such as ids unique across the plan and references that
 * resolve to an element of the right kind, are the validator's; {@link #elements()} makes them
 * easy to check.
 *
 * <p>{@link #builder()} starts with {@link #schemaVersion()} set to {@link #SCHEMA_VERSION}.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutablePlan.class)
@JsonDeserialize(as = ImmutablePlan.class)
@JsonPropertyOrder({"schemaVersion", "id", "title", "organisation", "period", "published", "edition", "languages",
    "partialLanguages", "levelNames", "overseenBy", "relatedPlans", "extensionsUsed", "vision", "leadIns", "statements", "purpose",
    "values", "principles", "themes", "measures", "owners", "partners", "links", "otherNames", "provenance",
    "references", "extensions"})
public abstract class Plan implements PlanElement {
    /** The version of the plan document format this library reads and writes. */
    public static final String SCHEMA_VERSION = "0.2";

    Plan() {}

    /**
     * Returns the version of the document format, {@link #SCHEMA_VERSION}.
     *
     * @return the version, not null
     */
    public abstract String schemaVersion();

    /**
     * Returns the plan's title, such as "A fresh start for Thurrock".
     *
     * @return the title, not null
     */
    public abstract Text title();

    /**
     * Returns the council whose plan this is.
     *
     * @return the organisation, not null
     */
    public abstract Organisation organisation();

    /**
     * Returns the years the plan covers.
     *
     * @return the period, not null
     */
    public abstract PeriodRange period();

    /**
     * Returns when the plan was published, as precisely as it says ("March 2025").
     *
     * @return the date, or empty; not null
     */
    public abstract Optional<PlanDate> published();

    /**
     * Returns which edition of the plan this is, and its history.
     *
     * @return the edition, or empty; not null
     */
    public abstract Optional<Edition> edition();

    /**
     * Returns the languages the plan is published in, as canonical BCP 47 tags, the default
     * first. Text in a plan that declares languages should be given in each of them; the
     * validator checks that, strictly for the languages whose translation is complete and with
     * one warning per language for those in {@link #partialLanguages()}.
     *
     * @return an unmodifiable list of distinct tags, not null
     */
    public abstract List<String> languages();

    /**
     * Returns the declared languages whose translation the plan says is partial: some passages
     * are published in them and others are not.
     *
     * @return an unmodifiable list of distinct tags, each one of {@link #languages()}; not null
     */
    public abstract List<String> partialLanguages();

    /**
     * Returns the plan's own names for its levels, where it gives them.
     *
     * @return the level names, or empty if the plan uses the defaults; not null
     */
    public abstract Optional<LevelNames> levelNames();

    /**
     * Returns the ids of the {@link Owner}s that oversee the plan as a whole, such as a board or a
     * senior leadership team.
     *
     * @return an unmodifiable list of distinct ids, not null
     */
    public abstract List<ElementId> overseenBy();

    /**
     * Returns the other plans this plan's links may point into: the long-term strategy an annual
     * delivery plan delivers, or the reverse.
     *
     * @return an unmodifiable list with distinct ids, not null
     */
    public abstract List<RelatedPlan> relatedPlans();

    /**
     * Returns the extensions the plan declares that it uses, each by name and version. Where a
     * plan declares any, the validator checks each one's data in {@code extensions} against the
     * extension's own JSON Schema, and warns of a key under {@code extensions} that names no
     * declared extension.
     *
     * @return an unmodifiable list with distinct names, not null
     */
    public abstract List<ExtensionUse> extensionsUsed();

    /**
     * Returns the plan's vision, stated apart from its purpose and other statements.
     *
     * @return the vision, or empty; not null
     */
    public abstract Optional<Statement> vision();

    @Override
    public abstract Map<String, Text> leadIns();

    /**
     * Returns the plan's statements, such as its foreword, in order.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<Statement> statements();

    /**
     * Returns the council's purpose and approaches.
     *
     * @return the purpose, or empty; not null
     */
    public abstract Optional<Purpose> purpose();

    /**
     * Returns the shared values, in order.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<SharedValue> values();

    /**
     * Returns the cross-cutting principles, in order.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<Principle> principles();

    /**
     * Returns the themes, in order.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<Theme> themes();

    /**
     * Returns the measures.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<Measure> measures();

    /**
     * Returns the owners that elements name.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<Owner> owners();

    /**
     * Returns the partners.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<Partner> partners();

    /**
     * Returns the explicit alignment links between elements, and from this plan's elements to a
     * related plan's.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<Link> links();

    /**
     * Returns a new builder, with the schema version set to {@link #SCHEMA_VERSION}.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder().schemaVersion(SCHEMA_VERSION);
    }

    /**
     * Returns the name this plan uses for a kind of element: its own, or the default.
     *
     * @param kind the kind, not null
     * @return the name, not null
     * @see LevelNames#nameOf(ElementKind)
     */
    public final Text levelName(ElementKind kind) {
        return levelNames().orElse(LevelNames.defaults()).nameOf(kind);
    }

    /**
     * Returns every element of the plan, the plan first, then depth first in document order.
     *
     * @return an unmodifiable list, not null
     */
    public final List<PlanElement> elements() {
        List<PlanElement> all = new ArrayList<>();
        collect(this, all);
        return List.copyOf(all);
    }

    private static void collect(PlanElement element, List<PlanElement> into) {
        into.add(element);
        for (PlanElement child : element.children()) {
            collect(child, into);
        }
    }

    @Value.Check
    final void check() {
        if (!SCHEMA_VERSION.equals(schemaVersion())) {
            throw new IllegalArgumentException("schemaVersion: " + ShownValue.of(schemaVersion())
                    + " is not supported; this library reads '" + SCHEMA_VERSION + "'");
        }
        checkLanguages("languages", languages());
        checkLanguages("partialLanguages", partialLanguages());
        for (int i = 0; i < partialLanguages().size(); i++) {
            if (!languages().contains(partialLanguages().get(i))) {
                throw new IllegalArgumentException("partialLanguages[" + i + "]: '" + partialLanguages().get(i)
                        + "' is not one of the plan's languages " + languages());
            }
        }
        Siblings.requireDistinct(this, "overseenBy", overseenBy());
        List<Optional<ElementId>> related = new ArrayList<>(relatedPlans().size());
        for (int i = 0; i < relatedPlans().size(); i++) {
            ElementId other = relatedPlans().get(i).id();
            if (other.equals(id())) {
                throw new IllegalArgumentException("relatedPlans[" + i + "].id: '" + other + "' is this plan's own id");
            }
            related.add(Optional.of(other));
        }
        Repeats.find(related, (index, first) -> {
            throw new IllegalArgumentException("relatedPlans[" + index + "].id: '" + relatedPlans().get(index).id()
                    + "' is listed twice (also relatedPlans[" + first + "])");
        });
        List<Optional<ElementId>> extensions = new ArrayList<>(extensionsUsed().size());
        extensionsUsed().forEach(use -> extensions.add(Optional.of(use.name())));
        Repeats.find(extensions, (index, first) -> {
            throw new IllegalArgumentException("extensionsUsed[" + index + "].name: '"
                    + extensionsUsed().get(index).name() + "' is declared twice (also extensionsUsed[" + first + "])");
        });
        Siblings.check(this);
    }

    private static void checkLanguages(String field, List<String> tags) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (!Text.canonicalTag(tag).equals(tag)) {
                throw new IllegalArgumentException(field + "[" + i + "]: " + ShownValue.of(tag)
                        + " is not in canonical form, expected '" + Text.canonicalTag(tag) + "'");
            }
            if (!seen.add(tag)) {
                throw new IllegalArgumentException(field + "[" + i + "]: '" + tag + "' is listed twice");
            }
        }
    }

    @Override
    public final Optional<DisplayNumber> number() {
        return Optional.empty();
    }

    @Override
    public final Optional<Text> levelName() {
        return Optional.empty();
    }

    @Override
    public final ElementKind kind() {
        return ElementKind.PLAN;
    }

    @Override
    public final Optional<Text> label() {
        return Optional.of(title());
    }

    /** Builds a {@link Plan}; not thread-safe. */
    public static final class Builder extends ImmutablePlan.Builder {
        Builder() {}
    }
}

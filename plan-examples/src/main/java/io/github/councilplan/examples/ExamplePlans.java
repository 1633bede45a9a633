package io.github.councilplan.examples;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.PlanJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Loads the example plans kept as JSON resources in this package: Thurrock Council's corporate plan
 * and fictional councils' plans that, together, use every shape of the plan format.
 *
 * <p>Each document is as {@link PlanJson#standard()} writes it. Each call reads its resource afresh
 * and returns a new, equal {@link Plan}. The fictional councils, their people, places, codes and
 * figures are invented. This class is stateless and thread-safe.
 */
public final class ExamplePlans {
    private static final String PACKAGE = "io/github/councilplan/examples/";

    /**
     * The class-path resource that holds Thurrock Council's corporate plan, "A fresh start for
     * Thurrock", as published in its 2025 refresh.
     */
    public static final String THURROCK_RESOURCE = PACKAGE + "thurrock-corporate-plan.json";

    /**
     * The class-path resource that holds the fictional bilingual (Welsh and English) plan of an
     * invented Welsh council, fully translated, which uses every kind of element and link.
     */
    public static final String FICTIONAL_RESOURCE = PACKAGE + "fictional-bilingual-plan.json";

    /**
     * The class-path resource that holds an invented county council's plan that ends at titled
     * pledges straight under its themes.
     */
    public static final String COUNTY_PLEDGES_RESOURCE = PACKAGE + "fictional-county-pledges-plan.json";

    /**
     * The class-path resource that holds an invented Welsh council's plan in English and Welsh,
     * whose Welsh translation is partial.
     */
    public static final String PARTLY_TRANSLATED_RESOURCE = PACKAGE + "fictional-partly-translated-plan.json";

    /**
     * The class-path resource that holds an invented district council's ten-year strategy, which
     * its annual delivery plan ({@link #DISTRICT_DELIVERY_PLAN_RESOURCE}) delivers.
     */
    public static final String DISTRICT_STRATEGY_RESOURCE = PACKAGE + "fictional-district-strategy.json";

    /**
     * The class-path resource that holds the same district council's annual delivery plan, whose
     * actions link to the priorities and outcomes of its strategy
     * ({@link #DISTRICT_STRATEGY_RESOURCE}).
     */
    public static final String DISTRICT_DELIVERY_PLAN_RESOURCE = PACKAGE + "fictional-district-delivery-plan.json";

    /**
     * The class-path resource that holds an invented borough council's plan with cross-cutting
     * principles, dates as precise as it gives them and measures as councils report them.
     */
    public static final String PRINCIPLES_RESOURCE = PACKAGE + "fictional-principles-plan.json";

    /**
     * The class-path resource that holds an invented council's plan in the shape of Thurrock's 2024
     * edition: themes with policy outcomes and strategic objectives with lettered priorities.
     */
    public static final String STRATEGIC_OBJECTIVES_RESOURCE = PACKAGE + "fictional-strategic-objectives-plan.json";

    private static final List<String> RESOURCES = List.of(THURROCK_RESOURCE, FICTIONAL_RESOURCE,
            COUNTY_PLEDGES_RESOURCE, PARTLY_TRANSLATED_RESOURCE, DISTRICT_STRATEGY_RESOURCE,
            DISTRICT_DELIVERY_PLAN_RESOURCE, PRINCIPLES_RESOURCE, STRATEGIC_OBJECTIVES_RESOURCE);

    private ExamplePlans() {}

    /**
     * Returns the class-path resources of every example plan document, Thurrock's first.
     *
     * @return an unmodifiable list of resource names relative to the class-path root, not null
     */
    public static List<String> resources() {
        return RESOURCES;
    }

    /**
     * Loads Thurrock Council's corporate plan from {@link #THURROCK_RESOURCE}, in the council's
     * published words and holding only what its published text gives.
     *
     * <p>Its ids are a kind prefix and a readable key: themes {@code t-enabling},
     * {@code t-people} and {@code t-place}; outcomes and commitments by theme number and position,
     * {@code o-1-1}, {@code c-3-2}; priorities and deliverables by their printed numbers,
     * {@code p-1.2}, {@code d-1.2.2}; values {@code v-1}; statements {@code s-foreword}; owners
     * {@code own-cabinet}.
     *
     * @return the plan, not null
     * @throws IllegalStateException if the resource is missing
     * @throws io.github.councilplan.model.json.InvalidPlanException if the resource is not a plan document
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static Plan thurrock() {
        return load(THURROCK_RESOURCE);
    }

    /**
     * Loads the fictional bilingual plan from {@link #FICTIONAL_RESOURCE}: an invented Welsh
     * council's plan, all of it in Welsh and English, with its own level names, lettered
     * priorities, objectives, measures, milestones, progress, owners, partners and every kind of
     * link.
     *
     * @return the plan, not null
     * @throws IllegalStateException if the resource is missing
     * @throws io.github.councilplan.model.json.InvalidPlanException if the resource is not a plan document
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static Plan fictional() {
        return load(FICTIONAL_RESOURCE);
    }

    /**
     * Loads the county plan of titled pledges from {@link #COUNTY_PLEDGES_RESOURCE}: three
     * ambitions, each with its outcomes and pledges ("We will open two family hubs by 2027")
     * straight under it, each pledge with owners, an end date and a measure; a vision; a foreword
     * with a numbered list; and a "We will measure success by:" list under a theme.
     *
     * @return the plan, not null
     * @throws IllegalStateException if the resource is missing
     * @throws io.github.councilplan.model.json.InvalidPlanException if the resource is not a plan document
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static Plan countyPledges() {
        return load(COUNTY_PLEDGES_RESOURCE);
    }

    /**
     * Loads the partly translated Welsh plan from {@link #PARTLY_TRANSLATED_RESOURCE}: it
     * declares English and Welsh and says its Welsh is partial, and publishes some passages in
     * English only; its well-being objectives end at steps or at projects straight under the
     * objective, with level names in both languages for the plan, a theme and an element.
     *
     * @return the plan, not null
     * @throws IllegalStateException if the resource is missing
     * @throws io.github.councilplan.model.json.InvalidPlanException if the resource is not a plan document
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static Plan partlyTranslated() {
        return load(PARTLY_TRANSLATED_RESOURCE);
    }

    /**
     * Loads the district council's ten-year strategy from {@link #DISTRICT_STRATEGY_RESOURCE}:
     * ambitions whose priorities are where the strategy stops, one with outcomes of its own and one
     * with a "What we will need to do well is:" list. Index it with {@link #districtDeliveryPlan()}
     * to see which actions serve its outcomes.
     *
     * @return the plan, not null
     * @throws IllegalStateException if the resource is missing
     * @throws io.github.councilplan.model.json.InvalidPlanException if the resource is not a plan document
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static Plan districtStrategy() {
        return load(DISTRICT_STRATEGY_RESOURCE);
    }

    /**
     * Loads the district council's annual delivery plan from
     * {@link #DISTRICT_DELIVERY_PLAN_RESOURCE}: actions straight under each ambition, each with
     * its own expected outcome and an end month, linked to the priorities and outcomes of
     * {@link #districtStrategy()}; one action ends a quarter after the plan's year.
     *
     * @return the plan, not null
     * @throws IllegalStateException if the resource is missing
     * @throws io.github.councilplan.model.json.InvalidPlanException if the resource is not a plan document
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static Plan districtDeliveryPlan() {
        return load(DISTRICT_DELIVERY_PLAN_RESOURCE);
    }

    /**
     * Loads the plan with cross-cutting principles from {@link #PRINCIPLES_RESOURCE}: principles
     * that elements reflect (and one that nothing reflects); a vision; a foreword with a bullet list
     * and a signatory without a role; a theme known only by its number; month-precision dates; a
     * long-term "net zero by 2030" outcome past the plan's end; measures with an annual target and
     * quarterly actuals, a target over the whole plan, an actual as at a date, targets in words
     * and no unit at all; a board that oversees the plan; and an edition superseded by a later one
     * on a date, by a decision.
     *
     * @return the plan, not null
     * @throws IllegalStateException if the resource is missing
     * @throws io.github.councilplan.model.json.InvalidPlanException if the resource is not a plan document
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static Plan crossCuttingPrinciples() {
        return load(PRINCIPLES_RESOURCE);
    }

    /**
     * Loads the plan in the shape of Thurrock's 2024 edition from
     * {@link #STRATEGIC_OBJECTIVES_RESOURCE}, in made-up words: themes with policy outcomes (and,
     * in one theme, corporate outcomes) and strategic objectives, each with lettered priorities
     * ("A", "B") and the lead-ins of its lists.
     *
     * @return the plan, not null
     * @throws IllegalStateException if the resource is missing
     * @throws io.github.councilplan.model.json.InvalidPlanException if the resource is not a plan document
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static Plan strategicObjectives() {
        return load(STRATEGIC_OBJECTIVES_RESOURCE);
    }

    /**
     * Returns the bytes of Thurrock's plan document, {@link #THURROCK_RESOURCE}, as stored: UTF-8
     * JSON, ready for {@code PlanValidator}.
     *
     * @return a new array on each call, not null
     * @throws IllegalStateException if the resource is missing
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static byte[] thurrockDocument() {
        return document(THURROCK_RESOURCE);
    }

    /**
     * Returns the bytes of an example plan document as stored: UTF-8 JSON, ready for
     * {@code PlanValidator}.
     *
     * @param resource one of {@link #resources()}, or another resource name relative to the
     *     class-path root (no leading slash); not null
     * @return a new array on each call, not null
     * @throws IllegalStateException if there is no such resource
     * @throws UncheckedIOException if the resource cannot be read
     * @throws NullPointerException if {@code resource} is null
     */
    public static byte[] document(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read example plan resource " + resource, e);
        }
    }

    /**
     * Loads a plan from a class-path resource of this module, closing the stream.
     *
     * @param resource the resource name, relative to the class-path root (no leading slash), not
     *     null
     * @return the plan, not null
     * @throws IllegalStateException if there is no such resource
     * @throws io.github.councilplan.model.json.InvalidPlanException if the resource is not a plan document
     * @throws UncheckedIOException if the resource cannot be read
     * @throws NullPointerException if {@code resource} is null
     */
    public static Plan load(String resource) {
        try (InputStream in = open(resource)) {
            return PlanJson.standard().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read example plan resource " + resource, e);
        }
    }

    private static InputStream open(String resource) {
        Objects.requireNonNull(resource, "resource");
        InputStream in = ExamplePlans.class.getResourceAsStream("/" + resource);
        if (in == null) {
            throw new IllegalStateException("example plan resource not found: " + resource);
        }
        return in;
    }
}
